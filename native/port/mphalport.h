// The hardware abstraction MicroPython asks of a port: time, sleep and console output, all
// served by host imports (hal.c).
#include "py/obj.h"
#include "shared/runtime/interrupt_char.h"

static inline mp_uint_t mp_hal_ticks_cpu(void) {
    return 0;
}

mp_uint_t mp_hal_ticks_ms(void);
mp_uint_t mp_hal_ticks_us(void);
uint64_t mp_hal_time_ms(void);
uint64_t mp_hal_time_ns(void);
void mp_hal_delay_ms(mp_uint_t ms);
void mp_hal_delay_us(mp_uint_t us);
int mp_hal_stdin_rx_chr(void);
mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len);

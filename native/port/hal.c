// Time, sleep, randomness and raw console output for MicroPython, over the host imports.
#include "py/mphal.h"
#include "py/runtime.h"
#include "fuel.h"
#include "imports.h"

mp_uint_t mp_hal_ticks_ms(void) {
    return (mp_uint_t)(uint64_t)mps_host_ticks_ms();
}

mp_uint_t mp_hal_ticks_us(void) {
    return (mp_uint_t)(uint64_t)(mps_host_ticks_ms() * 1000.0);
}

uint64_t mp_hal_time_ms(void) {
    return (uint64_t)mps_host_time_ms();
}

uint64_t mp_hal_time_ns(void) {
    return (uint64_t)mps_host_time_ms() * 1000000ull;
}

// The host sleeps for real (never past the run's deadline, waking early on cancel) or, in
// deterministic mode, just advances its clock. Either way the guest pays a little fuel, so a loop
// of zero-length sleeps is still metered.
void mp_hal_delay_ms(mp_uint_t ms) {
    mps_charge(16);
    if (ms > 0) {
        mps_host_sleep_ms((double)ms);
    }
    mp_handle_pending(true);
}

void mp_hal_delay_us(mp_uint_t us) {
    mps_charge(16);
    if (us > 0) {
        mps_host_sleep_ms(us / 1000.0);
    }
    mp_handle_pending(true);
}

uint32_t mps_random_u32(void) {
    return mps_host_random_u32();
}

static void write_out(int fd, const char *str, size_t len) {
    mps_charge(1 + len / 64);
    if (len > 0) {
        mps_host_stdio_write(fd, str, len);
    }
}

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    write_out(1, str, len);
    return len;
}

static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    write_out(2, str, len);
}

const mp_print_t mp_stderr_print = {NULL, stderr_print_strn};

// Console output needs no newline translation here: the host receives bytes as printed.
void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    write_out(1, str, len);
}

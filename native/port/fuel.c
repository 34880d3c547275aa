// Fuel accounting on the C side: the counter, and what happens when a slice runs out.
#include "py/runtime.h"
#include "fuel.h"
#include "imports.h"

// Until the host grants the first slice, the VM runs on a generous internal budget (init).
mps_control_t mps_control = {
    .fuel = 0x7fffffff,
    .memory_cap = 64 * 1024 * 1024,
};

int mps_pause_requested;

void mps_fuel_exhausted(int from_c) {
    if (!mps_host_fuel_exhausted()) {
        mps_pause_requested = !from_c;
        return;
    }
    // Soft stop: the guest gets KeyboardInterrupt. In the VM loop it is raised at the next
    // bytecode boundary; inside a long C operation it is raised right here, so a huge `pow` or
    // sort stops without waiting for the hard stop.
    mp_sched_keyboard_interrupt();
    if (from_c) {
        mp_handle_pending(true);
    }
}

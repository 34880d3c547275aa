// Fuel: the guest's CPU budget, counted in C so that it is deterministic.
//
// The VM spends one unit per jump and per return (MICROPY_VM_HOOK_LOOP/RETURN); long C
// operations (bignum arithmetic, sorting, regex, string and json work, copying, collections)
// charge in proportion to the work they do (MICROPY_WORK_HOOK, patch 0001). When the counter
// drops below zero the host is asked for the next slice (mps_fuel_exhausted in fuel.c), which is
// also where it checks the deadline and the cancel flag.
#ifndef MPS_FUEL_H
#define MPS_FUEL_H

#include <stdint.h>

typedef struct _mps_control_t {
    int32_t fuel;             // units left in the current slice
    uint32_t memory_cap;      // bytes of linear memory the heap may grow to (memory.c)
    uint32_t memory_refused;  // set when a growth was refused at the cap during this run
    uint32_t heap_break;      // end of the memory in use (everything above is untouched)
    uint32_t abort_reason;    // why the VM trapped on purpose (see MPS_ABORT_*)
    uint32_t stack_low;       // lowest shadow-stack address the C stack check has seen
} mps_control_t;

extern mps_control_t mps_control;

void mps_fuel_exhausted(int from_c);

// Set when the VM ran out of a fuel slice at a jump: it then pauses and is re-entered (patch
// 0005), so a long-running program moves onto the engine's optimised code once that is ready.
extern int mps_pause_requested;

static inline int mps_take_pause_request(void) {
    int requested = mps_pause_requested;
    mps_pause_requested = 0;
    return requested;
}

#define MPS_FUEL_TICK() do { \
        if (--mps_control.fuel < 0) { \
            mps_fuel_exhausted(0); \
        } \
} while (0)

// Charges `units` of work done in C. Long operations call this from inside their loops, so a
// stop (soft: KeyboardInterrupt raised right here; hard: the host unwinds the VM) lands within
// one fuel slice of the limit.
static inline void mps_charge(uint32_t units) {
    if (units > 0x10000000u) {
        units = 0x10000000u;
    }
    mps_control.fuel -= (int32_t)units;
    if (mps_control.fuel < 0) {
        mps_fuel_exhausted(1);
    }
}

// Charges where nothing may be raised (the collector, its weak-reference callbacks' loop). A slice
// that runs out here still reaches the host, which checks the deadline and may end the run with
// a hard stop (the VM is then discarded, so stopping mid-collection is safe); a soft stop is only
// scheduled, and the guest sees it at its next bytecode. Without this, collections that run back
// to back without bytecode between them (callbacks failing to allocate) outran the deadline.
static inline void mps_charge_quiet(uint32_t units) {
    if (units > 0x10000000u) {
        units = 0x10000000u;
    }
    mps_control.fuel -= (int32_t)units;
    if (mps_control.fuel < 0) {
        mps_fuel_exhausted(0);
    }
}

#define MPS_ABORT_NONE          (0)
#define MPS_ABORT_NLR_FAIL      (1) // an exception with no handler (nlr_jump_fail)
#define MPS_ABORT_FATAL         (2) // MicroPython's own fatal error
#define MPS_ABORT_ASSERT        (3)

#endif // MPS_FUEL_H

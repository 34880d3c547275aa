// Linear memory: the heap break under the host's cap, and garbage collection with exact roots.
//
// GC safety. MicroPython finds live objects by scanning its roots: the VM state, the Python stack
// (pystack) and the C stack. On wasm the C stack is split: values in wasm locals are invisible to
// any scan. The build runs binaryen's spill-pointers pass on every function (tools/build-wasm), so
// each pointer held across a call is also stored in the shadow stack in linear memory, which
// gc_collect below scans conservatively, counting pointers into the middle of an object too (C
// code may keep only such a pointer live: patch 0004). mp_execute_bytecode is exempt: every object
// it holds across a call is also on its Python value stack in pystack.
// No import calls back into the module, so no host call can start a collection.
#include <errno.h>
#include <string.h>
#include "py/runtime.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "fuel.h"

extern unsigned char __heap_base;
extern unsigned char __stack_high;

#define PAGE_BYTES (65536u)
// Grow memory at least this much at a time, so a growing heap does not grow page by page.
#define MIN_GROWTH_PAGES (4u)
// Room below the cap kept for malloc's own bookkeeping when the GC sizes a new heap area.
#define HEAP_AREA_MARGIN (64u * 1024u)

static uintptr_t heap_break;

uintptr_t mps_heap_break(void) {
    return heap_break ? heap_break : (uintptr_t)&__heap_base;
}

// dlmalloc's only source of memory. Refuses to cross the cap (malloc then returns NULL, and
// MicroPython raises MemoryError), and records that the cap was reached.
void *sbrk(intptr_t increment) {
    uintptr_t old = mps_heap_break();
    mps_control.heap_break = old;
    if (increment == 0) {
        return (void *)old;
    }
    uintptr_t target = old + increment;
    // Memory above the break is never written, so the host can reset a VM by restoring what lies
    // below it; the break therefore never moves down (dlmalloc copes with a refused trim).
    if (increment < 0 || target < old) {
        errno = ENOMEM;
        return (void *)-1;
    }
    if (target > mps_control.memory_cap) {
        mps_control.memory_refused = 1;
        errno = ENOMEM;
        return (void *)-1;
    }
    size_t have = __builtin_wasm_memory_size(0) * PAGE_BYTES;
    if (target > have) {
        size_t pages = (target - have + PAGE_BYTES - 1) / PAGE_BYTES;
        size_t room = (mps_control.memory_cap - have) / PAGE_BYTES;
        size_t grow = pages < MIN_GROWTH_PAGES ? MIN_GROWTH_PAGES : pages;
        if (grow > room) {
            grow = room;
        }
        if (grow < pages || __builtin_wasm_memory_grow(0, grow) == (size_t)-1) {
            mps_control.memory_refused = 1;
            errno = ENOMEM;
            return (void *)-1;
        }
    }
    heap_break = target;
    mps_control.heap_break = target;
    return (void *)old;
}

// How big a new GC heap area may be without crossing the cap. The collector asks only when a full
// collection left an allocation unsatisfied, so the run is pressing against the cap: a MemoryError
// that follows is the memory limit (the host reports it so), not the guest's own doing.
size_t gc_get_max_new_split(void) {
    mps_control.memory_refused = 1;
    uintptr_t used = mps_heap_break();
    if (used + HEAP_AREA_MARGIN >= mps_control.memory_cap) {
        return 0;
    }
    return mps_control.memory_cap - used - HEAP_AREA_MARGIN;
}

void gc_collect(void) {
    gc_collect_start();
    // The shadow stack from here to its top: spilled pointers of every active C frame.
    volatile uintptr_t marker = 0;
    uintptr_t sp = ((uintptr_t)&marker) & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t top = (uintptr_t)&__stack_high;
    gc_collect_root_interior((void **)sp, (top - sp) / sizeof(void *));
    gc_collect_end();
    // A collection costs one unit per allocation-table byte (64 bytes of heap) and per 64 bytes of
    // stack scanned; it is charged after the fact and never stops midway.
    size_t units = (top - sp) / 64;
    for (mp_state_mem_area_t *area = &MP_STATE_MEM(area); area != NULL; area = area->next) {
        units += area->gc_alloc_table_byte_len;
    }
    mps_charge_quiet(units);
}

MP_NORETURN void nlr_jump_fail(void *val) {
    (void)val;
    mps_control.abort_reason = MPS_ABORT_NLR_FAIL;
    __builtin_trap();
}

MP_NORETURN void __fatal_error(const char *msg) {
    (void)msg;
    mps_control.abort_reason = MPS_ABORT_FATAL;
    __builtin_trap();
}

void __assert_func(const char *file, int line, const char *func, const char *expr) {
    (void)file;
    (void)line;
    (void)func;
    (void)expr;
    mps_control.abort_reason = MPS_ABORT_ASSERT;
    __builtin_trap();
}

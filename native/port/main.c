// The module's entry points: what the host calls (exports), and the VM's lifecycle.
//
//   mps_init(heap, pystack)            MicroPython initialised; 0 on success
//   mps_set_limits(cap, cstack)        memory cap and C-stack budget (between runs)
//   mps_exec(src, len, name, len, max) compiles and runs source in __main__; fills mps_result
//   mps_alloc(n) / mps_free(p)         buffers the host fills (source code)
//   mps_control_block()                address of mps_control (fuel, cap, flags: fuel.h)
//   mps_result_block()                 address of mps_result (below)
//   mps_layout()                       address of the memory layout (below), for images
//   mps_stack_low                      (a global added by the build) lowest stack pointer so far
//
// A run either returns (ok, or a Python exception in mps_result) or is unwound by the host (hard
// stop, trap), after which the host discards the instance.
#include <string.h>
#include "py/builtin.h"
#include "py/compile.h"
#include "py/runtime.h"
#include "py/gc.h"
#include "py/cstack.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "fuel.h"
#include "imports.h"
#include "port.h"

#define MPS_EXPORT(name) __attribute__((export_name(#name)))

extern unsigned char __stack_high;
extern unsigned char __stack_low;

typedef struct _mps_result_t {
    int32_t status;       // 0 ok, 1 uncaught exception
    const char *type;     // exception class name (static), or NULL
    uint32_t type_len;
    char *text;           // traceback as printed, malloc'd, freed at the next run
    uint32_t text_len;
    uint32_t truncated;   // the traceback was cut at max_error_bytes
} mps_result_t;

static mps_result_t mps_result;

// Where things are in linear memory. The shadow stack is [stack_low, stack_high), below the
// static data; the heap starts at heap_base and ends at the break (mps_control.heap_break).
typedef struct _mps_layout_t {
    uint32_t stack_low;
    uint32_t stack_high;
    uint32_t heap_base;
} mps_layout_t;

extern unsigned char __heap_base;

MPS_EXPORT(mps_layout) const mps_layout_t *mps_layout(void) {
    static mps_layout_t layout;
    layout.stack_low = (uint32_t)(uintptr_t)&__stack_low;
    layout.stack_high = (uint32_t)(uintptr_t)&__stack_high;
    layout.heap_base = (uint32_t)(uintptr_t)&__heap_base;
    return &layout;
}

MPS_EXPORT(mps_control_block) mps_control_t *mps_control_block(void) {
    return &mps_control;
}

MPS_EXPORT(mps_result_block) mps_result_t *mps_result_block(void) {
    return &mps_result;
}

MPS_EXPORT(mps_alloc) void *mps_alloc(size_t n) {
    return malloc(n);
}

MPS_EXPORT(mps_free) void mps_free(void *p) {
    free(p);
}

MPS_EXPORT(mps_set_limits) void mps_set_limits(uint32_t memory_cap, uint32_t cstack_bytes) {
    mps_control.memory_cap = memory_cap;
    size_t stack = (size_t)(&__stack_high - &__stack_low);
    if (cstack_bytes == 0 || cstack_bytes > stack) {
        cstack_bytes = stack;
    }
    mp_cstack_init_with_top(&__stack_high, cstack_bytes);
    // Collect after an eighth of the cap has been allocated, even if the heap is not full: rare
    // enough to be cheap, often enough that garbage cannot grow the heap to the cap.
    size_t threshold = memory_cap / 8;
    if (threshold < 256 * 1024) {
        threshold = 256 * 1024;
    }
    MP_STATE_MEM(gc_alloc_threshold) = threshold / MICROPY_BYTES_PER_GC_BLOCK;
}

// The host calls mps_set_limits first: the cap applies to initialisation too.
MPS_EXPORT(mps_init) int32_t mps_init(uint32_t heap_bytes, uint32_t pystack_bytes) {
    mp_obj_t *pystack = malloc(pystack_bytes);
    char *heap = malloc(heap_bytes);
    if (pystack == NULL || heap == NULL) {
        return -1;
    }
    memset(pystack, 0, pystack_bytes);
    mp_pystack_init(pystack, (char *)pystack + pystack_bytes);
    gc_init(heap, heap + heap_bytes);
    mp_init();
    mp_obj_list_init(MP_OBJ_TO_PTR(mp_sys_argv), 0);
    // sys.path: the current directory, then /lib (where placed files go), then frozen modules.
    mp_obj_list_store(mp_sys_path, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_NEW_QSTR(MP_QSTR__slash_lib));
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR__dot_frozen));
    return 0;
}

// ---- printing an exception into a bounded buffer ----

typedef struct _bounded_t {
    vstr_t vstr;
    size_t max;
    bool truncated;
} bounded_t;

static void bounded_strn(void *env, const char *str, size_t len) {
    bounded_t *b = env;
    if (b->vstr.len + len > b->max) {
        b->truncated = true;
        len = b->max > b->vstr.len ? b->max - b->vstr.len : 0;
    }
    vstr_add_strn(&b->vstr, str, len);
}

static void record_exception(mp_obj_t exc, uint32_t max_error_bytes) {
    // The run is over: a heap the guest locked (micropython.heap_lock) must not make printing
    // its exception fail outside every handler.
    MP_STATE_THREAD(gc_lock_depth) = 0;
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    mps_result.status = 1;
    mps_result.type = qstr_str(type->name);
    mps_result.type_len = strlen(mps_result.type);

    // Printing runs guest code (__str__ of the exception's arguments): it may raise, loop until
    // stopped, or print far too much. It is bounded and its failure is caught.
    bounded_t out = { .max = max_error_bytes, .truncated = false };
    vstr_init(&out.vstr, 256);
    mp_print_t print = { &out, bounded_strn };
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // with its cause or context chain first, as CPython prints it
        mp_obj_print_exception_chain(&print, exc);
        nlr_pop();
    } else {
        mp_printf(&print, "%q: <exception str() failed>\n", type->name);
    }
    mps_result.text = malloc(out.vstr.len + 1);
    if (mps_result.text != NULL) {
        memcpy(mps_result.text, out.vstr.buf, out.vstr.len);
        mps_result.text_len = out.vstr.len;
    }
    mps_result.truncated = out.truncated;
    vstr_clear(&out.vstr);
}

MPS_EXPORT(mps_exec) int32_t mps_exec(const char *src, size_t len, const char *name, size_t name_len,
    uint32_t max_error_bytes) {
    free(mps_result.text);
    memset(&mps_result, 0, sizeof(mps_result));
    mps_control.memory_refused = 0;
    mps_stdio_reset();
    // A heap left locked by the guest (micropython.heap_lock) must not outlive its run.
    MP_STATE_THREAD(gc_lock_depth) = 0;
    MP_STATE_THREAD(mp_pending_exception) = MP_OBJ_NULL;
    #if MICROPY_ENABLE_SCHEDULER
    MP_STATE_VM(sched_state) = MP_SCHED_IDLE;
    #endif

    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        qstr source_name = qstr_from_strn(name, name_len);
        mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, src, len, 0);
        mp_parse_tree_t tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
        mp_obj_t module_fun = mp_compile(&tree, source_name, false);
        mp_call_function_0(module_fun);
        mp_handle_pending(true);
        nlr_pop();
    } else {
        record_exception(MP_OBJ_FROM_PTR(nlr.ret_val), max_error_bytes);
    }
    // An interrupt that arrived too late to be raised must not hit the next run.
    MP_STATE_THREAD(mp_pending_exception) = MP_OBJ_NULL;
    #if MICROPY_ENABLE_SCHEDULER
    MP_STATE_VM(sched_state) = MP_SCHED_IDLE;
    #endif
    return mps_result.status;
}

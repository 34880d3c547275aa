// setjmp/longjmp for MicroPython's nlr (MICROPY_NLR_SETJMP), as clang lowers them with
// -mllvm -wasm-enable-sjlj: calls become __wasm_setjmp / __wasm_setjmp_test / __wasm_longjmp
// (sjlj.c) plus wasm try/catch on the __c_longjmp tag (tags.S). This wasi-libc has no setjmp.h.
#ifndef MPS_SETJMP_H
#define MPS_SETJMP_H

typedef struct {
    void *func_invocation_id;
    unsigned label;
    struct {
        void *env;
        int val;
    } arg;
} mps_jmp_buf_impl_t;

typedef mps_jmp_buf_impl_t jmp_buf[1];

int setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);

#endif // MPS_SETJMP_H

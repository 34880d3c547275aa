// The runtime half of clang's wasm setjmp/longjmp lowering (LLVM 19 ABI). setjmp records which
// call of which function set the buffer; longjmp throws the buffer with the __c_longjmp tag, and
// the try/catch clang put around calls in that function compares and resumes.
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>

void __wasm_setjmp(void *env, uint32_t label, void *func_invocation_id) {
    mps_jmp_buf_impl_t *jb = env;
    jb->func_invocation_id = func_invocation_id;
    jb->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *func_invocation_id) {
    mps_jmp_buf_impl_t *jb = env;
    return jb->func_invocation_id == func_invocation_id ? jb->label : 0;
}

void __wasm_longjmp(void *env, int val) {
    mps_jmp_buf_impl_t *jb = env;
    jb->arg.env = env;
    jb->arg.val = val == 0 ? 1 : val;
    __builtin_wasm_throw(1, &jb->arg); // tag 1 is __c_longjmp
}

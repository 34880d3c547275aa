# Exception tags. __c_longjmp carries MicroPython's nlr jumps (sjlj.c). __cpp_exception is
# declared because __builtin_wasm_throw numbers tags from it; nothing throws it.
.globl __cpp_exception
.tagtype __cpp_exception i32
__cpp_exception:
.globl __c_longjmp
.tagtype __c_longjmp i32
__c_longjmp:

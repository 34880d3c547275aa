// micropython-sandbox port configuration: every feature choice lives here.
//
// The guest is hostile. Features that hand it raw memory or let it load bytecode it wrote
// itself (uctypes, machine.mem*, marshal, .mpy import, native emitters) are off; everything
// that reaches outside the VM goes through the imports declared in imports.h.

#include <stdint.h>
#include <stdlib.h>
#include <alloca.h>

#define MICROPY_CONFIG_ROM_LEVEL            (MICROPY_CONFIG_ROM_LEVEL_EVERYTHING)

// ---- core ----
#define MICROPY_NLR_SETJMP                  (1) // lowered by clang to wasm exception handling
#define MICROPY_ENABLE_COMPILER             (1)
#define MICROPY_ENABLE_GC                   (1)
#define MICROPY_GC_SPLIT_HEAP               (1) // the heap starts small and grows in areas
#define MICROPY_GC_SPLIT_HEAP_AUTO          (1)
#define MICROPY_GC_HOOK_LOOP(i)             // collections are charged by heap size (memory.c)
#define MICROPY_ENABLE_PYSTACK              (1) // Python frames live in a fixed stack we scan
#define MICROPY_STACKLESS                   (1) // Python-to-Python calls use no C stack
#define MICROPY_STACKLESS_STRICT            (1)
#define MICROPY_STACK_CHECK                 (1) // recursion through C ends in RecursionError
#define MICROPY_STACK_CHECK_MARGIN          (16384)
#define MICROPY_KBD_EXCEPTION               (1) // the soft stop
#define MICROPY_ENABLE_SCHEDULER            (1)
#define MICROPY_SCHEDULER_DEPTH             (8)
#define MICROPY_LONGINT_IMPL                (MICROPY_LONGINT_IMPL_MPZ)
#define MPZ_DIG_SIZE                        (32) // wasm has 64-bit integer ops (patch 0031)
#define MICROPY_FLOAT_IMPL                  (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_ALLOC_PATH_MAX              (4096)
#define MICROPY_ENABLE_DOC_STRING           (0)
#define MICROPY_WARNINGS                    (1)
#define MICROPY_ERROR_REPORTING             (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_ERROR_PRINTER               (&mp_stderr_print)
#define MICROPY_USE_INTERNAL_ERRNO          (1) // Linux numbering: errno.ENOENT == 2, as in CPython
#define MICROPY_USE_INTERNAL_PRINTF         (1) // no libc stdio (it would import WASI calls)
#define MICROPY_HELPER_REPL                 (1)
#define MICROPY_REPL_AUTO_INDENT            (0)
#define MICROPY_QSTR_BYTES_IN_HASH          (4) // 32-bit str hashes (patch 0002)
#define MICROPY_CPYTHON_COMPAT              (1)
#define MICROPY_PY_STR_MORE                 (1) // title, zfill, translate, ... (strmethods.c)
#define MICROPY_PY_MATH_MORE                (1) // gcd, comb, fsum, int.bit_count, ... (modmath_ints.c, numbermethods.c)
#define MICROPY_FLOAT_HIGH_QUALITY_HASH     (1)
#define MICROPY_COMP_ALLOW_TOP_LEVEL_AWAIT  (1)
#define MICROPY_ENABLE_FINALISER            (1) // unreachable files get closed

// ---- speed ----
#define MICROPY_OPT_COMPUTED_GOTO           (0) // measured: no gain on wasm, bigger code
#define MICROPY_OPT_LOAD_ATTR_FAST_PATH     (1)
#define MICROPY_OPT_MAP_LOOKUP_CACHE        (1)
#define MICROPY_OPT_MPZ_BITWISE             (1)
#define MICROPY_OPT_MATH_FACTORIAL          (1)

// ---- closed doors ----
#define MICROPY_PERSISTENT_CODE_LOAD        (0) // no .mpy import: bytecode only from our compiler
#define MICROPY_PY_MARSHAL                  (0)
#define MICROPY_PY_UCTYPES                  (0)
#define MICROPY_PY_MACHINE                  (0)
#define MICROPY_PY_SELECT                   (1) // poll() over our own streams: asyncio needs it
#define MICROPY_PY_SELECT_SELECT            (0)
#define MICROPY_PY_SOCKET                   (0)
#define MICROPY_PY_NETWORK                  (0)
#define MICROPY_PY_SSL                      (0)
#define MICROPY_PY_THREAD                   (0)
#define MICROPY_PY_FRAMEBUF                 (0)
#define MICROPY_PY_BTREE                    (0)
#define MICROPY_PY_ONEWIRE                  (0)
#define MICROPY_PY_WEBSOCKET                (0)
#define MICROPY_PY_WEBREPL                  (0)
#define MICROPY_PY_OS_DUPTERM               (0)
#define MICROPY_PY_SYS_SETTRACE             (0)
#define MICROPY_PY_SYS_EXC_INFO             (1) // traceback.format_exc() and print_exc() need it
#define MICROPY_PY_SYS_EXECUTABLE           (0)
#define MICROPY_PY_MICROPYTHON_RINGIO       (0)
#define MICROPY_PY_RE_DEBUG                 (0)
#define MICROPY_PY_IO_BUFFEREDWRITER        (1)
#define MICROPY_PY_BUILTINS_HELP            (0)
#define MICROPY_PY_MICROPYTHON_HEAP_LOCKED  (0) // a locked heap would outlive the run

// ---- files and modules: our own, over the host imports (file.c, modos.c, loader.c) ----
#define MICROPY_VFS                         (0)
#define MICROPY_PY_OS                       (0) // `os` is ours: modos.c plus lib/os
#define MICROPY_READER_VFS                  (0)
#define MICROPY_PY_IO_IOBASE                (1)
#define MICROPY_PY_SYS_STDFILES             (1)
#define MICROPY_PY_SYS_STDIO_BUFFER         (1)
#define MICROPY_PY_SYS_PLATFORM             "micropython-sandbox"
#define MICROPY_PY_BUILTINS_INPUT           (1) // reads the run's stdin (stdio.c); EOFError at its end
#define mp_hal_readline                     mps_readline

// ---- time, randomness, hashes ----
#define MICROPY_EPOCH_IS_1970               (1)
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (1)
#define MICROPY_PY_TIME_TIME_TIME_NS        (1)
#define MICROPY_PY_TIME_INCLUDEFILE         "modtime_port.h"
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC    (mps_random_u32())
#define MICROPY_PY_OS_URANDOM               (0)
#define MICROPY_PY_HASHLIB                  (0) // ours: sha256, sha1, md5 as CPython's (modhashlib.c)
#define MICROPY_PY_ASYNCIO                  (1)

// ---- fuel: one unit per backward jump and per return, plus charges inside long C work ----
#include "fuel.h"
#define MICROPY_VM_HOOK_LOOP                MPS_FUEL_TICK();
#define MICROPY_VM_HOOK_RETURN              MPS_FUEL_TICK();
#define MICROPY_VM_PAUSE                    (1) // re-enter the VM at each fuel slice (patch 0005)
#define MICROPY_VM_PAUSE_REQUESTED()        mps_take_pause_request()
#define MICROPY_WORK_HOOK(units)            mps_charge(units)
#define MICROPY_WORK_HOOK_NORAISE(units)    mps_charge_quiet(units)

// ---- machine ----
#define MP_SSIZE_MAX                        (0x7fffffff)
typedef long mp_off_t;
#define MICROPY_HW_BOARD_NAME               "micropython-sandbox"
#define MICROPY_HW_MCU_NAME                 "wasm32"
#define MP_STATE_PORT                       MP_STATE_VM

extern const struct _mp_print_t mp_stderr_print;
uint32_t mps_random_u32(void);
struct _vstr_t;
int mps_readline(struct _vstr_t *line, const char *prompt);

// Importing .py files from the guest filesystem (frozen modules are found by MicroPython itself):
// mp_import_stat asks the host what a path is; mp_lexer_new_from_file reads a whole source file.
#include <string.h>
#include "py/runtime.h"
#include "py/lexer.h"
#include "py/builtin.h"
#include "fuel.h"
#include "imports.h"
#include "port.h"

#define S_IFMT  (0170000)
#define S_IFDIR (0040000)
#define S_IFREG (0100000)

mp_import_stat_t mp_import_stat(const char *path) {
    size_t len = strlen(path);
    mps_stat_t st;
    mps_charge(8 + len / 16);
    if (mps_host_fs_stat(path, len, 1, &st) < 0) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    if ((st.mode & S_IFMT) == S_IFDIR) {
        return MP_IMPORT_STAT_DIR;
    }
    return (st.mode & S_IFMT) == S_IFREG ? MP_IMPORT_STAT_FILE : MP_IMPORT_STAT_NO_EXIST;
}

mp_lexer_t *mp_lexer_new_from_file(qstr filename) {
    const char *path = qstr_str(filename);
    size_t path_len = strlen(path);
    int32_t fd = mps_host_fs_open(path, path_len, MPS_O_RDONLY, 0);
    mps_check_fs(fd, MP_OBJ_NULL);
    vstr_t source;
    vstr_init(&source, 4096);
    for (;;) {
        if (source.alloc - source.len < 4096) {
            vstr_hint_size(&source, source.alloc);
        }
        int32_t n = mps_host_fs_read(fd, source.buf + source.len, source.alloc - source.len);
        mps_charge(1 + (n > 0 ? n : 0) / 64);
        if (n <= 0) {
            mps_host_fs_close(fd);
            if (n < 0) {
                vstr_clear(&source);
                mps_check_fs(n, MP_OBJ_NULL);
            }
            break;
        }
        source.len += n;
    }
    size_t len = source.len;
    char *text = vstr_null_terminated_str(&source);
    return mp_lexer_new_from_str_len(filename, text, len, source.alloc);
}

// sys.stdin, sys.stdout, sys.stderr and input(), over the host's stdio imports.
//
// stdin is the run's `stdin` option, read through a small buffer here (a readline reads a byte
// at a time through the stream layer, which must not cost a host call per byte). Reaching the
// end raises EOFError in input(), as CPython does for a non-interactive stdin.
#include <string.h>
#include "py/runtime.h"
#include "py/stream.h"
#include "py/mperrno.h"
#include "py/mphal.h"
#include "shared/readline/readline.h"
#include "fuel.h"
#include "imports.h"
#include "port.h"

#define STDIN_BUFFER_BYTES (4096)

static struct {
    byte data[STDIN_BUFFER_BYTES];
    size_t pos;
    size_t len;
    bool eof;
} stdin_buffer;

void mps_stdio_reset(void) {
    stdin_buffer.pos = 0;
    stdin_buffer.len = 0;
    stdin_buffer.eof = false;
}

static bool stdin_fill(void) {
    if (stdin_buffer.pos < stdin_buffer.len) {
        return true;
    }
    if (stdin_buffer.eof) {
        return false;
    }
    int32_t n = mps_host_stdin_read(stdin_buffer.data, STDIN_BUFFER_BYTES);
    mps_charge(1 + (n > 0 ? n : 0) / 64);
    stdin_buffer.pos = 0;
    stdin_buffer.len = n > 0 ? (size_t)n : 0;
    if (n <= 0) {
        stdin_buffer.eof = true;
        return false;
    }
    return true;
}

static size_t stdin_read(byte *out, size_t size) {
    size_t done = 0;
    while (done < size && stdin_fill()) {
        size_t n = MIN(size - done, stdin_buffer.len - stdin_buffer.pos);
        memcpy(out + done, stdin_buffer.data + stdin_buffer.pos, n);
        stdin_buffer.pos += n;
        done += n;
    }
    return done;
}

int mp_hal_stdin_rx_chr(void) {
    byte c;
    return stdin_read(&c, 1) == 1 ? c : CHAR_CTRL_D;
}

// input(): one line without its newline; CHAR_CTRL_D with an empty line at the end of stdin.
int mps_readline(vstr_t *line, const char *prompt) {
    (void)prompt;
    for (;;) {
        if (!stdin_fill()) {
            return CHAR_CTRL_D;
        }
        byte *start = stdin_buffer.data + stdin_buffer.pos;
        size_t avail = stdin_buffer.len - stdin_buffer.pos;
        byte *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        vstr_add_strn(line, (const char *)start, take);
        stdin_buffer.pos += take + (nl ? 1 : 0);
        if (nl) {
            return 0;
        }
    }
}

typedef struct _stdio_obj_t {
    mp_obj_base_t base;
    int fd;
} stdio_obj_t;

static void stdio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    mp_printf(print, "<_io.%s name='%s'>", mp_obj_get_type_str(self_in), names[self->fd]);
}

static mp_uint_t stdio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd != 0) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    return stdin_read(buf, size);
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd == 0) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    mps_charge(1 + size / 64);
    mps_host_stdio_write(self->fd, buf, size);
    return size;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    (void)self_in;
    if (request == MP_STREAM_FLUSH || request == MP_STREAM_CLOSE) {
        return 0;
    }
    if (request == MP_STREAM_POLL) {
        return arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR);
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}

static mp_obj_t stdio_isatty(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_isatty_obj, stdio_isatty);

static mp_obj_t stdio_fileno(mp_obj_t self_in) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(self->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_fileno_obj, stdio_fileno);

static const stdio_obj_t stdio_buffers[3];

static void stdio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_buffer && mp_obj_get_type(self_in)->name == MP_QSTR_TextIOWrapper) {
        dest[0] = MP_OBJ_FROM_PTR(&stdio_buffers[self->fd]);
    } else if (attr == MP_QSTR_encoding) {
        dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
    } else {
        dest[1] = MP_OBJ_SENTINEL; // continue the lookup in locals_dict
    }
}

static const mp_rom_map_elem_t stdio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj)},
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_unbuffered_readlines_obj)},
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&stdio_isatty_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&stdio_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(stdio_locals_dict, stdio_locals_dict_table);

static const mp_stream_p_t stdio_text_stream = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = true,
};

static const mp_stream_p_t stdio_binary_stream = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = false,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_text_type,
    MP_QSTR_TextIOWrapper,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print,
    attr, stdio_attr,
    protocol, &stdio_text_stream,
    locals_dict, &stdio_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_binary_type,
    MP_QSTR_BufferedWriter,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print,
    attr, stdio_attr,
    protocol, &stdio_binary_stream,
    locals_dict, &stdio_locals_dict
    );

static const stdio_obj_t stdio_buffers[3] = {
    {{&stdio_binary_type}, .fd = 0},
    {{&stdio_binary_type}, .fd = 1},
    {{&stdio_binary_type}, .fd = 2},
};

const stdio_obj_t mp_sys_stdin_obj = {{&stdio_text_type}, .fd = 0};
const stdio_obj_t mp_sys_stdout_obj = {{&stdio_text_type}, .fd = 1};
const stdio_obj_t mp_sys_stderr_obj = {{&stdio_text_type}, .fd = 2};

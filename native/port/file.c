// open() and file objects over the host's file imports.
//
// Reads go through a per-file buffer, so readline() and line iteration cost one host call per
// few KiB rather than per byte; writes go straight to the host. Files are closed when collected
// (finaliser), when their `with` block ends, or by close().
#include <string.h>
#include "py/runtime.h"
#include "py/stream.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "fuel.h"
#include "imports.h"
#include "port.h"

#define READ_BUFFER_BYTES (4096)

typedef struct _mps_file_t {
    mp_obj_base_t base;
    int32_t fd;
    bool readable;
    bool writable;
    mp_obj_t name;
    qstr mode;
    byte *buffer;       // read buffer (GC heap), allocated on first buffered read
    uint16_t buf_pos;
    uint16_t buf_len;
} mps_file_t;

// ---- helpers shared with modos.c and loader.c ----

const char *mps_path_arg(mp_obj_t path, size_t *len) {
    const char *s;
    if (mp_obj_is_str(path)) {
        s = mp_obj_str_get_data(path, len);
    } else if (mp_obj_is_type(path, &mp_type_bytes)) {
        s = mp_obj_str_get_data(path, len);
    } else {
        // os.PathLike: anything with __fspath__
        mp_obj_t dest[2];
        mp_load_method_maybe(path, MP_QSTR___fspath__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("expected str, bytes or os.PathLike object, not %s"), mp_obj_get_type_str(path));
        }
        return mps_path_arg(mp_call_method_n_kw(0, 0, dest), len);
    }
    if (memchr(s, 0, *len) != NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null byte"));
    }
    return s;
}

// CPython's strerror() texts for the errno values the host returns (src/core/errno.ts).
static const char *fs_strerror(int err) {
    switch (err) {
        case MP_EPERM: return "Operation not permitted";
        case MP_ENOENT: return "No such file or directory";
        case MP_EIO: return "Input/output error";
        case MP_EBADF: return "Bad file descriptor";
        case MP_EAGAIN: return "Resource temporarily unavailable";
        case MP_ENOMEM: return "Cannot allocate memory";
        case MP_EACCES: return "Permission denied";
        case MP_EBUSY: return "Device or resource busy";
        case MP_EEXIST: return "File exists";
        case MP_EXDEV: return "Invalid cross-device link";
        case MP_ENODEV: return "No such device";
        case MP_ENOTDIR: return "Not a directory";
        case MP_EISDIR: return "Is a directory";
        case MP_EINVAL: return "Invalid argument";
        case MP_ENFILE: return "Too many open files in system";
        case MP_EMFILE: return "Too many open files";
        case MP_ENOSPC: return "No space left on device";
        case MP_ESPIPE: return "Illegal seek";
        case MP_EROFS: return "Read-only file system";
        case 31: return "Too many links";
        case 36: return "File name too long";
        case 39: return "Directory not empty";
        case 40: return "Too many levels of symbolic links";
        default: return NULL;
    }
}

void mps_check_fs(int32_t result, mp_obj_t path) {
    if (result >= 0) {
        return;
    }
    const char *text = fs_strerror(-result);
    if (path == MP_OBJ_NULL || text == NULL) {
        mp_raise_OSError(-result);
    }
    // OSError(errno, strerror, filename): prints as "[Errno 30] Read-only file system: '/data/x'".
    mp_obj_t args[3] = { MP_OBJ_NEW_SMALL_INT(-result), mp_obj_new_str(text, strlen(text)), path };
    nlr_raise(mp_obj_exception_make_new(&mp_type_OSError, 3, 0, args));
}

// ---- the file object ----

static mps_file_t *file_check(mp_obj_t self_in) {
    mps_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("I/O operation on closed file."));
    }
    return self;
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mps_file_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<_io.%s name=%R mode='%q'>", mp_obj_get_type_str(self_in), self->name, self->mode);
}

// Gives back buffered bytes the guest has not consumed, so the host's position is the guest's.
static int file_unbuffer(mps_file_t *self) {
    uint16_t unread = self->buf_len - self->buf_pos;
    self->buf_pos = self->buf_len = 0;
    if (unread == 0) {
        return 0;
    }
    double r = mps_host_fs_seek(self->fd, -(double)unread, 1);
    return r < 0 ? (int)-r : 0;
}

static int32_t file_host_read(mps_file_t *self, void *buf, size_t size) {
    int32_t n = mps_host_fs_read(self->fd, buf, size);
    mps_charge(1 + (n > 0 ? (uint32_t)n : 0) / 64);
    return n;
}

static mp_uint_t file_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mps_file_t *self = file_check(self_in);
    if (!self->readable) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    size_t done = 0;
    if (self->buf_pos < self->buf_len) {
        done = MIN(size, (size_t)(self->buf_len - self->buf_pos));
        memcpy(buf, self->buffer + self->buf_pos, done);
        self->buf_pos += done;
        if (done == size) {
            return done;
        }
    }
    size_t want = size - done;
    if (want >= READ_BUFFER_BYTES) {
        int32_t n = file_host_read(self, (byte *)buf + done, want);
        if (n < 0) {
            if (done > 0) {
                return done;
            }
            *errcode = -n;
            return MP_STREAM_ERROR;
        }
        return done + n;
    }
    if (self->buffer == NULL) {
        self->buffer = m_new(byte, READ_BUFFER_BYTES);
    }
    int32_t n = file_host_read(self, self->buffer, READ_BUFFER_BYTES);
    if (n < 0) {
        if (done > 0) {
            return done;
        }
        *errcode = -n;
        return MP_STREAM_ERROR;
    }
    self->buf_pos = 0;
    self->buf_len = n;
    size_t take = MIN(want, (size_t)n);
    memcpy((byte *)buf + done, self->buffer, take);
    self->buf_pos = take;
    return done + take;
}

static mp_uint_t file_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    mps_file_t *self = file_check(self_in);
    if (!self->writable) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    int err = file_unbuffer(self);
    if (err) {
        *errcode = err;
        return MP_STREAM_ERROR;
    }
    mps_charge(1 + size / 64);
    int32_t n = mps_host_fs_write(self->fd, buf, size);
    if (n < 0) {
        *errcode = -n;
        return MP_STREAM_ERROR;
    }
    return n;
}

static void file_close(mps_file_t *self) {
    if (self->fd >= 0) {
        mps_host_fs_close(self->fd);
        self->fd = -1;
    }
    self->buf_pos = self->buf_len = 0;
}

static mp_uint_t file_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mps_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_CLOSE) {
        file_close(self); // also from the finaliser, inside a collection: no charges, no raises
        return 0;
    }
    if (self->fd < 0) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    switch (request) {
        case MP_STREAM_FLUSH: {
            int32_t r = mps_host_fs_sync(self->fd);
            if (r < 0) {
                *errcode = -r;
                return MP_STREAM_ERROR;
            }
            return 0;
        }
        case MP_STREAM_SEEK: {
            struct mp_stream_seek_t *s = (struct mp_stream_seek_t *)arg;
            double offset = s->whence == MP_SEEK_SET ? (double)(mp_uint_t)s->offset : (double)s->offset;
            if (s->whence == MP_SEEK_CUR) {
                offset -= self->buf_len - self->buf_pos;
            }
            self->buf_pos = self->buf_len = 0;
            double r = mps_host_fs_seek(self->fd, offset, s->whence);
            if (r < 0) {
                *errcode = (int)-r;
                return MP_STREAM_ERROR;
            }
            s->offset = (mp_off_t)r;
            return 0;
        }
        case MP_STREAM_GET_FILENO:
            return self->fd;
        case MP_STREAM_POLL:
            return arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR);
        default:
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
    }
}

// One line, newline included, straight from the read buffer. MP_OBJ_NULL at the end of the file.
static mp_obj_t file_readline_limit(mps_file_t *self, mp_int_t limit) {
    const mp_stream_p_t *stream = mp_get_stream(MP_OBJ_FROM_PTR(self));
    vstr_t line;
    vstr_init(&line, 64);
    for (;;) {
        if (limit >= 0 && (mp_int_t)line.len >= limit) {
            break;
        }
        if (self->buf_pos >= self->buf_len) {
            byte probe;
            int err;
            mp_uint_t n = file_read(MP_OBJ_FROM_PTR(self), &probe, 1, &err);
            if (n == MP_STREAM_ERROR) {
                mp_raise_OSError(err);
            }
            if (n == 0) {
                break;
            }
            vstr_add_byte(&line, probe);
            if (probe == '\n') {
                break;
            }
            continue;
        }
        byte *start = self->buffer + self->buf_pos;
        size_t avail = self->buf_len - self->buf_pos;
        if (limit >= 0 && avail > (size_t)(limit - line.len)) {
            avail = limit - line.len;
        }
        byte *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) + 1 : avail;
        vstr_add_strn(&line, (const char *)start, take);
        self->buf_pos += take;
        if (nl) {
            break;
        }
    }
    if (line.len == 0) {
        vstr_clear(&line);
        return MP_OBJ_NULL;
    }
    return stream->is_text ? mp_obj_new_str_from_vstr(&line) : mp_obj_new_bytes_from_vstr(&line);
}

static mp_obj_t file_readline(size_t n_args, const mp_obj_t *args) {
    mps_file_t *self = file_check(args[0]);
    if (!self->readable) {
        mp_raise_OSError(MP_EBADF);
    }
    mp_int_t limit = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    mp_obj_t line = file_readline_limit(self, limit);
    if (line == MP_OBJ_NULL) {
        return mp_get_stream(args[0])->is_text ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_const_empty_bytes;
    }
    return line;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readline_obj, 1, 2, file_readline);

static mp_obj_t file_readlines(size_t n_args, const mp_obj_t *args) {
    mps_file_t *self = file_check(args[0]);
    if (!self->readable) {
        mp_raise_OSError(MP_EBADF);
    }
    mp_int_t hint = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    mp_obj_t lines = mp_obj_new_list(0, NULL);
    size_t total = 0;
    mp_obj_t line;
    while ((line = file_readline_limit(self, -1)) != MP_OBJ_NULL) {
        mp_obj_list_append(lines, line);
        total += mp_obj_get_int(mp_obj_len(line));
        if (hint > 0 && total >= (size_t)hint) {
            break;
        }
    }
    return lines;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readlines_obj, 1, 2, file_readlines);

static mp_obj_t file_iternext(mp_obj_t self_in) {
    mps_file_t *self = file_check(self_in);
    if (!self->readable) {
        mp_raise_OSError(MP_EBADF);
    }
    mp_obj_t line = file_readline_limit(self, -1);
    return line == MP_OBJ_NULL ? MP_OBJ_STOP_ITERATION : line;
}

static mp_obj_t file_flag(mp_obj_t self_in, bool value) {
    file_check(self_in);
    return mp_obj_new_bool(value);
}

static mp_obj_t file_readable(mp_obj_t self_in) {
    return file_flag(self_in, ((mps_file_t *)MP_OBJ_TO_PTR(self_in))->readable);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_readable_obj, file_readable);

static mp_obj_t file_writable(mp_obj_t self_in) {
    return file_flag(self_in, ((mps_file_t *)MP_OBJ_TO_PTR(self_in))->writable);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_writable_obj, file_writable);

static mp_obj_t file_seekable(mp_obj_t self_in) {
    return file_flag(self_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_seekable_obj, file_seekable);

static mp_obj_t file_isatty(mp_obj_t self_in) {
    return file_flag(self_in, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_isatty_obj, file_isatty);

static mp_obj_t file_fileno(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(file_check(self_in)->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_fileno_obj, file_fileno);

static mp_obj_t file_truncate(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    mp_raise_NotImplementedError(MP_ERROR_TEXT("truncate"));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_truncate_obj, 1, 2, file_truncate);

static void file_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mps_file_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_name) {
        dest[0] = self->name;
    } else if (attr == MP_QSTR_mode) {
        dest[0] = MP_OBJ_NEW_QSTR(self->mode);
    } else if (attr == MP_QSTR_closed) {
        dest[0] = mp_obj_new_bool(self->fd < 0);
    } else if (attr == MP_QSTR_encoding && mp_get_stream(self_in)->is_text) {
        dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
    } else {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

static const mp_rom_map_elem_t file_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&file_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&file_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&file_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&mp_stream_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&mp_stream_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&file_truncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&file_readable_obj) },
    { MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&file_writable_obj) },
    { MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&file_seekable_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&file_isatty_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(file_locals_dict, file_locals_dict_table);

static const mp_stream_p_t fileio_stream = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
};

static const mp_stream_p_t textio_stream = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .is_text = true,
};

MP_DEFINE_CONST_OBJ_TYPE(
    mps_type_fileio,
    MP_QSTR_BufferedReader,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    print, file_print,
    attr, file_attr,
    iter, file_iternext,
    protocol, &fileio_stream,
    locals_dict, &file_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mps_type_textio,
    MP_QSTR_TextIOWrapper,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    print, file_print,
    attr, file_attr,
    iter, file_iternext,
    protocol, &textio_stream,
    locals_dict, &file_locals_dict
    );

static bool encoding_is_utf8(mp_obj_t encoding) {
    if (encoding == mp_const_none) {
        return true;
    }
    const char *e = mp_obj_str_get_str(encoding);
    char lower[16];
    size_t n = 0;
    for (; e[n] && n < sizeof(lower) - 1; n++) {
        lower[n] = (e[n] >= 'A' && e[n] <= 'Z') ? e[n] + 32 : e[n];
    }
    lower[n] = 0;
    return strcmp(lower, "utf-8") == 0 || strcmp(lower, "utf8") == 0 || strcmp(lower, "ascii") == 0
           || strcmp(lower, "us-ascii") == 0;
}

mp_obj_t mp_builtin_open(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_file, ARG_mode, ARG_buffering, ARG_encoding, ARG_errors, ARG_newline };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_file, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_mode, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_r)} },
        { MP_QSTR_buffering, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_encoding, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_errors, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_newline, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);

    mp_obj_t file = args[ARG_file].u_obj;
    size_t mode_len;
    const char *mode = mp_obj_str_get_data(args[ARG_mode].u_obj, &mode_len);
    int rw = 0, extra = 0, kind = 0, plus = 0, binary = 0, text = 0;
    for (size_t i = 0; i < mode_len; i++) {
        switch (mode[i]) {
            case 'r':
                kind++;
                break;
            case 'w':
                kind++;
                rw = MPS_O_WRONLY;
                extra = MPS_O_CREAT | MPS_O_TRUNC;
                break;
            case 'a':
                kind++;
                rw = MPS_O_WRONLY;
                extra = MPS_O_CREAT | MPS_O_APPEND;
                break;
            case 'x':
                kind++;
                rw = MPS_O_WRONLY;
                extra = MPS_O_CREAT | MPS_O_EXCL;
                break;
            case '+':
                plus++;
                break;
            case 'b':
                binary++;
                break;
            case 't':
                text++;
                break;
            default:
                mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("invalid mode: '%s'"), mode);
        }
    }
    if (kind != 1 || plus > 1 || binary > 1 || text > 1 || (binary && text)) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("invalid mode: '%s'"), mode);
    }
    if (plus) {
        rw = MPS_O_RDWR;
    }
    if (binary && args[ARG_encoding].u_obj != mp_const_none) {
        mp_raise_ValueError(MP_ERROR_TEXT("binary mode doesn't take an encoding argument"));
    }
    if (!encoding_is_utf8(args[ARG_encoding].u_obj)) {
        mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unsupported encoding: %s"),
            mp_obj_str_get_str(args[ARG_encoding].u_obj));
    }

    size_t path_len;
    const char *path = mps_path_arg(file, &path_len);
    mps_charge(8 + path_len / 16);
    mps_file_t *o = mp_obj_malloc_with_finaliser(mps_file_t, binary ? &mps_type_fileio : &mps_type_textio);
    o->fd = -1;
    o->name = file;
    o->buffer = NULL;
    o->buf_pos = o->buf_len = 0;
    o->readable = rw != MPS_O_WRONLY;
    o->writable = rw != MPS_O_RDONLY;
    vstr_t canonical;
    vstr_init(&canonical, 4);
    for (size_t i = 0; i < mode_len; i++) {
        if (mode[i] != 't') {
            vstr_add_byte(&canonical, mode[i]);
        }
    }
    o->mode = qstr_from_strn(canonical.buf, canonical.len);
    vstr_clear(&canonical);
    int32_t fd = mps_host_fs_open(path, path_len, rw | extra, 0644);
    mps_check_fs(fd, file);
    o->fd = fd;
    return MP_OBJ_FROM_PTR(o);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 1, mp_builtin_open);

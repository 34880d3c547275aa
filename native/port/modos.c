// `_os`: the C half of the guest's `os` module (lib/os adds the Python half: os.path, walk,
// stat_result, makedirs...). Every call goes to the host's filesystem; nothing here keeps state
// except open directory iterators.
#include <string.h>
#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "fuel.h"
#include "imports.h"
#include "port.h"

static mp_obj_t path_call(mp_obj_t path, int32_t (*op)(const char *, size_t)) {
    size_t len;
    const char *p = mps_path_arg(path, &len);
    mps_charge(8 + len / 16);
    mps_check_fs(op(p, len), path);
    return mp_const_none;
}

static mp_obj_t os_remove(mp_obj_t path) {
    return path_call(path, mps_host_fs_unlink);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_remove_obj, os_remove);

static mp_obj_t os_rmdir(mp_obj_t path) {
    return path_call(path, mps_host_fs_rmdir);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_rmdir_obj, os_rmdir);

static mp_obj_t os_chdir(mp_obj_t path) {
    return path_call(path, mps_host_fs_chdir);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_chdir_obj, os_chdir);

static mp_obj_t os_mkdir(size_t n_args, const mp_obj_t *args) {
    size_t len;
    const char *p = mps_path_arg(args[0], &len);
    int32_t mode = n_args > 1 ? mp_obj_get_int(args[1]) : 0777;
    mps_charge(8 + len / 16);
    mps_check_fs(mps_host_fs_mkdir(p, len, mode & 07777), args[0]);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_mkdir_obj, 1, 2, os_mkdir);

static mp_obj_t os_rename(mp_obj_t from, mp_obj_t to) {
    size_t from_len, to_len;
    const char *f = mps_path_arg(from, &from_len);
    const char *t = mps_path_arg(to, &to_len);
    mps_charge(8 + (from_len + to_len) / 16);
    mps_check_fs(mps_host_fs_rename(f, from_len, t, to_len), from);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_rename_obj, os_rename);

static mp_obj_t os_getcwd(void) {
    char buf[MICROPY_ALLOC_PATH_MAX];
    int32_t n = mps_host_fs_getcwd(buf, sizeof(buf));
    mps_check_fs(n, MP_OBJ_NULL);
    return mp_obj_new_str(buf, MIN((size_t)n, sizeof(buf)));
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getcwd_obj, os_getcwd);

static mp_obj_t stat_tuple(const mps_stat_t *st) {
    mp_obj_t items[10] = {
        mp_obj_new_int_from_uint(st->mode),
        mp_obj_new_int_from_uint(st->ino),
        mp_obj_new_int_from_uint(st->dev),
        mp_obj_new_int_from_uint(st->nlink),
        MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0),
        mp_obj_new_int_from_ull((unsigned long long)st->size),
        mp_obj_new_int_from_ll((long long)(st->atime_ms / 1000.0)),
        mp_obj_new_int_from_ll((long long)(st->mtime_ms / 1000.0)),
        mp_obj_new_int_from_ll((long long)(st->ctime_ms / 1000.0)),
    };
    return mp_obj_new_tuple(10, items);
}

static mp_obj_t stat_path(mp_obj_t path, int32_t follow) {
    if (mp_obj_is_small_int(path)) {
        mps_stat_t st;
        mps_charge(8);
        mps_check_fs(mps_host_fs_fstat(MP_OBJ_SMALL_INT_VALUE(path), &st), MP_OBJ_NULL);
        return stat_tuple(&st);
    }
    size_t len;
    const char *p = mps_path_arg(path, &len);
    mps_stat_t st;
    mps_charge(8 + len / 16);
    mps_check_fs(mps_host_fs_stat(p, len, follow, &st), path);
    return stat_tuple(&st);
}

static mp_obj_t os_stat(mp_obj_t path) {
    return stat_path(path, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_stat_obj, os_stat);

static mp_obj_t os_lstat(mp_obj_t path) {
    return stat_path(path, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_lstat_obj, os_lstat);

static mp_obj_t os_statvfs(mp_obj_t path) {
    // Reports a path that exists; sizes are nominal (quota applies, not the host disk).
    stat_path(path, 1);
    mp_obj_t items[10] = {
        MP_OBJ_NEW_SMALL_INT(4096), MP_OBJ_NEW_SMALL_INT(4096), MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(255),
    };
    return mp_obj_new_tuple(10, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_statvfs_obj, os_statvfs);

// ---- directory listing ----

typedef struct _dir_iter_t {
    mp_obj_base_t base;
    mp_fun_1_t iternext;
    int32_t fd;
    bool want_bytes;
} dir_iter_t;

static void dir_close(dir_iter_t *self) {
    if (self->fd >= 0) {
        mps_host_fs_close(self->fd);
        self->fd = -1;
    }
}

// The next entry as (name, type, inode), or MP_OBJ_NULL at the end.
static mp_obj_t dir_next(dir_iter_t *self) {
    if (self->fd < 0) {
        return MP_OBJ_NULL;
    }
    char name[256];
    mps_dirent_info_t info;
    int32_t n = mps_host_fs_readdir(self->fd, name, sizeof(name), &info);
    mps_charge(8 + (n > 0 ? n : 0) / 16);
    if (n <= 0) {
        dir_close(self);
        mps_check_fs(n, MP_OBJ_NULL);
        return MP_OBJ_NULL;
    }
    size_t len = MIN((size_t)n, sizeof(name));
    mp_obj_t items[3] = {
        self->want_bytes ? mp_obj_new_bytes((const byte *)name, len) : mp_obj_new_str(name, len),
        MP_OBJ_NEW_SMALL_INT(info.type == 4 ? 0x4000 : info.type == 8 ? 0x8000 : info.type == 10 ? 0xa000 : 0),
        mp_obj_new_int_from_uint(info.ino),
    };
    return mp_obj_new_tuple(3, items);
}

static mp_obj_t dir_iternext(mp_obj_t self_in) {
    mp_obj_t entry = dir_next(MP_OBJ_TO_PTR(self_in));
    return entry == MP_OBJ_NULL ? MP_OBJ_STOP_ITERATION : entry;
}

static mp_obj_t dir_del(mp_obj_t self_in) {
    dir_close(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(dir_del_obj, dir_del);

static const mp_rom_map_elem_t dir_iter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&dir_del_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&dir_del_obj) },
};
static MP_DEFINE_CONST_DICT(dir_iter_locals_dict, dir_iter_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    dir_iter_type,
    MP_QSTR_ScandirIterator,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    iter, dir_iternext,
    locals_dict, &dir_iter_locals_dict
    );

static dir_iter_t *dir_open(size_t n_args, const mp_obj_t *args) {
    mp_obj_t path = n_args > 0 ? args[0] : MP_OBJ_NEW_QSTR(MP_QSTR__dot_);
    size_t len;
    const char *p = mps_path_arg(path, &len);
    mps_charge(8 + len / 16);
    dir_iter_t *it = mp_obj_malloc_with_finaliser(dir_iter_t, &dir_iter_type);
    it->iternext = dir_iternext;
    it->fd = -1;
    it->want_bytes = mp_obj_is_type(path, &mp_type_bytes);
    int32_t fd = mps_host_fs_open(p, len, MPS_O_RDONLY | MPS_O_DIRECTORY, 0);
    mps_check_fs(fd, path);
    it->fd = fd;
    return it;
}

static mp_obj_t os_ilistdir(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(dir_open(n_args, args));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_ilistdir_obj, 0, 1, os_ilistdir);

static mp_obj_t os_listdir(size_t n_args, const mp_obj_t *args) {
    dir_iter_t *it = dir_open(n_args, args);
    mp_obj_t names = mp_obj_new_list(0, NULL);
    mp_obj_t entry;
    while ((entry = dir_next(it)) != MP_OBJ_NULL) {
        mp_obj_list_append(names, ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(entry))->items[0]);
    }
    return names;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_listdir_obj, 0, 1, os_listdir);

static mp_obj_t os_urandom(mp_obj_t n_in) {
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative argument not allowed"));
    }
    mps_charge(1 + n / 16);
    vstr_t out;
    vstr_init_len(&out, n);
    for (mp_int_t i = 0; i < n; i += 4) {
        uint32_t r = mps_host_random_u32();
        memcpy(out.buf + i, &r, MIN(4, n - i));
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_urandom_obj, os_urandom);

static const mp_rom_map_elem_t os_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__os) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&os_chdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&os_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&os_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_listdir), MP_ROM_PTR(&os_listdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&os_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_unlink), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&os_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&os_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&os_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstat), MP_ROM_PTR(&os_lstat_obj) },
    { MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&os_statvfs_obj) },
    { MP_ROM_QSTR(MP_QSTR_urandom), MP_ROM_PTR(&os_urandom_obj) },
};
static MP_DEFINE_CONST_DICT(os_module_globals, os_module_globals_table);

const mp_obj_module_t mps_module_os = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&os_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__os, mps_module_os);

// `_host`: the guest's one door to the embedding application. `_host.call(op, *args)` sends
// strings to the host (host functions, HTTP, result capture: see lib/_sandbox.py) and returns
// the host's reply as a str, or None when the host gave no reply (timeout, cancellation).
#include <string.h>
#include "py/runtime.h"
#include "py/objstr.h"
#include "fuel.h"
#include "imports.h"

#define MAX_ARGS (16)

static void put_u32(vstr_t *v, uint32_t n) {
    vstr_add_strn(v, (const char *)&n, 4);
}

static mp_obj_t host_call(size_t n_args, const mp_obj_t *args) {
    if (n_args > MAX_ARGS) {
        mp_raise_TypeError(MP_ERROR_TEXT("too many host call arguments"));
    }
    size_t total = 4;
    for (size_t i = 0; i < n_args; i++) {
        if (!mp_obj_is_str(args[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("host call arguments must be str"));
        }
        size_t len;
        mp_obj_str_get_data(args[i], &len);
        total += 4 + len;
    }
    vstr_t request;
    vstr_init(&request, total);
    put_u32(&request, n_args);
    for (size_t i = 0; i < n_args; i++) {
        size_t len;
        const char *s = mp_obj_str_get_data(args[i], &len);
        put_u32(&request, len);
        vstr_add_strn(&request, s, len);
    }
    // The host decodes and copies every byte: the guest pays for it.
    mps_charge(16 + request.len / 16);
    int32_t n = mps_host_call(request.buf, request.len);
    vstr_clear(&request);
    if (n < 0) {
        return mp_const_none;
    }
    mps_charge(16 + n / 16);
    vstr_t reply;
    vstr_init_len(&reply, n);
    if (mps_host_reply(reply.buf, n) != n) {
        vstr_clear(&reply);
        return mp_const_none;
    }
    return mp_obj_new_str_from_vstr(&reply);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(host_call_obj, 1, MAX_ARGS, host_call);

static const mp_rom_map_elem_t host_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__host) },
    { MP_ROM_QSTR(MP_QSTR_call), MP_ROM_PTR(&host_call_obj) },
};
static MP_DEFINE_CONST_DICT(host_module_globals, host_module_globals_table);

const mp_obj_module_t mps_module_host = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&host_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__host, mps_module_host);

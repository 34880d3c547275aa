// hashlib: sha256, sha1 and md5 with CPython's interface (update, digest, hexdigest, copy,
// name, digest_size, block_size, hashlib.new). digest() works on a copy of the state, so a hash
// can be read and then updated further, as in CPython. SHA-256 is MicroPython's
// lib/crypto-algorithms; SHA-1 (FIPS 180-4) and MD5 (RFC 1321) are written here from their
// specifications. Replaces MicroPython's own hashlib (MICROPY_PY_HASHLIB is off).

#include <math.h>
#include <string.h>

#include "py/runtime.h"
#include "lib/crypto-algorithms/sha256.c"

// ---- SHA-1 and MD5: 64-byte blocks, a 64-bit length ----

typedef struct {
    uint32_t h[5];
    uint64_t length; // bytes
    uint8_t block[64];
    size_t used;
} md_ctx_t;

static uint32_t rol(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

static void sha1_block(md_ctx_t *c, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3], e = c->h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & cc) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ cc ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & cc) | (b & d) | (cc & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ cc ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = cc;
        cc = rol(b, 30);
        b = a;
        a = t;
    }
    c->h[0] += a;
    c->h[1] += b;
    c->h[2] += cc;
    c->h[3] += d;
    c->h[4] += e;
}

static uint32_t md5_k[64];

static void md5_block(md_ctx_t *c, const uint8_t *p) {
    static const uint8_t shifts[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };
    if (md5_k[0] == 0) {
        for (int i = 0; i < 64; i++) {
            md5_k[i] = (uint32_t)floor(fabs(sin((double)(i + 1))) * 4294967296.0);
        }
    }
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    }
    uint32_t a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & cc) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & cc);
            g = (5 * i + 1) % 16;
        } else if (i < 48) {
            f = b ^ cc ^ d;
            g = (3 * i + 5) % 16;
        } else {
            f = cc ^ (b | ~d);
            g = (7 * i) % 16;
        }
        uint32_t t = d;
        d = cc;
        cc = b;
        b = b + rol(a + f + md5_k[i] + m[g], shifts[(i / 16) * 4 + i % 4]);
        a = t;
    }
    c->h[0] += a;
    c->h[1] += b;
    c->h[2] += cc;
    c->h[3] += d;
}

static void md_update(md_ctx_t *c, const uint8_t *p, size_t n, void (*block)(md_ctx_t *, const uint8_t *)) {
    c->length += n;
    while (n > 0) {
        size_t take = 64 - c->used < n ? 64 - c->used : n;
        memcpy(c->block + c->used, p, take);
        c->used += take;
        p += take;
        n -= take;
        if (c->used == 64) {
            block(c, c->block);
            c->used = 0;
        }
    }
}

static void md_final(md_ctx_t *c, bool big_endian, void (*block)(md_ctx_t *, const uint8_t *)) {
    uint64_t bits = c->length * 8;
    uint8_t pad[72] = { 0x80 };
    size_t pad_len = (c->used < 56 ? 56 : 120) - c->used;
    for (int i = 0; i < 8; i++) {
        pad[pad_len + i] = big_endian ? (uint8_t)(bits >> (56 - 8 * i)) : (uint8_t)(bits >> (8 * i));
    }
    md_update(c, pad, pad_len + 8, block);
}

// ---- the algorithms behind one interface ----

typedef union {
    CRYAL_SHA256_CTX sha256;
    md_ctx_t md;
} hash_ctx_t;

typedef struct {
    qstr name;
    uint8_t digest_size;
    void (*init)(hash_ctx_t *);
    void (*update)(hash_ctx_t *, const uint8_t *, size_t);
    void (*final)(hash_ctx_t *, uint8_t *);
} hash_algo_t;

static void sha256_init_c(hash_ctx_t *c) {
    sha256_init(&c->sha256);
}
static void sha256_update_c(hash_ctx_t *c, const uint8_t *p, size_t n) {
    sha256_update(&c->sha256, p, n);
}
static void sha256_final_c(hash_ctx_t *c, uint8_t *out) {
    sha256_final(&c->sha256, out);
}

static void sha1_init_c(hash_ctx_t *c) {
    static const uint32_t iv[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
    memset(&c->md, 0, sizeof(c->md));
    memcpy(c->md.h, iv, sizeof(iv));
}
static void sha1_update_c(hash_ctx_t *c, const uint8_t *p, size_t n) {
    md_update(&c->md, p, n, sha1_block);
}
static void sha1_final_c(hash_ctx_t *c, uint8_t *out) {
    md_final(&c->md, true, sha1_block);
    for (int i = 0; i < 20; i++) {
        out[i] = (uint8_t)(c->md.h[i / 4] >> (24 - 8 * (i % 4)));
    }
}

static void md5_init_c(hash_ctx_t *c) {
    static const uint32_t iv[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
    memset(&c->md, 0, sizeof(c->md));
    memcpy(c->md.h, iv, sizeof(iv));
}
static void md5_update_c(hash_ctx_t *c, const uint8_t *p, size_t n) {
    md_update(&c->md, p, n, md5_block);
}
static void md5_final_c(hash_ctx_t *c, uint8_t *out) {
    md_final(&c->md, false, md5_block);
    for (int i = 0; i < 16; i++) {
        out[i] = (uint8_t)(c->md.h[i / 4] >> (8 * (i % 4)));
    }
}

static const hash_algo_t algo_sha256 = { MP_QSTR_sha256, 32, sha256_init_c, sha256_update_c, sha256_final_c };
static const hash_algo_t algo_sha1 = { MP_QSTR_sha1, 20, sha1_init_c, sha1_update_c, sha1_final_c };
static const hash_algo_t algo_md5 = { MP_QSTR_md5, 16, md5_init_c, md5_update_c, md5_final_c };

// ---- the hash object ----

typedef struct {
    mp_obj_base_t base;
    const hash_algo_t *algo;
    hash_ctx_t ctx;
} hash_obj_t;

static const mp_obj_type_t hash_type;

static mp_obj_t hash_update(mp_obj_t self_in, mp_obj_t data) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t buf;
    if (mp_obj_is_str(data)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Strings must be encoded before hashing"));
    }
    mp_get_buffer_raise(data, &buf, MP_BUFFER_READ);
    // 64 bytes per unit of work (work metering, see MICROPY_WORK_HOOK)
    MICROPY_WORK_HOOK(buf.len >> 6);
    self->algo->update(&self->ctx, buf.buf, buf.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(hash_update_obj, hash_update);

static mp_obj_t hash_new(const hash_algo_t *algo, size_t n_args, const mp_obj_t *args) {
    hash_obj_t *o = mp_obj_malloc(hash_obj_t, &hash_type);
    o->algo = algo;
    algo->init(&o->ctx);
    if (n_args > 0 && args[0] != mp_const_none) {
        hash_update(MP_OBJ_FROM_PTR(o), args[0]);
    }
    return MP_OBJ_FROM_PTR(o);
}

static void hash_finish(hash_obj_t *self, uint8_t *out) {
    hash_ctx_t copy = self->ctx;
    self->algo->final(&copy, out);
}

static mp_obj_t hash_digest(mp_obj_t self_in) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    uint8_t out[32];
    hash_finish(self, out);
    return mp_obj_new_bytes(out, self->algo->digest_size);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hash_digest_obj, hash_digest);

static mp_obj_t hash_hexdigest(mp_obj_t self_in) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    uint8_t out[32];
    char hex[64];
    hash_finish(self, out);
    for (int i = 0; i < self->algo->digest_size; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return mp_obj_new_str(hex, 2 * self->algo->digest_size);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hash_hexdigest_obj, hash_hexdigest);

static mp_obj_t hash_copy(mp_obj_t self_in) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    hash_obj_t *o = mp_obj_malloc(hash_obj_t, &hash_type);
    o->algo = self->algo;
    o->ctx = self->ctx;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hash_copy_obj, hash_copy);

static void hash_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_name) {
        dest[0] = MP_OBJ_NEW_QSTR(self->algo->name);
    } else if (attr == MP_QSTR_digest_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->algo->digest_size);
    } else if (attr == MP_QSTR_block_size) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(64);
    } else if (attr == MP_QSTR_update || attr == MP_QSTR_digest || attr == MP_QSTR_hexdigest || attr == MP_QSTR_copy) {
        dest[0] = MP_OBJ_FROM_PTR(attr == MP_QSTR_update ? &hash_update_obj : attr == MP_QSTR_digest ? &hash_digest_obj
            : attr == MP_QSTR_hexdigest ? &hash_hexdigest_obj : &hash_copy_obj);
        dest[1] = self_in;
    }
}

static void hash_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%q _hashlib.HASH object @ %p>", self->algo->name, self_in);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    hash_type,
    MP_QSTR_HASH,
    MP_TYPE_FLAG_NONE,
    print, hash_print,
    attr, hash_attr
    );

// constructors: sha256(data=b'', *, usedforsecurity=True)
static const hash_algo_t *algo_by_name(mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    if (q == MP_QSTR_sha256 || q == MP_QSTR_SHA256) {
        return &algo_sha256;
    } else if (q == MP_QSTR_sha1 || q == MP_QSTR_SHA1) {
        return &algo_sha1;
    } else if (q == MP_QSTR_md5 || q == MP_QSTR_MD5) {
        return &algo_md5;
    }
    mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("unsupported hash type %s"), mp_obj_str_get_str(name));
}

static mp_obj_t hashlib_sha256(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    (void)kw;
    return hash_new(&algo_sha256, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_sha256_obj, 0, hashlib_sha256);

static mp_obj_t hashlib_sha1(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    (void)kw;
    return hash_new(&algo_sha1, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_sha1_obj, 0, hashlib_sha1);

static mp_obj_t hashlib_md5(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    (void)kw;
    return hash_new(&algo_md5, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_md5_obj, 0, hashlib_md5);

static mp_obj_t hashlib_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    (void)kw;
    return hash_new(algo_by_name(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_new_obj, 1, hashlib_new);

static const mp_rom_obj_tuple_t hashlib_algorithms_obj = {
    {&mp_type_tuple}, 3, { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_QSTR(MP_QSTR_sha256) }
};

static const mp_rom_map_elem_t hashlib_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_hashlib) },
    { MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&hashlib_sha256_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&hashlib_sha1_obj) },
    { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&hashlib_md5_obj) },
    { MP_ROM_QSTR(MP_QSTR_new), MP_ROM_PTR(&hashlib_new_obj) },
    { MP_ROM_QSTR(MP_QSTR_algorithms_available), MP_ROM_PTR(&hashlib_algorithms_obj) },
    { MP_ROM_QSTR(MP_QSTR_algorithms_guaranteed), MP_ROM_PTR(&hashlib_algorithms_obj) },
};
static MP_DEFINE_CONST_DICT(hashlib_globals, hashlib_globals_table);

const mp_obj_module_t mps_hashlib_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&hashlib_globals,
};

MP_REGISTER_MODULE(MP_QSTR_hashlib, mps_hashlib_module);

// str.encode and bytes.decode with CPython's codecs and error handlers: utf-8, latin-1
// (iso-8859-1) and ascii; errors='strict' (UnicodeEncodeError / UnicodeDecodeError with CPython's
// text), 'ignore' and 'replace'. Listed in the str/bytes method tables by patch 0046.

#include <string.h>

#include "py/runtime.h"
#include "py/unicode.h"

enum { CODEC_UTF8, CODEC_LATIN1, CODEC_ASCII };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE };

static int codec_of(mp_obj_t name_in, const char **display) {
    size_t len;
    const char *name = mp_obj_str_get_data(name_in, &len);
    char norm[16];
    if (len >= sizeof(norm)) {
        goto unknown;
    }
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        norm[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    norm[len] = '\0';
    if (!strcmp(norm, "utf-8") || !strcmp(norm, "utf8")) {
        *display = "utf-8";
        return CODEC_UTF8;
    }
    if (!strcmp(norm, "latin-1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso-8859-1") || !strcmp(norm, "iso8859-1") || !strcmp(norm, "l1")) {
        *display = "latin-1";
        return CODEC_LATIN1;
    }
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us-ascii")) {
        *display = "ascii";
        return CODEC_ASCII;
    }
unknown:
    mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown encoding: %s"), mp_obj_str_get_str(name_in));
}

static int errors_of(mp_obj_t name_in) {
    qstr q = mp_obj_str_get_qstr(name_in);
    if (q == MP_QSTR_strict) {
        return ERR_STRICT;
    } else if (q == MP_QSTR_ignore) {
        return ERR_IGNORE;
    } else if (q == MP_QSTR_replace) {
        return ERR_REPLACE;
    }
    mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown error handler name '%s'"), mp_obj_str_get_str(name_in));
}

static void parse_args(size_t n_args, const mp_obj_t *args, mp_map_t *kw, int *codec, const char **display, int *errors) {
    enum { ARG_encoding, ARG_errors };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_encoding, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_utf_hyphen_8)} },
        { MP_QSTR_errors, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_strict)} },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all(n_args - 1, args + 1, kw, 2, allowed, vals);
    *codec = codec_of(vals[ARG_encoding].u_obj, display);
    *errors = errors_of(vals[ARG_errors].u_obj);
}

static mp_obj_t str_encode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    int codec, errors;
    const char *display;
    parse_args(n_args, args, kw, &codec, &display, &errors);
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(args[0], &len);
    if (codec == CODEC_UTF8) {
        return mp_obj_new_bytes(s, len);
    }
    unichar limit = codec == CODEC_LATIN1 ? 0xff : 0x7f;
    vstr_t vstr;
    vstr_init(&vstr, len);
    size_t pos = 0;
    for (const byte *top = s + len; s < top; s = utf8_next_char(s), pos++) {
        unichar c = utf8_get_char(s);
        if (c <= limit) {
            vstr_add_byte(&vstr, c);
        } else if (errors == ERR_REPLACE) {
            vstr_add_byte(&vstr, '?');
        } else if (errors == ERR_STRICT) {
            const char *fmt = c < 0x100 ? "'%s' codec can't encode character '\\x%02x' in position %u: ordinal not in range(%u)"
                : c < 0x10000 ? "'%s' codec can't encode character '\\u%04x' in position %u: ordinal not in range(%u)"
                : "'%s' codec can't encode character '\\U%08x' in position %u: ordinal not in range(%u)";
            mp_raise_msg_varg(&mp_type_UnicodeEncodeError, (mp_rom_error_text_t)fmt, display, (unsigned)c, (unsigned)pos, (unsigned)limit + 1);
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mps_str_encode_obj, 1, str_encode);

static MP_NORETURN void decode_error(const char *codec, const byte *data, size_t pos, const char *reason) {
    mp_raise_msg_varg(&mp_type_UnicodeDecodeError, MP_ERROR_TEXT("'%s' codec can't decode byte 0x%02x in position %u: %s"),
        codec, data[pos], (unsigned)pos, reason);
}

static mp_obj_t bytes_decode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    int codec, errors;
    const char *display;
    parse_args(n_args, args, kw, &codec, &display, &errors);
    mp_buffer_info_t buf;
    mp_get_buffer_raise(args[0], &buf, MP_BUFFER_READ);
    const byte *d = buf.buf;
    size_t len = buf.len;
    MICROPY_WORK_HOOK(len >> 8);
    vstr_t vstr;
    vstr_init(&vstr, len);
    for (size_t i = 0; i < len;) {
        byte b = d[i];
        if (b < 0x80) {
            vstr_add_byte(&vstr, b);
            i++;
            continue;
        }
        if (codec == CODEC_LATIN1) {
            vstr_add_char(&vstr, b);
            i++;
            continue;
        }
        const char *reason = "ordinal not in range(128)";
        size_t n = 0;
        if (codec == CODEC_UTF8) {
            reason = "invalid start byte";
            unichar min = 0;
            if (b >= 0xc2 && b <= 0xdf) {
                n = 2;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                n = 3;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                n = 4;
                min = 0x10000;
            }
            if (n > 0) {
                unichar c = b & (0xff >> (n + 1));
                size_t k = 1;
                for (; k < n && i + k < len && (d[i + k] & 0xc0) == 0x80; k++) {
                    c = (c << 6) | (d[i + k] & 0x3f);
                }
                if (k == n && c >= min && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff)) {
                    vstr_add_strn(&vstr, (const char *)d + i, n);
                    i += n;
                    continue;
                }
                reason = i + k >= len ? "unexpected end of data" : "invalid continuation byte";
                n = k; // the bytes CPython replaces as one
            }
        }
        if (errors == ERR_STRICT) {
            decode_error(display, d, i, reason);
        }
        if (errors == ERR_REPLACE) {
            vstr_add_char(&vstr, 0xfffd);
        }
        i += n > 0 ? n : 1;
    }
    return mp_obj_new_str_from_utf8_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mps_bytes_decode_obj, 1, bytes_decode);

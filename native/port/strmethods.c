// str (and bytes) methods CPython has and MicroPython lacks: case mapping (title, swapcase,
// casefold, capitalize), the is* family, padding (zfill, ljust, rjust), removeprefix/removesuffix,
// expandtabs, translate/maketrans and format_map. Listed in the str method table by patch
// 0043-str-methods. Case mapping is ASCII's, as MicroPython's upper() and lower().

#include <string.h>

#include "py/objstr.h"
#include "py/runtime.h"
#include "py/unicode.h"

static mp_obj_t new_like(mp_obj_t self, vstr_t *vstr) {
    return mp_obj_is_str(self) ? mp_obj_new_str_from_vstr(vstr) : mp_obj_new_bytes_from_vstr(vstr);
}

static bool is_cased_upper(byte c) {
    return c >= 'A' && c <= 'Z';
}

static bool is_cased_lower(byte c) {
    return c >= 'a' && c <= 'z';
}

static bool is_cased(byte c) {
    return is_cased_upper(c) || is_cased_lower(c);
}

static mp_obj_t str_title(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    vstr_t vstr;
    vstr_init_len(&vstr, len);
    bool prev_cased = false;
    for (size_t i = 0; i < len; i++) {
        byte c = s[i];
        if (is_cased(c)) {
            c = prev_cased ? unichar_tolower(c) : unichar_toupper(c);
            prev_cased = true;
        } else {
            // a non-ASCII character is taken as a letter: 'naïve'.title() is 'Naïve'
            prev_cased = c >= 0x80 && mp_obj_is_str(self);
        }
        vstr.buf[i] = c;
    }
    return new_like(self, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_title_obj, str_title);

static mp_obj_t str_capitalize(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    vstr_t vstr;
    vstr_init_len(&vstr, len);
    for (size_t i = 0; i < len; i++) {
        vstr.buf[i] = i == 0 ? unichar_toupper(s[i]) : unichar_tolower(s[i]);
    }
    return new_like(self, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_capitalize_obj, str_capitalize);

static mp_obj_t str_swapcase(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    vstr_t vstr;
    vstr_init_len(&vstr, len);
    for (size_t i = 0; i < len; i++) {
        byte c = s[i];
        vstr.buf[i] = is_cased_upper(c) ? unichar_tolower(c) : is_cased_lower(c) ? unichar_toupper(c) : c;
    }
    return new_like(self, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_swapcase_obj, str_swapcase);

static mp_obj_t str_casefold(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    vstr_t vstr;
    vstr_init(&vstr, len);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == 0xc3 && i + 1 < len && s[i + 1] == 0x9f) {
            vstr_add_strn(&vstr, "ss", 2); // sharp s
            i++;
        } else {
            vstr_add_byte(&vstr, unichar_tolower(s[i]));
        }
    }
    return new_like(self, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_casefold_obj, str_casefold);

static mp_obj_t str_istitle(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < len; i++) {
        byte c = s[i];
        if (is_cased_upper(c)) {
            if (prev_cased) {
                return mp_const_false;
            }
            prev_cased = any = true;
        } else if (is_cased_lower(c)) {
            if (!prev_cased) {
                return mp_const_false;
            }
            any = true;
        } else {
            prev_cased = false;
        }
    }
    return mp_obj_new_bool(any);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_istitle_obj, str_istitle);

enum { IS_ALNUM, IS_DECIMAL, IS_ASCII, IS_PRINTABLE };

static mp_obj_t str_is(mp_obj_t self, int kind) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    if (len == 0) {
        return mp_obj_new_bool(kind == IS_ASCII || kind == IS_PRINTABLE);
    }
    for (size_t i = 0; i < len; i++) {
        byte c = s[i];
        bool ok;
        switch (kind) {
            case IS_ALNUM:
                ok = unichar_isalpha(c) || unichar_isdigit(c) || c >= 0x80;
                break;
            case IS_DECIMAL:
                ok = unichar_isdigit(c);
                break;
            case IS_ASCII:
                ok = c < 0x80;
                break;
            default:
                ok = c >= 0x20 && c != 0x7f;
                break;
        }
        if (!ok) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}

static mp_obj_t str_isalnum(mp_obj_t self) {
    return str_is(self, IS_ALNUM);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_isalnum_obj, str_isalnum);

static mp_obj_t str_isdecimal(mp_obj_t self) {
    return str_is(self, IS_DECIMAL);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_isdecimal_obj, str_isdecimal);

static mp_obj_t str_isnumeric(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    if (len == 0) {
        return mp_const_false;
    }
    for (const byte *top = s + len; s < top; s = utf8_next_char(s)) {
        unichar c = utf8_get_char(s);
        // digits, and the vulgar fractions and superscripts of Latin-1
        if (!(unichar_isdigit(c) || c == 0xb2 || c == 0xb3 || c == 0xb9 || (c >= 0xbc && c <= 0xbe))) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_isnumeric_obj, str_isnumeric);

static mp_obj_t str_isascii(mp_obj_t self) {
    return str_is(self, IS_ASCII);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_isascii_obj, str_isascii);

static mp_obj_t str_isprintable(mp_obj_t self) {
    return str_is(self, IS_PRINTABLE);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_isprintable_obj, str_isprintable);

static mp_obj_t str_isidentifier(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    if (len == 0 || unichar_isdigit(s[0])) {
        return mp_const_false;
    }
    for (size_t i = 0; i < len; i++) {
        if (!(unichar_isalpha(s[i]) || unichar_isdigit(s[i]) || s[i] == '_' || s[i] >= 0x80)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_str_isidentifier_obj, str_isidentifier);

// ljust/rjust/zfill: width counts characters; fill is one character
static mp_obj_t str_pad(size_t n_args, const mp_obj_t *args, int where) {
    mp_obj_t self = args[0];
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    mp_int_t width = mp_obj_get_int(args[1]);
    size_t fill_len = 1;
    const char *fill = " ";
    if (where == 0) {
        fill = "0";
    } else if (n_args > 2) {
        fill = mp_obj_str_get_data(args[2], &fill_len);
        if (fill_len == 0 || (mp_obj_is_str(args[2]) && utf8_charlen((const byte *)fill, fill_len) != 1)
            || (!mp_obj_is_str(args[2]) && fill_len != 1)) {
            mp_raise_TypeError(MP_ERROR_TEXT("The fill character must be exactly one character long"));
        }
    }
    size_t chars = mp_obj_is_str(self) ? utf8_charlen(s, len) : len;
    if (width <= (mp_int_t)chars) {
        return self;
    }
    size_t pad = width - chars;
    MICROPY_WORK_HOOK(pad / 256);
    vstr_t vstr;
    vstr_init(&vstr, len + pad * fill_len);
    size_t start = 0;
    if (where == 0 && len > 0 && (s[0] == '+' || s[0] == '-')) {
        vstr_add_byte(&vstr, s[0]);
        start = 1;
    }
    if (where == 1) {
        vstr_add_strn(&vstr, (const char *)s, len);
    }
    size_t right = 0;
    if (where == 3) {
        // CPython's split of the padding
        size_t left = pad / 2 + (pad & width & 1);
        right = pad - left;
        pad = left;
    }
    for (size_t i = 0; i < pad; i++) {
        vstr_add_strn(&vstr, fill, fill_len);
    }
    if (where != 1) {
        vstr_add_strn(&vstr, (const char *)s + start, len - start);
    }
    for (size_t i = 0; i < right; i++) {
        vstr_add_strn(&vstr, fill, fill_len);
    }
    return new_like(self, &vstr);
}

static mp_obj_t str_zfill(mp_obj_t self, mp_obj_t width) {
    mp_obj_t args[2] = { self, width };
    return str_pad(2, args, 0);
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_str_zfill_obj, str_zfill);

static mp_obj_t str_ljust(size_t n_args, const mp_obj_t *args) {
    return str_pad(n_args, args, 1);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mps_str_ljust_obj, 2, 3, str_ljust);

static mp_obj_t str_rjust(size_t n_args, const mp_obj_t *args) {
    return str_pad(n_args, args, 2);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mps_str_rjust_obj, 2, 3, str_rjust);

static mp_obj_t str_center(size_t n_args, const mp_obj_t *args) {
    return str_pad(n_args, args, 3);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mps_str_center_obj, 2, 3, str_center);

static mp_obj_t str_remove_affix(mp_obj_t self, mp_obj_t affix_in, bool prefix) {
    size_t len, alen;
    const char *s = mp_obj_str_get_data(self, &len);
    if (mp_obj_get_type(affix_in) != mp_obj_get_type(self)) {
        mp_raise_TypeError(MP_ERROR_TEXT("argument must be of the same type"));
    }
    const char *affix = mp_obj_str_get_data(affix_in, &alen);
    if (alen == 0 || alen > len) {
        return self;
    }
    if (prefix && memcmp(s, affix, alen) == 0) {
        return mp_obj_new_str_of_type(mp_obj_get_type(self), (const byte *)s + alen, len - alen);
    }
    if (!prefix && memcmp(s + len - alen, affix, alen) == 0) {
        return mp_obj_new_str_of_type(mp_obj_get_type(self), (const byte *)s, len - alen);
    }
    return self;
}

static mp_obj_t str_removeprefix(mp_obj_t self, mp_obj_t affix) {
    return str_remove_affix(self, affix, true);
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_str_removeprefix_obj, str_removeprefix);

static mp_obj_t str_removesuffix(mp_obj_t self, mp_obj_t affix) {
    return str_remove_affix(self, affix, false);
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_str_removesuffix_obj, str_removesuffix);

static mp_obj_t str_expandtabs(size_t n_args, const mp_obj_t *args) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(args[0], &len);
    mp_int_t tabsize = n_args > 1 ? mp_obj_get_int(args[1]) : 8;
    vstr_t vstr;
    vstr_init(&vstr, len);
    size_t col = 0;
    for (size_t i = 0; i < len; i++) {
        byte c = s[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t n = tabsize - col % tabsize;
                MICROPY_WORK_HOOK(n / 256);
                for (size_t k = 0; k < n; k++) {
                    vstr_add_byte(&vstr, ' ');
                }
                col += n;
            }
        } else {
            vstr_add_byte(&vstr, c);
            if (c == '\n' || c == '\r') {
                col = 0;
            } else if ((c & 0xc0) != 0x80) {
                col++;
            }
        }
    }
    return new_like(args[0], &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mps_str_expandtabs_obj, 1, 2, str_expandtabs);

// str.translate(table): table[ord(c)] is a str, an int (code point) or None (delete); a
// LookupError keeps the character
static mp_obj_t str_translate(mp_obj_t self, mp_obj_t table) {
    if (!mp_obj_is_str(self)) {
        mp_raise_NotImplementedError(MP_ERROR_TEXT("bytes.translate"));
    }
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    vstr_t vstr;
    vstr_init(&vstr, len);
    for (const byte *top = s + len; s < top;) {
        const byte *next = utf8_next_char(s);
        unichar c = utf8_get_char(s);
        mp_obj_t repl = MP_OBJ_NULL;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            repl = mp_obj_subscr(table, MP_OBJ_NEW_SMALL_INT(c), MP_OBJ_SENTINEL);
            nlr_pop();
        } else if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type), MP_OBJ_FROM_PTR(&mp_type_LookupError))) {
            nlr_jump(nlr.ret_val);
        }
        if (repl == MP_OBJ_NULL) {
            vstr_add_strn(&vstr, (const char *)s, next - s);
        } else if (repl == mp_const_none) {
            // deleted
        } else if (mp_obj_is_int(repl)) {
            vstr_add_char(&vstr, mp_obj_get_int(repl));
        } else {
            size_t rlen;
            const char *r = mp_obj_str_get_data(repl, &rlen);
            vstr_add_strn(&vstr, r, rlen);
        }
        s = next;
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_str_translate_obj, str_translate);

// str.maketrans(dict) / (from, to) / (from, to, delete)
static mp_obj_t str_maketrans(size_t n_args, const mp_obj_t *args) {
    mp_obj_t table = mp_obj_new_dict(0);
    if (n_args == 1) {
        mp_map_t *map = mp_obj_dict_get_map(args[0]);
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                mp_obj_t key = map->table[i].key;
                if (mp_obj_is_str(key)) {
                    size_t klen;
                    const byte *k = (const byte *)mp_obj_str_get_data(key, &klen);
                    if (utf8_charlen(k, klen) != 1) {
                        mp_raise_ValueError(MP_ERROR_TEXT("string keys in translate table must be of length 1"));
                    }
                    key = MP_OBJ_NEW_SMALL_INT(utf8_get_char(k));
                }
                mp_obj_dict_store(table, key, map->table[i].value);
            }
        }
        return table;
    }
    size_t flen, tlen;
    const byte *f = (const byte *)mp_obj_str_get_data(args[0], &flen);
    const byte *t = (const byte *)mp_obj_str_get_data(args[1], &tlen);
    if (utf8_charlen(f, flen) != utf8_charlen(t, tlen)) {
        mp_raise_ValueError(MP_ERROR_TEXT("the first two maketrans arguments must have equal length"));
    }
    for (const byte *ftop = f + flen; f < ftop; f = utf8_next_char(f), t = utf8_next_char(t)) {
        mp_obj_dict_store(table, MP_OBJ_NEW_SMALL_INT(utf8_get_char(f)), MP_OBJ_NEW_SMALL_INT(utf8_get_char(t)));
    }
    if (n_args > 2) {
        size_t dlen;
        const byte *d = (const byte *)mp_obj_str_get_data(args[2], &dlen);
        for (const byte *dtop = d + dlen; d < dtop; d = utf8_next_char(d)) {
            mp_obj_dict_store(table, MP_OBJ_NEW_SMALL_INT(utf8_get_char(d)), mp_const_none);
        }
    }
    return table;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mps_str_maketrans_fun_obj, 1, 3, str_maketrans);
MP_DEFINE_CONST_STATICMETHOD_OBJ(mps_str_maketrans_obj, MP_ROM_PTR(&mps_str_maketrans_fun_obj));

static mp_obj_t str_format_map(mp_obj_t self, mp_obj_t mapping) {
    if (!mp_obj_is_dict_or_ordereddict(mapping)) {
        mapping = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), mapping);
    }
    return mp_obj_str_format(1, &self, mp_obj_dict_get_map(mapping));
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_str_format_map_obj, str_format_map);

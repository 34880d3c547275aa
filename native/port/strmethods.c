// str (and bytes) methods CPython has and MicroPython lacks: case mapping (title, swapcase,
// casefold, capitalize), the is* family, padding (zfill, ljust, rjust), removeprefix/removesuffix,
// expandtabs, translate/maketrans and format_map. Listed in the str method table by patch
// 0043-str-methods. Case mapping of a str covers ASCII, Latin-1 Supplement, Latin Extended-A and
// Additional, Greek and Cyrillic (simple 1:1 mappings from a few ranges, plus 'ß' -> 'SS', final
// sigma); upper(), lower(), isalpha(), isupper() and islower() of a non-ASCII str come here too
// (patch 0097-unicode-case). bytes stay ASCII.

#include <string.h>

#include "py/objstr.h"
#include "py/runtime.h"
#include "py/unicode.h"

static mp_obj_t new_like(mp_obj_t self, vstr_t *vstr) {
    if (mp_obj_is_type(self, &mp_type_bytearray)) {
        mp_obj_t result = mp_obj_new_bytearray(vstr->len, vstr->buf);
        vstr_clear(vstr);
        return result;
    }
    return mp_obj_is_str(self) ? mp_obj_new_str_from_vstr(vstr) : mp_obj_new_bytes_from_vstr(vstr);
}

// The bytes of a str, bytes or bytearray (these methods are shared by all three).
static const char *data_of(mp_obj_t o, size_t *len) {
    if (mp_obj_is_str_or_bytes(o)) {
        return mp_obj_str_get_data(o, len);
    }
    mp_buffer_info_t info;
    mp_get_buffer_raise(o, &info, MP_BUFFER_READ);
    *len = info.len;
    return info.buf;
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

// ---- letters beyond ASCII ----

enum { UC_OTHER = 0, UC_UPPER = 1, UC_LOWER = 2, UC_ALPHA = 3 }; // UC_ALPHA: a letter without case

// Ranges of case pairs (upper, lower) = (c, c + 1) where the upper one has the given parity.
typedef struct {
    uint16_t lo, hi;
    uint8_t upper_parity;
} case_pairs_t;

static const case_pairs_t case_pairs[] = {
    {0x0100, 0x012F, 0}, {0x0132, 0x0137, 0}, {0x0139, 0x0148, 1}, {0x014A, 0x0177, 0},
    {0x0179, 0x017E, 1}, {0x0370, 0x0373, 0}, {0x0376, 0x0377, 0}, {0x03D8, 0x03EF, 0},
    {0x03F7, 0x03F8, 1}, {0x03FA, 0x03FB, 0}, {0x0460, 0x0481, 0}, {0x048A, 0x04BF, 0},
    {0x04C1, 0x04CE, 1}, {0x04D0, 0x04FF, 0}, {0x1E00, 0x1E95, 0}, {0x1EA0, 0x1EFF, 0},
};

// Letters without case (or whose case is not mapped here)
static const uint16_t uncased_letters[][2] = {
    {0x0180, 0x024F}, {0x0250, 0x02AF}, {0x05D0, 0x05EA}, {0x0620, 0x064A}, {0x0671, 0x06D3},
    {0x0904, 0x0939}, {0x0E01, 0x0E30}, {0x3041, 0x3096}, {0x30A1, 0x30FA}, {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3},
};

static const case_pairs_t *find_pair(unichar c) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(case_pairs); i++) {
        if (c >= case_pairs[i].lo && c <= case_pairs[i].hi) {
            return &case_pairs[i];
        }
    }
    return NULL;
}

static int uni_kind(unichar c) {
    if (c < 0x80) {
        return unichar_isupper(c) ? UC_UPPER : unichar_islower(c) ? UC_LOWER : unichar_isalpha(c) ? UC_ALPHA : UC_OTHER;
    }
    if (c < 0x100) {
        if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
            return UC_UPPER;
        }
        if ((c >= 0xDF && c != 0xF7) || c == 0xAA || c == 0xB5 || c == 0xBA) {
            return UC_LOWER;
        }
        return UC_OTHER;
    }
    if (c == 0x130) {
        return UC_UPPER;
    }
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) {
        return UC_LOWER;
    }
    if (c == 0x178) {
        return UC_UPPER;
    }
    const case_pairs_t *p = find_pair(c);
    if (p != NULL) {
        return (c & 1) == p->upper_parity ? UC_UPPER : UC_LOWER;
    }
    if (c >= 0x370 && c <= 0x3FF) {
        if (c == 0x386 || (c >= 0x388 && c <= 0x38F && c != 0x38B && c != 0x38D) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
            || c == 0x37F || c == 0x3CF || (c >= 0x3D2 && c <= 0x3D4) || c == 0x3F4 || c == 0x3F9 || c >= 0x3FD) {
            return UC_UPPER;
        }
        if ((c >= 0x37B && c <= 0x37D) || c == 0x390 || (c >= 0x3AC && c <= 0x3CE) || (c >= 0x3D0 && c <= 0x3D7)
            || (c >= 0x3F0 && c <= 0x3F5 && c != 0x3F4) || c == 0x3FC) {
            return UC_LOWER;
        }
        return c == 0x37A ? UC_LOWER : UC_OTHER;
    }
    if (c >= 0x400 && c <= 0x4FF) {
        if (c <= 0x42F || c == 0x4C0) {
            return UC_UPPER;
        }
        if (c <= 0x45F || c == 0x4CF) {
            return UC_LOWER;
        }
        return UC_OTHER; // 0x482..0x489: a sign and combining marks
    }
    if (c >= 0x1E96 && c <= 0x1E9D) {
        return UC_LOWER;
    }
    if (c == 0x1E9E) {
        return UC_UPPER;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(uncased_letters); i++) {
        if (c >= uncased_letters[i][0] && c <= uncased_letters[i][1]) {
            return UC_ALPHA;
        }
    }
    return UC_OTHER;
}

static unichar uni_upper(unichar c) {
    if (c < 0x80) {
        return unichar_toupper(c);
    }
    if (uni_kind(c) != UC_LOWER) {
        return c;
    }
    if (c < 0x100) {
        return c == 0xFF ? 0x178 : c == 0xB5 ? 0x39C : (c == 0xAA || c == 0xBA || c == 0xDF) ? c : c - 0x20;
    }
    switch (c) {
        case 0x131: return 'I';
        case 0x17F: return 'S';
        case 0x3C2: return 0x3A3;
        case 0x3AC: return 0x386;
        case 0x3CC: return 0x38C;
        case 0x3D0: return 0x392;
        case 0x3D1: return 0x398;
        case 0x3D5: return 0x3A6;
        case 0x3D6: return 0x3A0;
        case 0x3D7: return 0x3CF;
        case 0x3F0: return 0x39A;
        case 0x3F1: return 0x3A1;
        case 0x3F2: return 0x3F9;
        case 0x3F3: return 0x37F;
        case 0x3F5: return 0x395;
        case 0x1E9B: return 0x1E60;
    }
    if (find_pair(c) != NULL) {
        return c - 1;
    }
    if (c >= 0x37B && c <= 0x37D) {
        return c + 0x82;
    }
    if (c >= 0x3AD && c <= 0x3AF) {
        return c - 0x25;
    }
    if (c >= 0x3B1 && c <= 0x3CB) {
        return c - 0x20;
    }
    if (c >= 0x3CD && c <= 0x3CE) {
        return c - 0x3F;
    }
    if (c >= 0x430 && c <= 0x44F) {
        return c - 0x20;
    }
    if (c >= 0x450 && c <= 0x45F) {
        return c - 0x50;
    }
    if (c == 0x4CF) {
        return 0x4C0;
    }
    return c;
}

static unichar uni_lower(unichar c) {
    if (c < 0x80) {
        return unichar_tolower(c);
    }
    if (uni_kind(c) != UC_UPPER) {
        return c;
    }
    if (c < 0x100) {
        return c + 0x20;
    }
    switch (c) {
        case 0x178: return 0xFF;
        case 0x386: return 0x3AC;
        case 0x38C: return 0x3CC;
        case 0x37F: return 0x3F3;
        case 0x3CF: return 0x3D7;
        case 0x3F4: return 0x3B8;
        case 0x3F9: return 0x3F2;
        case 0x4C0: return 0x4CF;
        case 0x1E9E: return 0xDF;
    }
    if (find_pair(c) != NULL) {
        return c + 1;
    }
    if (c >= 0x388 && c <= 0x38A) {
        return c + 0x25;
    }
    if (c >= 0x38E && c <= 0x38F) {
        return c + 0x3F;
    }
    if (c >= 0x391 && c <= 0x3AB) {
        return c + 0x20;
    }
    if (c >= 0x3FD && c <= 0x3FF) {
        return c - 0x82;
    }
    if (c >= 0x400 && c <= 0x40F) {
        return c + 0x50;
    }
    if (c >= 0x410 && c <= 0x42F) {
        return c + 0x20;
    }
    return c;
}

static bool uni_cased(unichar c) {
    int k = uni_kind(c);
    return k == UC_UPPER || k == UC_LOWER;
}

static bool has_non_ascii(const byte *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= 0x80) {
            return true;
        }
    }
    return false;
}

// Greek capital sigma lowers to final sigma at the end of a word: after a cased letter and not
// before one (CPython's Final_Sigma, without its case-ignorable characters)
static bool final_sigma(const byte *s, const byte *at, const byte *top) {
    if (at == s) {
        return false;
    }
    const byte *prev = at - 1;
    while (prev > s && UTF8_IS_CONT(*prev)) {
        prev--;
    }
    if (!uni_cased(utf8_get_char(prev))) {
        return false;
    }
    const byte *next = utf8_next_char(at);
    return next >= top || !uni_cased(utf8_get_char(next));
}

enum { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

// The case mapping of a whole str, character by character
static mp_obj_t uni_caseconv(mp_obj_t self, int how) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    const byte *top = s + len;
    MP_SEQ_WORK(len / MP_SEQ_WORK_SCAN_BYTES);
    vstr_t vstr;
    vstr_init(&vstr, len + 2);
    bool prev_cased = false;
    for (const byte *p = s; p < top; p = utf8_next_char(p)) {
        unichar c = utf8_get_char(p);
        int kind = uni_kind(c);
        bool up;
        switch (how) {
            case CASE_UPPER:
                up = true;
                break;
            case CASE_TITLE:
                up = !prev_cased;
                break;
            case CASE_CAPITALIZE:
                up = p == s;
                break;
            case CASE_SWAP:
                up = kind == UC_LOWER;
                break;
            default:
                up = false;
                break;
        }
        prev_cased = kind == UC_UPPER || kind == UC_LOWER;
        if (up) {
            if (c == 0xDF) {
                vstr_add_str(&vstr, how == CASE_UPPER || how == CASE_SWAP ? "SS" : "Ss");
            } else if (c == 0x149) {
                vstr_add_char(&vstr, 0x2BC);
                vstr_add_char(&vstr, 'N');
            } else {
                vstr_add_char(&vstr, uni_upper(c));
            }
        } else if (how == CASE_SWAP && kind != UC_UPPER) {
            vstr_add_char(&vstr, c);
        } else if (c == 0x3A3 && final_sigma(s, p, top) && how != CASE_FOLD) {
            vstr_add_char(&vstr, 0x3C2);
        } else if (c == 0x130) {
            vstr_add_char(&vstr, 'i');
            vstr_add_char(&vstr, 0x307);
        } else if (how == CASE_FOLD && (c == 0xDF || c == 0x1E9E)) {
            vstr_add_str(&vstr, "ss");
        } else if (how == CASE_FOLD && (c == 0x3C2 || c == 0xB5 || c == 0x17F)) {
            vstr_add_char(&vstr, c == 0x3C2 ? 0x3C3 : c == 0xB5 ? 0x3BC : 's');
        } else {
            vstr_add_char(&vstr, uni_lower(c));
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

mp_obj_t mps_str_caseconv(bool upper, mp_obj_t self) {
    return uni_caseconv(self, upper ? CASE_UPPER : CASE_LOWER);
}

// isalpha, isupper, islower of a str with non-ASCII characters
mp_obj_t mps_str_istype(int what, mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    const byte *top = s + len;
    MP_SEQ_WORK(len / MP_SEQ_WORK_SCAN_BYTES);
    bool any_cased = false;
    for (const byte *p = s; p < top; p = utf8_next_char(p)) {
        int kind = uni_kind(utf8_get_char(p));
        if (what == UC_ALPHA) {
            if (kind == UC_OTHER) {
                return mp_const_false;
            }
        } else if (kind == UC_UPPER || kind == UC_LOWER) {
            if (kind != what) {
                return mp_const_false;
            }
            any_cased = true;
        }
    }
    return mp_obj_new_bool(len > 0 && (what == UC_ALPHA || any_cased));
}

static mp_obj_t str_title(mp_obj_t self) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(self, &len);
    if (mp_obj_is_str(self) && has_non_ascii(s, len)) {
        return uni_caseconv(self, CASE_TITLE);
    }
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
    if (mp_obj_is_str(self) && has_non_ascii(s, len)) {
        return uni_caseconv(self, CASE_CAPITALIZE);
    }
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
    if (mp_obj_is_str(self) && has_non_ascii(s, len)) {
        return uni_caseconv(self, CASE_SWAP);
    }
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
    if (mp_obj_is_str(self) && has_non_ascii(s, len)) {
        return uni_caseconv(self, CASE_FOLD);
    }
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
    if (mp_obj_is_str(self) && has_non_ascii(s, len)) {
        // uppercase letters only after uncased ones, lowercase only after cased ones
        bool prev = false, any = false;
        for (const byte *p = s; p < s + len; p = utf8_next_char(p)) {
            int kind = uni_kind(utf8_get_char(p));
            if (kind == UC_UPPER) {
                if (prev) {
                    return mp_const_false;
                }
                prev = any = true;
            } else if (kind == UC_LOWER) {
                if (!prev) {
                    return mp_const_false;
                }
                any = true;
            } else {
                prev = false;
            }
        }
        return mp_obj_new_bool(any);
    }
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
    const byte *s = (const byte *)data_of(self, &len);
    mp_int_t width = mp_obj_get_int(args[1]);
    size_t fill_len = 1;
    const char *fill = " ";
    if (where == 0) {
        fill = "0";
    } else if (n_args > 2) {
        fill = data_of(args[2], &fill_len);
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
    if (mp_obj_is_dict_or_ordereddict(mapping)) {
        return mp_obj_str_format(1, &self, mp_obj_dict_get_map(mapping));
    }
    // Another mapping (a dict subclass with __missing__, a class with __getitem__): each field
    // name of the format ('{name}', '{name.attr}', '{w}' nested in a spec) is looked up in it by
    // subscription, as CPython does, and the values are formatted from a dict.
    mp_obj_t found = mp_obj_new_dict(0);
    size_t len;
    const char *s = mp_obj_str_get_data(self, &len);
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '{') {
            continue;
        }
        if (i + 1 < len && s[i + 1] == '{') {
            i++;
            continue;
        }
        size_t j = i + 1;
        bool digits = true;
        while (j < len && strchr(".[!:{}", s[j]) == NULL) {
            digits &= unichar_isdigit(s[j]);
            j++;
        }
        if (j > i + 1 && !digits) {
            mp_obj_t key = mp_obj_new_str(s + i + 1, j - i - 1);
            if (mp_map_lookup(mp_obj_dict_get_map(found), key, MP_MAP_LOOKUP) == NULL) {
                mp_obj_dict_store(found, key, mp_obj_subscr(mapping, key, MP_OBJ_SENTINEL));
            }
        }
    }
    return mp_obj_str_format(1, &self, mp_obj_dict_get_map(found));
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_str_format_map_obj, str_format_map);

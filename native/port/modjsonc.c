// _jsonc: json.dumps's printer for plain data, in C. native/lib/json calls it first; it prints
// exactly what CPython's json.dumps prints for the same options, or returns None when it cannot
// (an object that is not exactly a dict, list, tuple, str, int, float, bool or None; keys that
// are not all str under sort_keys; a non-finite float when allow_nan is off; nesting deeper than
// MAX_DEPTH, which includes circular structures), and the Python encoder then does the work and
// raises CPython's errors. Before this, json checked "is it plain" in Python, which cost ten
// times the printing itself.
//
// _jsonc.dumps(obj, ensure_ascii, allow_nan, indent, item_separator, key_separator, sort_keys)
//   indent: None (one line) or the str to repeat per level.

#include <math.h>
#include <string.h>

#include "py/objstr.h"
#include "py/runtime.h"
#include "fuel.h"

#define MAX_DEPTH 200

typedef struct {
    vstr_t *out;
    mp_print_t print; // into out, for numbers
    bool ensure_ascii;
    bool allow_nan;
    bool sort_keys;
    const char *indent; // NULL: one line
    size_t indent_len;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
} printer_t;

// Returned (as false) all the way up when the value is not plain data.
static bool print_value(printer_t *p, mp_obj_t o, size_t depth);

static const char hex_digits[] = "0123456789abcdef";

static void add_u_escape(vstr_t *out, uint32_t c) {
    char buf[6] = { '\\', 'u', hex_digits[(c >> 12) & 15], hex_digits[(c >> 8) & 15], hex_digits[(c >> 4) & 15], hex_digits[c & 15] };
    vstr_add_strn(out, buf, 6);
}

static void print_str(printer_t *p, const byte *s, size_t len) {
    vstr_t *out = p->out;
    mps_charge(1 + len / 16);
    vstr_add_byte(out, '"');
    const byte *end = s + len;
    const byte *run = s; // start of bytes copied as they are
    while (s < end) {
        byte c = *s;
        const char *esc = NULL;
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7f) {
            s++;
            continue;
        }
        if (c >= 0x80 && !p->ensure_ascii) {
            s++;
            continue;
        }
        if (c == 0x7f && !p->ensure_ascii) {
            s++;
            continue;
        }
        vstr_add_strn(out, (const char *)run, s - run);
        switch (c) {
            case '"':
                esc = "\\\"";
                break;
            case '\\':
                esc = "\\\\";
                break;
            case '\n':
                esc = "\\n";
                break;
            case '\r':
                esc = "\\r";
                break;
            case '\t':
                esc = "\\t";
                break;
            case '\b':
                esc = "\\b";
                break;
            case '\f':
                esc = "\\f";
                break;
        }
        if (esc != NULL) {
            vstr_add_strn(out, esc, 2);
            s++;
        } else if (c < 0x80) {
            add_u_escape(out, c);
            s++;
        } else {
            // ensure_ascii: decode one UTF-8 sequence (str data is valid UTF-8)
            uint32_t cp;
            size_t n;
            if (c >= 0xf0) {
                cp = c & 0x07;
                n = 3;
            } else if (c >= 0xe0) {
                cp = c & 0x0f;
                n = 2;
            } else {
                cp = c & 0x1f;
                n = 1;
            }
            s++;
            while (n-- > 0 && s < end) {
                cp = (cp << 6) | (*s++ & 0x3f);
            }
            if (cp >= 0x10000) {
                cp -= 0x10000;
                add_u_escape(out, 0xd800 | (cp >> 10));
                add_u_escape(out, 0xdc00 | (cp & 0x3ff));
            } else {
                add_u_escape(out, cp);
            }
        }
        run = s;
    }
    vstr_add_strn(out, (const char *)run, s - run);
    vstr_add_byte(out, '"');
}

static bool print_float(printer_t *p, mp_obj_t o) {
    mp_float_t f = mp_obj_float_get(o);
    if (isnan(f) || isinf(f)) {
        if (!p->allow_nan) {
            return false;
        }
        vstr_add_str(p->out, isnan(f) ? "NaN" : f > 0 ? "Infinity" : "-Infinity");
        return true;
    }
    mp_obj_print_helper(&p->print, o, PRINT_REPR);
    return true;
}

static void newline(printer_t *p, size_t depth) {
    vstr_add_byte(p->out, '\n');
    for (size_t i = 0; i < depth; i++) {
        vstr_add_strn(p->out, p->indent, p->indent_len);
    }
}

// A dict key as CPython writes it: str as is, the other scalars as their JSON text in quotes.
static bool print_key(printer_t *p, mp_obj_t k) {
    if (mp_obj_is_str(k)) {
        GET_STR_DATA_LEN(k, s, len);
        print_str(p, s, len);
        return true;
    }
    if (p->sort_keys) {
        return false; // CPython sorts the original keys; mixed types are the Python path's job
    }
    vstr_t *out = p->out;
    if (k == mp_const_none) {
        vstr_add_str(out, "\"null\"");
    } else if (k == mp_const_true) {
        vstr_add_str(out, "\"true\"");
    } else if (k == mp_const_false) {
        vstr_add_str(out, "\"false\"");
    } else if (mp_obj_is_int(k)) {
        vstr_add_byte(out, '"');
        mp_obj_print_helper(&p->print, k, PRINT_STR);
        vstr_add_byte(out, '"');
    } else if (mp_obj_is_float(k)) {
        vstr_add_byte(out, '"');
        if (!print_float(p, k)) {
            return false;
        }
        vstr_add_byte(out, '"');
    } else {
        return false;
    }
    return true;
}

static bool print_items(printer_t *p, const mp_obj_t *items, size_t n, size_t depth) {
    vstr_add_byte(p->out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_strn(p->out, p->item_sep, p->item_sep_len);
        }
        if (p->indent) {
            newline(p, depth + 1);
        }
        if (!print_value(p, items[i], depth + 1)) {
            return false;
        }
    }
    if (p->indent && n > 0) {
        newline(p, depth);
    }
    vstr_add_byte(p->out, ']');
    return true;
}

static bool print_entry(printer_t *p, mp_obj_t key, mp_obj_t value, size_t depth, bool first) {
    if (!first) {
        vstr_add_strn(p->out, p->item_sep, p->item_sep_len);
    }
    if (p->indent) {
        newline(p, depth + 1);
    }
    if (!print_key(p, key)) {
        return false;
    }
    vstr_add_strn(p->out, p->key_sep, p->key_sep_len);
    return print_value(p, value, depth + 1);
}

static bool print_dict(printer_t *p, mp_obj_t o, size_t depth) {
    mp_map_t *map = mp_obj_dict_get_map(o);
    vstr_add_byte(p->out, '{');
    bool first = true;
    if (p->sort_keys && map->used > 1) {
        mp_obj_t keys = mp_obj_new_list(0, NULL);
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                if (!mp_obj_is_str(map->table[i].key)) {
                    return false;
                }
                mp_obj_list_append(keys, map->table[i].key);
            }
        }
        mp_obj_list_sort(1, &keys, (mp_map_t *)&mp_const_empty_map);
        size_t n;
        mp_obj_t *sorted;
        mp_obj_list_get(keys, &n, &sorted);
        for (size_t i = 0; i < n; i++) {
            mp_map_elem_t *e = mp_map_lookup(map, sorted[i], MP_MAP_LOOKUP);
            if (e == NULL || !print_entry(p, e->key, e->value, depth, first)) {
                return false; // e == NULL: a key's __eq__ changed the dict (not for exact str)
            }
            first = false;
        }
    } else {
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                if (!print_entry(p, map->table[i].key, map->table[i].value, depth, first)) {
                    return false;
                }
                first = false;
            }
        }
    }
    if (p->indent && !first) {
        newline(p, depth);
    }
    vstr_add_byte(p->out, '}');
    return true;
}

static bool print_value(printer_t *p, mp_obj_t o, size_t depth) {
    if (depth > MAX_DEPTH) {
        return false;
    }
    if (mp_obj_is_str(o)) {
        GET_STR_DATA_LEN(o, s, len);
        print_str(p, s, len);
    } else if (mp_obj_is_small_int(o) || mp_obj_is_exact_type(o, &mp_type_int)) {
        mp_obj_print_helper(&p->print, o, PRINT_STR);
    } else if (o == mp_const_none) {
        vstr_add_strn(p->out, "null", 4);
    } else if (o == mp_const_true) {
        vstr_add_strn(p->out, "true", 4);
    } else if (o == mp_const_false) {
        vstr_add_strn(p->out, "false", 5);
    } else if (mp_obj_is_exact_type(o, &mp_type_float)) {
        return print_float(p, o);
    } else if (mp_obj_is_exact_type(o, &mp_type_list) || mp_obj_is_exact_type(o, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(o, &n, &items);
        mps_charge(1 + n / 8);
        return print_items(p, items, n, depth);
    } else if (mp_obj_is_exact_type(o, &mp_type_dict)) {
        mps_charge(1 + mp_obj_dict_get_map(o)->used / 4);
        return print_dict(p, o, depth);
    } else {
        return false;
    }
    return true;
}

static mp_obj_t jsonc_dumps(size_t n_args, const mp_obj_t *args) {
    vstr_t out;
    vstr_init(&out, 64);
    printer_t p = {
        .out = &out,
        .print = { &out, (mp_print_strn_t)vstr_add_strn },
        .ensure_ascii = mp_obj_is_true(args[1]),
        .allow_nan = mp_obj_is_true(args[2]),
        .sort_keys = mp_obj_is_true(args[6]),
    };
    if (args[3] != mp_const_none) {
        p.indent = mp_obj_str_get_data(args[3], &p.indent_len);
    }
    p.item_sep = mp_obj_str_get_data(args[4], &p.item_sep_len);
    p.key_sep = mp_obj_str_get_data(args[5], &p.key_sep_len);
    if (!print_value(&p, args[0], 0)) {
        vstr_clear(&out);
        return mp_const_none;
    }
    return mp_obj_new_str_from_utf8_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(jsonc_dumps_obj, 7, 7, jsonc_dumps);

static const mp_rom_map_elem_t jsonc_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__jsonc) },
    { MP_ROM_QSTR(MP_QSTR_dumps), MP_ROM_PTR(&jsonc_dumps_obj) },
};
static MP_DEFINE_CONST_DICT(jsonc_globals, jsonc_globals_table);

const mp_obj_module_t mps_jsonc_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&jsonc_globals,
};

MP_REGISTER_MODULE(MP_QSTR__jsonc, mps_jsonc_module);

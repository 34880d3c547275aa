// int and float methods CPython has and MicroPython lacks: int.bit_length, int.bit_count,
// int.as_integer_ratio, int.is_integer, float.as_integer_ratio, float.is_integer. Listed in the
// int and float method tables by patch 0045-math.

#include <math.h>

#include "py/runtime.h"
#include "py/objint.h"

static mp_obj_t int_abs(mp_obj_t a) {
    return mp_obj_int_sign(a) < 0 ? mp_unary_op(MP_UNARY_OP_NEGATIVE, a) : a;
}

static mp_obj_t int_bit_length(mp_obj_t self) {
    mp_obj_t n = int_abs(self);
    mp_int_t bits = 0;
    // whole 16-bit steps while big, then the rest
    mp_obj_t step = MP_OBJ_NEW_SMALL_INT(16);
    while (!mp_obj_is_small_int(n) || MP_OBJ_SMALL_INT_VALUE(n) > 0xffff) {
        n = mp_binary_op(MP_BINARY_OP_RSHIFT, n, step);
        bits += 16;
    }
    for (mp_int_t v = MP_OBJ_SMALL_INT_VALUE(n); v > 0; v >>= 1) {
        bits++;
    }
    return MP_OBJ_NEW_SMALL_INT(bits);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_int_bit_length_obj, int_bit_length);

static mp_obj_t int_bit_count(mp_obj_t self) {
    mp_obj_t n = int_abs(self);
    mp_int_t count = 0;
    mp_obj_t mask = MP_OBJ_NEW_SMALL_INT(0xffff), step = MP_OBJ_NEW_SMALL_INT(16);
    while (mp_obj_is_true(n)) {
        mp_uint_t low = MP_OBJ_SMALL_INT_VALUE(mp_binary_op(MP_BINARY_OP_AND, n, mask));
        count += __builtin_popcount((unsigned)low);
        n = mp_binary_op(MP_BINARY_OP_RSHIFT, n, step);
    }
    return MP_OBJ_NEW_SMALL_INT(count);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_int_bit_count_obj, int_bit_count);

static mp_obj_t int_as_integer_ratio(mp_obj_t self) {
    mp_obj_t items[2] = { self, MP_OBJ_NEW_SMALL_INT(1) };
    return mp_obj_new_tuple(2, items);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_int_as_integer_ratio_obj, int_as_integer_ratio);

static mp_obj_t int_is_integer(mp_obj_t self) {
    (void)self;
    return mp_const_true;
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_int_is_integer_obj, int_is_integer);

static mp_obj_t float_as_integer_ratio(mp_obj_t self) {
    mp_float_t x = mp_obj_get_float(self);
    if (isinf(x)) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("cannot convert Infinity to integer ratio"));
    }
    if (isnan(x)) {
        mp_raise_ValueError(MP_ERROR_TEXT("cannot convert NaN to integer ratio"));
    }
    int exp;
    double m = frexp(x, &exp);
    // make the mantissa an integer
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        exp--;
    }
    mp_obj_t num = mp_obj_new_int_from_float(m);
    mp_obj_t den = MP_OBJ_NEW_SMALL_INT(1);
    mp_obj_t shift = MP_OBJ_NEW_SMALL_INT(exp < 0 ? -exp : exp);
    if (exp > 0) {
        num = mp_binary_op(MP_BINARY_OP_LSHIFT, num, shift);
    } else {
        den = mp_binary_op(MP_BINARY_OP_LSHIFT, den, shift);
    }
    mp_obj_t items[2] = { num, den };
    return mp_obj_new_tuple(2, items);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_float_as_integer_ratio_obj, float_as_integer_ratio);

static mp_obj_t float_is_integer(mp_obj_t self) {
    mp_float_t x = mp_obj_get_float(self);
    return mp_obj_new_bool(isfinite(x) && x == MICROPY_FLOAT_C_FUN(floor)(x));
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_float_is_integer_obj, float_is_integer);

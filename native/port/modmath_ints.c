// math functions CPython has and MicroPython lacks: gcd and lcm (any number of arguments),
// comb, perm, isqrt, prod, fsum (exact sum, Shewchuk's partials), dist. Integer functions work
// on big ints through the runtime's operators. Listed in the math module by patch 0045-math.

#include <math.h>

#include "py/runtime.h"
#include "py/objint.h"

static mp_obj_t op(mp_binary_op_t o, mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(o, a, b);
}

static mp_obj_t int_abs(mp_obj_t a) {
    if (!mp_obj_is_int(a)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"), mp_obj_get_type_str(a));
    }
    return mp_obj_int_sign(a) < 0 ? mp_unary_op(MP_UNARY_OP_NEGATIVE, a) : a;
}

static bool is_zero(mp_obj_t a) {
    return !mp_obj_is_true(a);
}

static mp_obj_t gcd2(mp_obj_t a, mp_obj_t b) {
    a = int_abs(a);
    b = int_abs(b);
    while (!is_zero(b)) {
        mp_obj_t t = op(MP_BINARY_OP_MODULO, a, b);
        a = b;
        b = t;
    }
    return a;
}

static mp_obj_t math_gcd(size_t n_args, const mp_obj_t *args) {
    mp_obj_t g = MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        g = gcd2(g, args[i]);
    }
    return g;
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mps_math_gcd_obj, 0, math_gcd);

static mp_obj_t math_lcm(size_t n_args, const mp_obj_t *args) {
    mp_obj_t l = MP_OBJ_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        mp_obj_t a = int_abs(args[i]);
        if (is_zero(a) || is_zero(l)) {
            l = MP_OBJ_NEW_SMALL_INT(0);
            continue;
        }
        l = op(MP_BINARY_OP_MULTIPLY, op(MP_BINARY_OP_FLOOR_DIVIDE, l, gcd2(l, a)), a);
    }
    return l;
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mps_math_lcm_obj, 0, math_lcm);

// what == NULL: isqrt()'s text
static void check_non_negative(mp_obj_t a, const char *what) {
    int_abs(a);
    if (mp_obj_int_sign(a) < 0) {
        if (what == NULL) {
            mp_raise_ValueError(MP_ERROR_TEXT("isqrt() argument must be nonnegative"));
        }
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("%s must be a non-negative integer"), what);
    }
}

// n * (n - 1) * ... * (n - k + 1), divided step by step by 1..k when comb
static mp_obj_t falling(mp_obj_t n, mp_obj_t k, bool divide) {
    mp_obj_t r = MP_OBJ_NEW_SMALL_INT(1);
    mp_int_t kk = mp_obj_get_int(k);
    for (mp_int_t i = 1; i <= kk; i++) {
        r = op(MP_BINARY_OP_MULTIPLY, r, op(MP_BINARY_OP_SUBTRACT, n, MP_OBJ_NEW_SMALL_INT(i - 1)));
        if (divide) {
            r = op(MP_BINARY_OP_FLOOR_DIVIDE, r, MP_OBJ_NEW_SMALL_INT(i));
        }
    }
    return r;
}

static mp_obj_t math_comb(mp_obj_t n, mp_obj_t k) {
    check_non_negative(n, "n");
    check_non_negative(k, "k");
    if (mp_obj_is_true(op(MP_BINARY_OP_MORE, k, n))) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_obj_t other = op(MP_BINARY_OP_SUBTRACT, n, k);
    if (mp_obj_is_true(op(MP_BINARY_OP_LESS, other, k))) {
        k = other;
    }
    return falling(n, k, true);
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_math_comb_obj, math_comb);

static mp_obj_t math_perm(size_t n_args, const mp_obj_t *args) {
    mp_obj_t n = args[0];
    mp_obj_t k = n_args > 1 && args[1] != mp_const_none ? args[1] : n;
    check_non_negative(n, "n");
    check_non_negative(k, "k");
    if (mp_obj_is_true(op(MP_BINARY_OP_MORE, k, n))) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    return falling(n, k, false);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mps_math_perm_obj, 1, 2, math_perm);

static mp_obj_t math_isqrt(mp_obj_t n) {
    check_non_negative(n, NULL);
    if (is_zero(n)) {
        return n;
    }
    // start above the root, then Newton's iteration down to it
    mp_obj_t x;
    mp_float_t f = mp_obj_get_float(n);
    if (isfinite(f)) {
        x = op(MP_BINARY_OP_ADD, mp_obj_new_int_from_float(MICROPY_FLOAT_C_FUN(sqrt)(f)), MP_OBJ_NEW_SMALL_INT(2));
    } else {
        x = n;
    }
    for (;;) {
        mp_obj_t y = op(MP_BINARY_OP_FLOOR_DIVIDE, op(MP_BINARY_OP_ADD, x, op(MP_BINARY_OP_FLOOR_DIVIDE, n, x)), MP_OBJ_NEW_SMALL_INT(2));
        if (!mp_obj_is_true(op(MP_BINARY_OP_LESS, y, x))) {
            return x;
        }
        x = y;
    }
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_math_isqrt_obj, math_isqrt);

static mp_obj_t math_prod(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t r = MP_OBJ_NEW_SMALL_INT(1);
    mp_map_elem_t *start = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(MP_QSTR_start), MP_MAP_LOOKUP);
    if (start != NULL) {
        r = start->value;
    }
    mp_obj_t iter = mp_getiter(args[0], NULL);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        r = op(MP_BINARY_OP_MULTIPLY, r, item);
    }
    return r;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mps_math_prod_obj, 1, math_prod);

// exact floating-point sum: a list of non-overlapping partial sums (Shewchuk)
static mp_obj_t math_fsum(mp_obj_t iterable) {
    size_t n = 0, alloc = 8;
    double *partials = m_new(double, alloc);
    double special = 0;
    bool has_special = false;
    mp_obj_t iter = mp_getiter(iterable, NULL);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        double x = mp_obj_get_float(item);
        if (!isfinite(x)) {
            special = has_special ? special + x : x;
            has_special = true;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        if (i >= alloc) {
            partials = m_renew(double, partials, alloc, alloc * 2);
            alloc *= 2;
        }
        partials[i++] = x;
        n = i;
    }
    if (has_special) {
        m_del(double, partials, alloc);
        return mp_obj_new_float(special);
    }
    // add the partials from the top, rounding once as CPython does
    double hi = 0.0;
    if (n > 0) {
        size_t k = n - 1;
        hi = partials[k];
        double lo = 0;
        while (k > 0) {
            double x = hi;
            double y = partials[--k];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        if (k > 0 && ((lo < 0 && partials[k - 1] < 0) || (lo > 0 && partials[k - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    m_del(double, partials, alloc);
    return mp_obj_new_float(hi);
}
MP_DEFINE_CONST_FUN_OBJ_1(mps_math_fsum_obj, math_fsum);

static mp_obj_t math_dist(mp_obj_t p, mp_obj_t q) {
    size_t np, nq;
    mp_obj_t *ps, *qs;
    mp_obj_get_array(p, &np, &ps);
    mp_obj_get_array(q, &nq, &qs);
    if (np != nq) {
        mp_raise_ValueError(MP_ERROR_TEXT("both points must have the same number of dimensions"));
    }
    // scaled to the largest difference, as hypot does, so squares neither overflow nor vanish
    double big = 0;
    for (size_t i = 0; i < np; i++) {
        double d = fabs(mp_obj_get_float(ps[i]) - mp_obj_get_float(qs[i]));
        big = d > big ? d : big;
    }
    if (big == 0 || !isfinite(big)) {
        return mp_obj_new_float(big);
    }
    double sum = 0;
    for (size_t i = 0; i < np; i++) {
        double d = (mp_obj_get_float(ps[i]) - mp_obj_get_float(qs[i])) / big;
        sum += d * d;
    }
    return mp_obj_new_float(big * sqrt(sum));
}
MP_DEFINE_CONST_FUN_OBJ_2(mps_math_dist_obj, math_dist);

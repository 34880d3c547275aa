# fractions: rational numbers, as CPython's fractions.
import math

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["Fraction"]


def _gcd(a, b):
    a = -a if a < 0 else a
    b = -b if b < 0 else b
    while b:
        a, b = b, a % b
    return a


def _float_ratio(x):
    # the exact (numerator, denominator) of a float
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (float("inf"), float("-inf")):
        raise OverflowError("cannot convert Infinity to integer ratio")
    if x == 0:
        return 0, 1
    m, e = math.frexp(x)
    mant = int(m * 9007199254740992.0)  # 2**53, exact
    e -= 53
    if e >= 0:
        return mant << e, 1
    d = 1 << -e
    g = _gcd(mant, d)
    return mant // g, d // g


def _bit_length(n):
    if n < 0:
        n = -n
    return len(bin(n)) - 2 if n else 0


def _ratio_to_float(n, d):
    # n/d correctly rounded to the nearest float (round half to even), as CPython's int division
    if n == 0:
        return 0.0
    neg = (n < 0) != (d < 0)
    n = -n if n < 0 else n
    d = -d if d < 0 else d
    if n < 9007199254740992 and d < 9007199254740992:
        r = n / d
        return -r if neg else r
    shift = _bit_length(d) - _bit_length(n) + 55
    if shift >= 0:
        q, r = divmod(n << shift, d)
    else:
        q, r = divmod(n, d << -shift)
    extra = _bit_length(q) - 53
    if extra > 0:
        low = q & ((1 << extra) - 1)
        q >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (r or q & 1)):
            q += 1
        shift -= extra
    result = math.ldexp(float(q), -shift)
    return -result if neg else result


def _parse(s):
    # returns (numerator, denominator) of a rational in string form
    text = s.strip().replace("_", "")
    if not text:
        raise ValueError("Invalid literal for Fraction: %r" % s)
    sign = 1
    if text[0] in "+-":
        if text[0] == "-":
            sign = -1
        text = text[1:]
    if "/" in text:
        num, _, den = text.partition("/")
        num = num.rstrip()
        den = den.lstrip()
        if not num.isdigit() or not den.isdigit():
            raise ValueError("Invalid literal for Fraction: %r" % s)
        return sign * int(num), int(den)
    mant, exp = text, 0
    for e in "eE":
        if e in text:
            mant, _, es = text.partition(e)
            esign = 1
            if es[:1] in ("+", "-"):
                if es[0] == "-":
                    esign = -1
                es = es[1:]
            if not es.isdigit():
                raise ValueError("Invalid literal for Fraction: %r" % s)
            exp = esign * int(es)
            break
    intpart, _, frac = mant.partition(_DOT)
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()) or not (intpart or frac):
        raise ValueError("Invalid literal for Fraction: %r" % s)
    num = int(intpart + frac) if (intpart + frac) else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int) and not isinstance(numerator, bool):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, bool):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                self._numerator, self._denominator = _float_ratio(numerator)
                return
            if isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
            elif hasattr(numerator, "numerator") and hasattr(numerator, "denominator"):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            n, d = numerator, denominator
            if isinstance(n, Fraction) or isinstance(d, Fraction):
                n, d = Fraction(n), Fraction(d)
                n, d = n._numerator * d._denominator, d._numerator * n._denominator
            elif not (isinstance(n, int) and isinstance(d, int)):
                if hasattr(n, "numerator") and hasattr(d, "numerator"):
                    n, d = n.numerator * d.denominator, d.numerator * n.denominator
                else:
                    raise TypeError("both arguments should be Rational instances")
            n, d = int(n), int(d)
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        if _normalize:
            g = _gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d

    @classmethod
    def _new(cls, n, d):
        f = object.__new__(cls)
        f._numerator = n
        f._denominator = d
        return f

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls._new(*_float_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        return cls(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._new(p1, q1)
        return Fraction._new(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(float(self), spec)

    # ---- arithmetic ----
    def _coerce(self, other):
        # a Fraction for rationals, a float/complex for others, None if unsupported
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction._new(int(other), 1)
        if isinstance(other, (float, complex)):
            return other
        if hasattr(other, "numerator") and hasattr(other, "denominator"):
            return Fraction(other.numerator, other.denominator)
        return None

    def __add__(a, b):
        b = a._coerce(b)
        if b is None:
            return NotImplemented
        if isinstance(b, Fraction):
            return _add(a, b)
        return float(a) + b

    def __radd__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return _add(a2, b)
        return a2 + float(b)

    def __sub__(a, b):
        b = a._coerce(b)
        if b is None:
            return NotImplemented
        if isinstance(b, Fraction):
            return _add(a, Fraction._new(-b._numerator, b._denominator))
        return float(a) - b

    def __rsub__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return _add(a2, Fraction._new(-b._numerator, b._denominator))
        return a2 - float(b)

    def __mul__(a, b):
        b = a._coerce(b)
        if b is None:
            return NotImplemented
        if isinstance(b, Fraction):
            return _mul(a, b)
        return float(a) * b

    def __rmul__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return _mul(a2, b)
        return a2 * float(b)

    def __truediv__(a, b):
        b = a._coerce(b)
        if b is None:
            return NotImplemented
        if isinstance(b, Fraction):
            return _div(a, b)
        return float(a) / b

    def __rtruediv__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return _div(a2, b)
        return a2 / float(b)

    def __floordiv__(a, b):
        b = a._coerce(b)
        if b is None:
            return NotImplemented
        if isinstance(b, Fraction):
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        return float(a) // b

    def __rfloordiv__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return (a2._numerator * b._denominator) // (a2._denominator * b._numerator)
        return a2 // float(b)

    def __divmod__(a, b):
        b2 = a._coerce(b)
        if b2 is None:
            return NotImplemented
        if isinstance(b2, Fraction):
            da, db = a._denominator, b2._denominator
            div, n_mod = divmod(a._numerator * db, da * b2._numerator)
            return div, Fraction(n_mod, da * db)
        return divmod(float(a), b2)

    def __rdivmod__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return a2.__divmod__(b)
        return divmod(a2, float(b))

    def __mod__(a, b):
        b2 = a._coerce(b)
        if b2 is None:
            return NotImplemented
        if isinstance(b2, Fraction):
            da, db = a._denominator, b2._denominator
            return Fraction((a._numerator * db) % (b2._numerator * da), da * db)
        return float(a) % b2

    def __rmod__(b, a):
        a2 = b._coerce(a)
        if a2 is None:
            return NotImplemented
        if isinstance(a2, Fraction):
            return a2.__mod__(b)
        return a2 % float(b)

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction._new(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction._new(a._denominator ** -power, a._numerator ** -power)
            return Fraction._new((-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        if isinstance(b, Fraction):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction._new(a, 1) ** b
        if isinstance(a, Fraction):
            return a ** b
        return a ** float(b)

    def __pos__(a):
        return Fraction._new(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._new(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._new(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __index__(a):
        return int(a)

    def __float__(a):
        return _ratio_to_float(a._numerator, a._denominator)

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        f = _ratio_to_float(self._numerator, self._denominator)
        try:
            if Fraction.from_float(f) == self:
                return hash(f)
        except (OverflowError, ValueError):
            pass
        return hash((self._numerator, self._denominator))

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if b != b or b in (float("inf"), float("-inf")):
                return False
            return a == Fraction.from_float(b)
        if isinstance(b, complex):
            return b.imag == 0 and a == b.real
        if hasattr(b, "numerator") and hasattr(b, "denominator"):
            return a._numerator == b.numerator and a._denominator == b.denominator
        return NotImplemented

    def __ne__(a, b):
        r = a.__eq__(b)
        return r if r is NotImplemented else not r

    def _richcmp(self, other, op):
        if isinstance(other, Fraction):
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, int):
            return op(self._numerator, self._denominator * other)
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return op(0.0, other)
            return self._richcmp(Fraction.from_float(other), op)
        if hasattr(other, "numerator") and hasattr(other, "denominator"):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _add(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g = _gcd(da, db)
    if g == 1:
        return Fraction._new(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _gcd(t, g)
    if g2 == 1:
        return Fraction._new(t, s * db)
    return Fraction._new(t // g2, s * (db // g2))


def _mul(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = _gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction._new(na * nb, db * da)


def _div(a, b):
    nb, db = b._numerator, b._denominator
    if nb == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * db))
    na, da = a._numerator, a._denominator
    g1 = _gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction._new(n, d)

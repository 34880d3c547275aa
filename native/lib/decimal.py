# decimal: decimal fixed and floating point arithmetic, as CPython's decimal (the General
# Decimal Arithmetic model: contexts with precision, rounding modes, signals and traps).
# Covers construction, the arithmetic operators, comparisons, quantize, sqrt, integral
# rounding, formatting and contexts. exp(), ln(), log10() and non-integral powers go through
# floats and so are not correctly rounded beyond 15 digits.

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
           "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
           "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
           "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"

MAX_PREC = 425000000
MAX_EMAX = 425000000
MIN_EMIN = -425000000
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = False
HAVE_CONTEXTVAR = False


class DecimalException(ArithmeticError):
    pass


def _signal(name, *bases):
    # MicroPython cannot mix two built-in exception lineages in one class: keep the first base
    try:
        return type(name, bases, {"__module__": "decimal"})
    except TypeError:
        return type(name, bases[:1], {"__module__": "decimal"})


Clamped = _signal("Clamped", DecimalException)
InvalidOperation = _signal("InvalidOperation", DecimalException)
ConversionSyntax = _signal("ConversionSyntax", InvalidOperation)
DivisionByZero = _signal("DivisionByZero", DecimalException, ZeroDivisionError)
DivisionImpossible = _signal("DivisionImpossible", InvalidOperation)
DivisionUndefined = _signal("DivisionUndefined", InvalidOperation, ZeroDivisionError)
Inexact = _signal("Inexact", DecimalException)
InvalidContext = _signal("InvalidContext", InvalidOperation)
Rounded = _signal("Rounded", DecimalException)
Subnormal = _signal("Subnormal", DecimalException)
Overflow = _signal("Overflow", Inexact, Rounded)
Underflow = _signal("Underflow", Inexact, Rounded, Subnormal)
FloatOperation = _signal("FloatOperation", DecimalException, TypeError)

_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]


def _DecimalTuple():
    from collections import namedtuple
    return namedtuple("DecimalTuple", "sign digits exponent")


DecimalTuple = None


def _decimal_tuple(sign, digits, exponent):
    global DecimalTuple
    if DecimalTuple is None:
        DecimalTuple = _DecimalTuple()
    return DecimalTuple(sign, digits, exponent)


# ---------------------------------------------------------------- context

class _SignalDict(dict):
    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v) for k, v in self.items()) + "}"


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self._ignored_flags = [] if _ignored_flags is None else _ignored_flags
        if traps is None:
            traps = _copy_dict(dc.traps) if dc else {s: s in (DivisionByZero, Overflow, InvalidOperation) for s in _signals}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _signals}
        self.traps = _SignalDict(traps)
        for s in _signals:
            self.traps.setdefault(s, False)
        if flags is None:
            flags = {s: False for s in _signals}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _signals}
        self.flags = _SignalDict(flags)
        for s in _signals:
            self.flags.setdefault(s, False)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ", ".join(s.__name__ for s in _signals if self.flags.get(s)),
                   ", ".join(s.__name__ for s in _signals if self.traps.get(s))))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       _copy_dict(self.flags), _copy_dict(self.traps), list(self._ignored_flags))

    __copy__ = copy

    def clear_flags(self):
        for f in self.flags:
            self.flags[f] = False

    def clear_traps(self):
        for f in self.traps:
            self.traps[f] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise_error(self, condition, explanation=None, *args):
        # records the signal; raises it when trapped
        if condition in self._ignored_flags:
            return
        self.flags[condition] = True
        for base in (condition,) + _parents(condition):
            if base in self.traps:
                if self.traps[base]:
                    raise condition(explanation or "")
                break

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        if d._special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # context methods mirror the Decimal ones
    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a).__add__(_dec(b), context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(_dec(b), context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(_dec(b), context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(_dec(b), context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(_dec(b), context=self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(_dec(b), context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(_dec(b), context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(_dec(b), context=self)

    def compare(self, a, b):
        return _dec(a).compare(_dec(b), context=self)

    def max(self, a, b):
        return _dec(a).max(_dec(b), context=self)

    def min(self, a, b):
        return _dec(a).min(_dec(b), context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _dec(a).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a).to_eng_string(context=self)

    def is_zero(self, a):
        return _dec(a).is_zero()

    def exp(self, a):
        return _dec(a).exp(context=self)

    def ln(self, a):
        return _dec(a).ln(context=self)

    def log10(self, a):
        return _dec(a).log10(context=self)


def _copy_dict(d):
    # (MicroPython's dict() does not take a dict subclass)
    return {k: v for k, v in d.items()}


def _parents(cls):
    out = []
    todo = list(cls.__bases__)
    while todo:
        c = todo.pop(0)
        if c in out or c is object or not issubclass(c, DecimalException):
            continue
        out.append(c)
        todo.extend(c.__bases__)
    return tuple(out)


def _dec(a):
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return Decimal(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


_current_context = [None]


def getcontext():
    c = _current_context[0]
    if c is None:
        c = _current_context[0] = DefaultContext.copy()
    return c


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    cm = _ContextManager(ctx)
    for k, v in kwargs.items():
        if not hasattr(cm.new_context, k):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(cm.new_context, k, v)
    return cm


# ---------------------------------------------------------------- Decimal

def _ndigits(n):
    return len(str(n)) if n else 1


def _parse_string(s):
    # -> (sign, coefficient, exponent, special) or None
    s = s.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F", True
    if low.startswith("nan") or low.startswith("snan"):
        q = "n" if low.startswith("nan") else "N"
        payload = low[3:] if q == "n" else low[4:]
        if payload and not payload.isdigit():
            return None
        return sign, int(payload) if payload else 0, q, True
    exp = 0
    epos = low.find("e")
    if epos >= 0:
        es = low[epos + 1:]
        s = low[:epos]
        if es[:1] in ("+", "-"):
            if not es[1:].isdigit():
                return None
        elif not es.isdigit():
            return None
        exp = int(es)
    intpart, dot, frac = s.partition(_DOT)
    if not (intpart + frac) or (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    coef = int(intpart + frac)
    exp -= len(frac)
    return sign, coef, exp, False


class Decimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    # _int is the coefficient (a Python int); _exp an int, or 'F' (infinity), 'n' (NaN), 'N' (sNaN)

    def __init__(self, value="0", context=None):
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return
        if isinstance(value, str):
            r = _parse_string(value)
            if r is None:
                if context is None:
                    context = getcontext()
                context._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
                r = (0, 0, "n", True)
            self._sign, self._int, self._exp, self._special = r
            return
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            self._special = False
            return
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps.get(FloatOperation):
                raise FloatOperation("strict semantics for mixing floats and Decimals are enabled")
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("Invalid tuple size in creation of Decimal from list or tuple.  The list or tuple should have exactly three elements.")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("Invalid sign.  The first value in the tuple should be an integer; either 0 for a positive number or 1 for a negative number.")
            coef = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("The second value in the tuple must be composed of integers in the range 0 through 9.")
                coef = coef * 10 + d
            self._sign = sign
            self._int = coef
            if exp in ("F", "n", "N"):
                self._exp = exp
                self._special = True
            else:
                self._exp = exp
                self._special = False
            return
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _new(cls, sign, coef, exp, special=False):
        d = object.__new__(cls)
        d._sign = sign
        d._int = coef
        d._exp = exp
        d._special = special
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("-Infinity" if f < 0 else "Infinity")
        sign = 1 if f < 0 or (f == 0 and str(f).startswith("-")) else 0
        from fractions import _float_ratio
        n, d = _float_ratio(abs(f))
        k = _ndigits(d) and (len(bin(d)) - 3)
        coef = n * 5 ** k
        return cls._new(sign, coef, -k)

    @classmethod
    def from_decimal(cls, d):
        return cls(d)

    # ---- classification ----
    def is_nan(self):
        return self._special and self._exp in ("n", "N")

    def is_qnan(self):
        return self._special and self._exp == "n"

    def is_snan(self):
        return self._special and self._exp == "N"

    def is_infinite(self):
        return self._special and self._exp == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        if self._special and self._exp != "F" and not self._int:
            digits = ()
        if self._special and self._exp == "F":
            digits = (0,)
        return _decimal_tuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        s = "-" if self._sign else "+"
        if self.is_infinite():
            return s + "Infinity"
        if self.is_zero():
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    # ---- text ----
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._exp == "F":
                return sign + "Infinity"
            name = "NaN" if self._exp == "n" else "sNaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = _DOT + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = _DOT + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ("e", "E")[context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        return _format_decimal(self, specifier, context)

    # ---- conversion ----
    def __bool__(self):
        return self._special or self._int != 0

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError("Cannot convert signaling NaN to float")
            s = "-nan" if self.is_nan() and self._sign else "nan" if self.is_nan() else ("-inf" if self._sign else "inf")
            return float(s)
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            exp = Decimal._new(0, 1, -n)
            return self.quantize(exp)
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ---- special values in operations ----
    def _check_nans(self, other=None, context=None):
        # returns a NaN result when an operand is NaN, else None
        a = self.is_nan()
        b = other is not None and other.is_nan()
        if a or b:
            if context is None:
                context = getcontext()
            if self.is_snan():
                context._raise_error(InvalidOperation, "sNaN")
                return Decimal._new(self._sign, self._int, "n", True)
            if other is not None and other.is_snan():
                context._raise_error(InvalidOperation, "sNaN")
                return Decimal._new(other._sign, other._int, "n", True)
            return self if a else other
        return None

    def _fix(self, context):
        # round to the context's precision and check the exponent range
        if self._special:
            return self
        prec = context.prec
        Etiny = context.Etiny()
        Etop = context.Etop()
        coef, exp = self._int, self._exp
        if not coef:
            exp_max = context.Emax if context.clamp == 0 else Etop
            new_exp = min(max(exp, Etiny), exp_max)
            if new_exp != exp:
                context._raise_error(Clamped)
                return Decimal._new(self._sign, 0, new_exp)
            return self
        n = _ndigits(coef)
        exp_min = n + exp - prec
        if exp_min > Etop:
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            context._raise_error(Overflow, "above Emax")
            return _overflow_result(self._sign, context)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if exp < exp_min:
            digits_dropped = exp_min - exp
            coef, inexact = _round_coef(coef, digits_dropped, context.rounding, self._sign)
            exp = exp_min
            if _ndigits(coef) > prec:
                coef //= 10
                exp += 1
            if exp > Etop:
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                context._raise_error(Overflow, "above Emax")
                return _overflow_result(self._sign, context)
            if self_is_subnormal:
                context._raise_error(Subnormal)
                if inexact:
                    context._raise_error(Underflow)
            if inexact:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not coef and self_is_subnormal:
                context._raise_error(Clamped)
            return Decimal._new(self._sign, coef, exp)
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and exp > Etop:
            context._raise_error(Clamped)
            coef = coef * 10 ** (exp - Etop)
            exp = Etop
            return Decimal._new(self._sign, coef, exp)
        return self

    def _rescale(self, exp, rounding):
        # the value with exponent exp (digits dropped with rounding, or zeros added)
        if self._special:
            return self
        if not self._int:
            return Decimal._new(self._sign, 0, exp)
        if self._exp >= exp:
            return Decimal._new(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coef, _ = _round_coef(self._int, exp - self._exp, rounding, self._sign)
        return Decimal._new(self._sign, coef, exp)

    # ---- arithmetic ----
    def _convert_other(self, other, raiseit=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if raiseit:
            raise TypeError("Unable to convert %s to Decimal" % type(other).__name__)
        return NotImplemented

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if not self and not self._special and context.rounding != ROUND_FLOOR:
            return Decimal._new(0, 0, self._exp)._fix(context)
        return Decimal._new(1 - self._sign, self._int, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        r = self._check_nans(context=context)
        if r is not None:
            return r
        if not self and not self._special and context.rounding != ROUND_FLOOR:
            return Decimal._new(0, 0, self._exp)._fix(context)
        return Decimal._new(self._sign, self._int, self._exp, self._special)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def __add__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self._special or other._special:
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    context._raise_error(InvalidOperation, "-INF + INF")
                    return _NaN()
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        a = -a if self._sign else a
        b = -b if other._sign else b
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            if context.rounding == ROUND_FLOOR and self._sign != other._sign:
                sign = 1
            return Decimal._new(sign, 0, exp)._fix(context)
        return Decimal._new(1 if total < 0 else 0, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self._special or other._special:
            if self.is_infinite():
                if not other:
                    context._raise_error(InvalidOperation, "(+-)INF * 0")
                    return _NaN()
                return _Inf(sign)
            if other.is_infinite():
                if not self:
                    context._raise_error(InvalidOperation, "0 * (+-)INF")
                    return _NaN()
                return _Inf(sign)
        return Decimal._new(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self._special or other._special:
            if self.is_infinite() and other.is_infinite():
                context._raise_error(InvalidOperation, "(+-)INF/(+-)INF")
                return _NaN()
            if self.is_infinite():
                return _Inf(sign)
            if other.is_infinite():
                context._raise_error(Clamped, "Division by infinity")
                return Decimal._new(sign, 0, context.Etiny())
        if not other:
            if not self:
                context._raise_error(DivisionUndefined, "0 / 0")
                return _NaN()
            context._raise_error(DivisionByZero, "x / 0")
            return _Inf(sign)
        if not self:
            exp = self._exp - other._exp
            return Decimal._new(sign, 0, exp)._fix(context)
        prec = context.prec
        ideal_exp = self._exp - other._exp
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coef, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coef, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coef % 5 == 0:
                coef += 1
        else:
            while exp < ideal_exp and coef % 10 == 0:
                coef //= 10
                exp += 1
        return Decimal._new(sign, coef, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        # (integer quotient, remainder), both Decimals
        sign = self._sign ^ other._sign
        if other.is_infinite():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other.is_infinite() or expdiff <= -2:
            return (Decimal._new(sign, 0, 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            op1_int, op1_exp = self._int, self._exp
            op2_int, op2_exp = other._int, other._exp
            if op1_exp >= op2_exp:
                op1_int *= 10 ** (op1_exp - op2_exp)
            else:
                op2_int *= 10 ** (op2_exp - op1_exp)
            q, r = divmod(op1_int, op2_int)
            if q < 10 ** context.prec:
                return (Decimal._new(sign, q, 0), Decimal._new(self._sign, r, ideal_exp))
        context._raise_error(DivisionImpossible, "quotient too large in //, % or divmod")
        return _NaN(), _NaN()

    def __divmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return (r, r)
        sign = self._sign ^ other._sign
        if self.is_infinite():
            if other.is_infinite():
                context._raise_error(InvalidOperation, "divmod(INF, INF)")
                return _NaN(), _NaN()
            context._raise_error(InvalidOperation, "INF % x")
            return _Inf(sign), _NaN()
        if not other:
            if not self:
                context._raise_error(DivisionUndefined, "divmod(0, 0)")
                return _NaN(), _NaN()
            context._raise_error(DivisionByZero, "x // 0")
            context._raise_error(InvalidOperation, "x % 0")
            return _Inf(sign), _NaN()
        quotient, remainder = self._divide(other, context)
        return quotient, remainder._fix(context)

    def __rdivmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self.is_infinite():
            context._raise_error(InvalidOperation, "INF % x")
            return _NaN()
        if not other:
            if self:
                context._raise_error(InvalidOperation, "x % 0")
            else:
                context._raise_error(DivisionUndefined, "0 % 0")
            return _NaN()
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if self.is_infinite():
            if other.is_infinite():
                context._raise_error(InvalidOperation, "INF // INF")
                return _NaN()
            return _Inf(self._sign ^ other._sign)
        if not other:
            if self:
                context._raise_error(DivisionByZero, "x // 0")
                return _Inf(self._sign ^ other._sign)
            context._raise_error(DivisionUndefined, "0 // 0")
            return _NaN()
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            other = self._convert_other(other, raiseit=True)
            modulo = self._convert_other(modulo, raiseit=True)
            base = int(self)
            e = int(other)
            m = int(modulo)
            return Decimal(pow(base, e, m) if base >= 0 else -pow(-base, e, m))
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if other._special or self._special:
            if other.is_infinite():
                return _Inf(0) if abs(self) > 1 else Decimal(0)
            if self.is_infinite():
                return _Inf(self._sign if other._int_exponent_odd() else 0) if other._sign == 0 else Decimal(0)
        if not other:
            if not self:
                context._raise_error(InvalidOperation, "0 ** 0")
                return _NaN()
            return Decimal(1)
        if other._is_integer():
            n = int(other)
            if not self:
                if n < 0:
                    context._raise_error(DivisionByZero, "0 ** -n")
                    return _Inf(self._sign if n % 2 else 0)
                return Decimal._new(self._sign if n % 2 else 0, 0, 0)
            sign = self._sign if n % 2 else 0
            if n > 0:
                work = Decimal._new(sign, self._int ** n, self._exp * n)
                return work._fix(context)
            # negative powers: 1 / x**-n with extra precision, then one rounding
            with localcontext(context) as c:
                c.prec = context.prec + 3 + _ndigits(-n)
                c.traps = {s: False for s in _signals}
                denom = Decimal._new(sign, self._int ** -n, self._exp * -n)
                q = Decimal(1).__truediv__(denom, context=c)
            return q._fix(context)
        if self._sign:
            context._raise_error(InvalidOperation, "x ** y with x negative and y not an integer")
            return _NaN()
        import math
        f = math.pow(float(self), float(other))
        return Decimal(repr(f))._fix(context)

    def __rpow__(self, other, modulo=None, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def _int_exponent_odd(self):
        return self._is_integer() and int(self) % 2 == 1

    # ---- comparison ----
    def _cmp(self, other):
        # -1, 0, 1 (NaNs handled by the callers)
        if self._special or other._special:
            a = (1 if self._sign == 0 else -1) * (2 if self.is_infinite() else 0)
            b = (1 if other._sign == 0 else -1) * (2 if other.is_infinite() else 0)
            if self.is_infinite() or other.is_infinite():
                if not self.is_infinite():
                    a = 0
                    return -1 if b > 0 else 1
                if not other.is_infinite():
                    return 1 if a > 0 else -1
                return (a > b) - (a < b)
        if not self._int and not other._int:
            return 0
        if not self._int:
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        r = (a > b) - (a < b)
        return -r if self._sign else r

    def _compare_other(self, other, equality_op=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            c = getcontext()
            if equality_op:
                c.flags[FloatOperation] = True
            else:
                c._raise_error(FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
            return Decimal.from_float(other)
        if hasattr(other, "numerator") and hasattr(other, "denominator") and not isinstance(other, Decimal):
            return _RationalCmp(other)
        return NotImplemented

    def __eq__(self, other, context=None):
        other = self._compare_other(other, equality_op=True)
        if other is NotImplemented:
            return other
        if isinstance(other, _RationalCmp):
            return other.eq(self)
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if isinstance(other, _RationalCmp):
            return op(other.cmp(self), 0)
        if self.is_nan() or other.is_nan():
            getcontext()._raise_error(InvalidOperation, "comparison involving NaN")
            return False
        return op(self._cmp(other), 0)

    def __lt__(self, other):
        return self._order(other, _lt)

    def __le__(self, other):
        return self._order(other, _le)

    def __gt__(self, other):
        return self._order(other, _gt)

    def __ge__(self, other):
        return self._order(other, _ge)

    def compare(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        r = self._check_nans(other, context)
        if r is not None:
            return r
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        c = self._cmp(other) if not (self.is_nan() or other.is_nan()) else 0
        if c == 0:
            c = (self._exp > other._exp) - (self._exp < other._exp) if not self._special else 0
            if self._sign:
                c = -c
        return Decimal(c)

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return hash(float("-inf") if self._sign else float("inf"))
        if self._is_integer():
            return hash(int(self))
        try:
            f = float(self)
            if Decimal.from_float(f) == self:
                return hash(f)
        except (OverflowError, ValueError):
            pass
        n, d = self.as_integer_ratio()
        return hash((n, d))

    def max(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_nan() and not other.is_nan():
                return other._fix(context)
            if other.is_nan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (other if c == -1 else self)._fix(context)

    def min(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_nan() and not other.is_nan():
                return other._fix(context)
            if other.is_nan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if c == -1 else other)._fix(context)

    # ---- sign and exponent manipulation ----
    def copy_abs(self):
        return Decimal._new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        return Decimal._new(other._sign, self._int, self._exp, self._special)

    def quantize(self, exp, rounding=None, context=None):
        exp = self._convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special or exp._special:
            r = self._check_nans(exp, context)
            if r is not None:
                return r
            if exp.is_infinite() and self.is_infinite():
                return Decimal(self)
            context._raise_error(InvalidOperation, "quantize with one INF")
            return _NaN()
        if not context.Etiny() <= exp._exp <= context.Emax:
            context._raise_error(InvalidOperation, "target exponent out of bounds in quantize")
            return _NaN()
        if not self:
            ans = Decimal._new(self._sign, 0, exp._exp)
            return ans._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
            return _NaN()
        if self_adjusted - exp._exp + 1 > context.prec:
            context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
            return _NaN()
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
            return _NaN()
        if _ndigits(ans._int) > context.prec:
            context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
            return _NaN()
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special:
            r = self._check_nans(context=context)
            if r is not None:
                return r
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        ans = self.to_integral_value(rounding, context)
        if not self._special and self._exp < 0:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(context=context)
            if r is not None:
                return r
            return Decimal(self)
        dup = self._fix(context)
        if dup._special:
            return dup
        if not dup._int:
            return Decimal._new(dup._sign, 0, 0)
        coef, exp = dup._int, dup._exp
        exp_max = context.Emax if context.clamp == 0 else context.Etop()
        while coef % 10 == 0 and exp < exp_max:
            coef //= 10
            exp += 1
        return Decimal._new(dup._sign, coef, exp)

    def scaleb(self, other, context=None):
        other = self._convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        return Decimal._new(self._sign, self._int, self._exp + int(other), self._special)._fix(context)

    def shift(self, other, context=None):
        n = int(other)
        if context is None:
            context = getcontext()
        coef = self._int * 10 ** n if n >= 0 else self._int // 10 ** -n
        return Decimal._new(self._sign, coef % 10 ** context.prec, self._exp)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(context=context)
            if r is not None:
                return r
            if self.is_infinite() and self._sign == 0:
                return Decimal(self)
        if not self:
            return Decimal._new(self._sign, 0, self._exp // 2)
        if self._sign == 1:
            context._raise_error(InvalidOperation, "sqrt(-x), x > 0")
            return _NaN()
        prec = context.prec + 1
        # the coefficient scaled to an even exponent with enough digits
        op_int, op_exp = self._int, self._exp
        e = op_exp >> 1
        if op_exp & 1:
            c = op_int * 10
            l = (len(str(op_int)) >> 1) + 1
        else:
            c = op_int
            l = len(str(op_int)) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = Decimal._new(0, n, e)
        with localcontext(context) as c2:
            c2.rounding = ROUND_HALF_EVEN
            c2.traps = {s: False for s in _signals}
            ans = ans._fix(c2)
            flags = _copy_dict(c2.flags)
        for s, v in flags.items():
            if v and s in (Inexact, Rounded):
                context._raise_error(s)
        return ans

    def exp(self, context=None):
        import math
        if context is None:
            context = getcontext()
        return Decimal(repr(math.exp(float(self))))._fix(context)

    def ln(self, context=None):
        import math
        if context is None:
            context = getcontext()
        if self <= 0:
            if not self:
                return _Inf(1)
            context._raise_error(InvalidOperation, "ln of a negative value")
            return _NaN()
        return Decimal(repr(math.log(float(self))))._fix(context)

    def log10(self, context=None):
        import math
        if context is None:
            context = getcontext()
        if not self._special and self._int and self._sign == 0:
            s = str(self._int).rstrip("0")
            if s == "1":
                return Decimal(self.adjusted())
        if self <= 0:
            if not self:
                return _Inf(1)
            context._raise_error(InvalidOperation, "log10 of a negative value")
            return _NaN()
        return Decimal(repr(math.log10(float(self))))._fix(context)

    def logb(self, context=None):
        return Decimal(self.adjusted())

    def fma(self, other, third, context=None):
        other = self._convert_other(other, raiseit=True)
        third = self._convert_other(third, raiseit=True)
        product = Decimal._new(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, context)

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        with localcontext(context) as c:
            c.rounding = ROUND_CEILING
            c.traps = {s: False for s in _signals}
            return self.__add__(Decimal._new(0, 1, c.Etiny() - 1), context=c)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        with localcontext(context) as c:
            c.rounding = ROUND_FLOOR
            c.traps = {s: False for s in _signals}
            return self.__sub__(Decimal._new(0, 1, c.Etiny() - 1), context=c)

    def radix(self):
        return Decimal(10)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _RationalCmp:
    # compare a Decimal with a Fraction exactly
    def __init__(self, q):
        self.q = q

    def cmp(self, d):
        if d._special:
            return d._cmp(Decimal(0)) if d.is_infinite() else 0
        n, den = d.as_integer_ratio()
        a = n * self.q.denominator
        b = self.q.numerator * den
        return (a > b) - (a < b)

    def eq(self, d):
        if d._special:
            return False
        return self.cmp(d) == 0


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _isqrt(n):
    if n < 0:
        raise ValueError
    if n == 0:
        return 0
    x = 1 << ((len(bin(n)) - 2 + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _NaN():
    return Decimal._new(0, 0, "n", True)


def _Inf(sign):
    return Decimal._new(sign, 0, "F", True)


def _overflow_result(sign, context):
    r = context.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return _Inf(sign)
    if sign == 0:
        if r == ROUND_CEILING:
            return _Inf(sign)
    elif r == ROUND_FLOOR:
        return _Inf(sign)
    return Decimal._new(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)


def _round_coef(coef, ndrop, rounding, sign):
    # drop ndrop trailing digits from coef, rounding; -> (new coef, inexact)
    if ndrop <= 0:
        return coef, False
    p = 10 ** ndrop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    half = p // 2
    up = False
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        raise ValueError("bad rounding mode: %r" % (rounding,))
    return (q + 1 if up else q), True


def _format_decimal(d, spec, context):
    # [[fill]align][sign][z][#][0][width][,_][.precision][type]
    if context is None:
        context = getcontext()
    fill = " "
    align = None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == "z":
        i += 1
    if spec[i:i + 1] == "#":
        i += 1
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        if align is None:
            fill, align = "0", "="
        i += 1
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    thousands = None
    if spec[i:i + 1] in (",", "_"):
        thousands = spec[i]
        i += 1
    prec = None
    if spec[i:i + 1] == _DOT:
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        prec = int(spec[i + 1:j])
        i = j
    typ = spec[i:]
    if typ not in ("", "e", "E", "f", "F", "g", "G", "n", "%"):
        raise ValueError("Invalid format specifier")
    if align is None:
        align = ">"
    rounding = context.rounding
    neg = d._sign == 1
    if d._special:
        body = str(d.copy_abs())
        if typ in ("E", "F", "G") or (typ == "" and False):
            body = body.upper()
    else:
        if typ == "%":
            d = Decimal._new(d._sign, d._int, d._exp + 2)
        if typ in ("f", "F", "%"):
            if prec is not None:
                d = d._rescale(-prec, rounding)
            digits = str(d._int)
            exp = d._exp
            if exp >= 0:
                intpart = digits + "0" * exp if d._int else "0"
                frac = ""
            else:
                if len(digits) <= -exp:
                    digits = "0" * (-exp - len(digits) + 1) + digits
                intpart = digits[:exp]
                frac = digits[exp:]
            body = intpart + (_DOT + frac if frac else "")
            if typ == "%":
                body += "%"
        elif typ in ("e", "E"):
            if prec is not None:
                d = d._rescale(d.adjusted() - prec, rounding) if d._int else d
            digits = str(d._int)
            adj = d._exp + len(digits) - 1
            mant = digits[0] + (_DOT + digits[1:] if len(digits) > 1 else "")
            if prec is not None and d._int == 0:
                mant = "0" + (_DOT + "0" * prec if prec else "")
            body = mant + ("e" if typ == "e" else "E") + "%+d" % adj
        else:
            if prec is not None and typ in ("g", "G", "n", ""):
                p = prec or 1
                if d._int and _ndigits(d._int) > p:
                    d = d._rescale(d.adjusted() - p + 1, rounding)
            body = str(d.copy_abs())
            if typ in ("g", "G", "n") and d._int == 0:
                body = str(d.copy_abs())
            if typ == "G":
                body = body.upper()
            elif typ == "" or typ == "g" or typ == "n":
                body = body if context.capitals else body.lower()
        if thousands:
            ip, dot, rest = body.partition(_DOT)
            if ip.isdigit():
                groups = []
                while len(ip) > 3:
                    groups.insert(0, ip[-3:])
                    ip = ip[:-3]
                groups.insert(0, ip)
                body = thousands.join(groups) + dot + rest
    prefix = "-" if neg else ("+" if sign == "+" else " " if sign == " " else "")
    total = len(prefix) + len(body)
    pad = width - total if width > total else 0
    if align == "<":
        return prefix + body + fill * pad
    if align == ">":
        return fill * pad + prefix + body
    if align == "^":
        left = pad // 2
        return fill * left + prefix + body + fill * (pad - left)
    return prefix + fill * pad + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

import numbers
from fractions import Fraction
from decimal import Decimal
class Vec(numbers.Number):
    def __init__(self, *c): self.c = c
    def __repr__(self): return "Vec%r" % (self.c,)
print(Vec(1, 2), isinstance(Vec(), numbers.Number), issubclass(Vec, numbers.Number), issubclass(numbers.Real, numbers.Number))
print(numbers.Complex.__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])

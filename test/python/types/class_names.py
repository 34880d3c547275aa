# print(type(x)) and class reprs, as model-written code often prints them
from collections import OrderedDict, Counter, defaultdict
from fractions import Fraction
from decimal import Decimal


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class ValidationError(Exception):
    pass


p = Point(1, 2)
print(type(p), Point, ValidationError)
print(type(p).__name__, type(p).__module__, type(p).__qualname__)
print(type(OrderedDict()), type(Counter("ab")), type(defaultdict(list)))
print(type(Fraction(1, 2)), type(Decimal("1.5")))
print(type(1), type("s"), type(None), type([]), type(()), type({1}))
print(repr(p).startswith("<__main__.Point object at 0x"))
for value in (1, "a", 2.5, [1], {"k": 1}, p, ValidationError("bad")):
    print(f"{type(value)} {type(value).__name__}")

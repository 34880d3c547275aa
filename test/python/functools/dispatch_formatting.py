from functools import singledispatch
from decimal import Decimal
from datetime import date
@singledispatch
def fmt(v):
    return str(v)
@fmt.register(float)
def _(v):
    return "%.2f" % v
@fmt.register(Decimal)
def _(v):
    return "$" + str(v.quantize(Decimal("0.01")))
@fmt.register(date)
def _(v):
    return v.strftime("%d %b %Y")
@fmt.register(list)
def _(v):
    return "[" + "; ".join(fmt(x) for x in v) + "]"
print(fmt(3), fmt(2.5), fmt(Decimal("7.1")), fmt(date(2024, 2, 9)), fmt(["a", 1.0, [Decimal(2)]]), fmt(None))

from decimal import Decimal as D, Context, ROUND_HALF_UP, getcontext, Inexact, Rounded
c = Context(prec=4, rounding=ROUND_HALF_UP)
print(c.add(D("1.2345"), D("0")), c.multiply(D("3.14159"), 2), c.divide(D(1), D(3)), c.sqrt(D(2)), c.power(D(2), 10))
print(c.create_decimal("3.14159265"), c.plus(D("1.23456")), c.minus(D("5")), c.abs(D("-7.77777")), c.quantize(D("1.2345"), D("0.01")))
print(c.flags[Inexact], c.flags[Rounded], c.prec, c.rounding)
c.clear_flags()
print(c.flags[Inexact], c.compare(D(1), D(2)), c.max(D(1), D(3)), c.min(D(1), D(3)), c.to_integral_value(D("2.5")))
print(getcontext().prec, getcontext().rounding)

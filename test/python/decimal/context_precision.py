from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_DOWN, Inexact, DivisionByZero, InvalidOperation
getcontext().prec = 6
print(D(1) / D(3), D("123456789") * 1, D("1.234567") + D("0.0000001"), getcontext().prec)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(D("3.14159") + 0, D(22) / D(7))
print(D(22) / D(7))
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(D(2) / D(3))
c = Context(prec=5, traps=[])
print(c.divide(D(1), D(0)), c.flags[DivisionByZero], c.add(D("1.234567"), 0), c.flags[Inexact])
ctx = getcontext()
ctx.clear_flags()
D(1) / D(3)
print(ctx.flags[Inexact])

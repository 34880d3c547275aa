from decimal import Decimal, getcontext, localcontext
for prec in (5, 10, 28, 50):
    with localcontext() as c:
        c.prec = prec
        print(prec, Decimal(2).sqrt(), Decimal(10).sqrt(), Decimal("0.0004").sqrt())
print(Decimal(144).sqrt(), Decimal("1.44").sqrt(), Decimal(0).sqrt(), Decimal("1e10").sqrt())

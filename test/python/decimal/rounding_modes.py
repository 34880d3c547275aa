from decimal import Decimal as D, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, getcontext, localcontext
vals = ["2.5", "3.5", "-2.5", "2.51", "-2.49", "1.05", "1.15"]
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(D(v).quantize(D("1"), rounding=mode)) for v in vals], [str(D(v).quantize(D("0.1"), rounding=mode)) for v in vals[-2:]])
with localcontext() as c:
    c.prec = 2
    c.rounding = ROUND_UP
    print(D("1.01") + 0, D(10) / D(3), D("123") * 1)

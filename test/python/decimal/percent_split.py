from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
def split(total, ways):
    total = Decimal(total)
    share = (total / ways).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    parts = [share] * ways
    remainder = total - share * ways
    i = 0
    while remainder > 0:
        parts[i] += Decimal("0.01")
        remainder -= Decimal("0.01")
        i += 1
    return parts
print(split("100.00", 3), sum(split("100.00", 3)))
print(split("10", 4), split("0.05", 3))
rate = Decimal("7.5")
for amount in ["19.99", "250.00", "0.99"]:
    a = Decimal(amount)
    fee = (a * rate / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(a, fee, a + fee)

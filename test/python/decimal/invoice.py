from decimal import Decimal, ROUND_HALF_UP
TWO = Decimal("0.01")
lines = [("Consulting", Decimal("12.5"), Decimal("95.00")), ("Travel", Decimal("1"), Decimal("312.49")), ("Materials", Decimal("3"), Decimal("19.995"))]
subtotal = Decimal("0")
for desc, qty, rate in lines:
    amount = (qty * rate).quantize(TWO, rounding=ROUND_HALF_UP)
    subtotal += amount
    print("%-12s %6s x %8s = %10s" % (desc, qty, rate, amount))
discount = (subtotal * Decimal("0.05")).quantize(TWO, rounding=ROUND_HALF_UP)
vat = ((subtotal - discount) * Decimal("0.2")).quantize(TWO, rounding=ROUND_HALF_UP)
print(subtotal, discount, vat, subtotal - discount + vat)

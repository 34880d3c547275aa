from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN
cents = Decimal("0.01")
prices = [Decimal("19.995"), Decimal("2.675"), Decimal("2.665"), Decimal("-1.005"), Decimal("10")]
for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR):
    print(mode, [str(p.quantize(cents, rounding=mode)) for p in prices])
items = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("5.01"), 2), ("doohickey", Decimal("0.10"), 7)]
subtotal = sum((price * qty for _, price, qty in items), Decimal(0))
tax = (subtotal * Decimal("0.0825")).quantize(cents, rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
for name, price, qty in items:
    print("%-10s %3d x %6s = %8s" % (name, qty, price, (price * qty).quantize(cents)))

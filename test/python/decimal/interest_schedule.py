from decimal import Decimal, ROUND_HALF_UP, getcontext
getcontext().prec = 20
principal = Decimal("10000.00")
rate = Decimal("0.05") / 12
months = 12
payment = (principal * rate / (1 - (1 + rate) ** -months)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("payment", payment)
balance = principal
for m in range(1, months + 1):
    interest = (balance * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    principal_part = payment - interest
    balance -= principal_part
    if m in (1, 2, 6, 12):
        print("%2d %8s %8s %10s" % (m, interest, principal_part, balance))

# round() and float formatting of exact halves: CPython rounds the exact binary value, ties to even
values = [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, -2.5, 0.25, 0.35, 1.0005, 2.0625,
          1234.5, 0.0625, 7.125, 1e-7, 123456.789, 5.5, 6.5]
for v in values:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 3), "%.2f" % v, "%.1f" % v, "%.0f" % v,
          format(v, ".2f"), f"{v:.3f}", "{:.2e}".format(v), "%.3g" % v)
print(round(0.125, 2) == 0.12, round(2.675, 2) == 2.67, round(2.5) == 2, round(-0.5) == 0, round(-0.5, 0))
print(round(125.0, -1), round(135.0, -1), round(-0.125, 2), round(0.5, 0), round(1.5, 0))
prices = [19.995, 0.045, 2.345, 10.125, 3.3749999]
print([round(p, 2) for p in prices], ["%.2f" % p for p in prices], sum(prices))
total = 0.1 + 0.2
print(round(total, 2), f"{total:.2f}", f"{total:.17f}", f"{1/3:.5f}", f"{2/3:.0f}")
print("%.1f%%" % 12.25, "%.1f%%" % 12.35, "{:,.2f}".format(1234567.125), "{:>10.1f}|".format(-0.25))

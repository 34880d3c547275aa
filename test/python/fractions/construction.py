from fractions import Fraction as F
print(F(16, -10), F(123), F(), F("3/7"), F(" -3/7 "), F("1.414213 \t\n"), F("-.125"), F("7e-6"), F("1e3"))
print(F(2.25), F(0.1), F(F(1, 2)), F(F(1, 2), F(1, 3)))
print(F.from_float(0.5), F.from_float(3), F.from_decimal(__import__("decimal").Decimal("1.1")))
for bad in ["1/0x", "abc", "1.2.3", ""]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError")
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(repr(F(3, 9)), str(F(4, 2)), F(6, 4).numerator, F(6, 4).denominator, F(6, 4).as_integer_ratio())

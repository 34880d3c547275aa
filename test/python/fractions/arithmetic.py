from fractions import Fraction as F
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -2)
print(F(1, 3) + 1, 2 - F(1, 3), F(1, 3) * 3, 1 / F(1, 3), -F(2, 5), abs(F(-7, 3)))
print(F(1, 2) + 0.25, F(1, 2) * 2.0, divmod(F(7, 2), F(1, 3)))
print(sum([F(1, n) for n in range(1, 6)]))
print(F(10, -4), F(0, 5), F(-6, -8))

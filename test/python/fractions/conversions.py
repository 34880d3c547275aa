from fractions import Fraction as F
x = F(-7, 2)
print(int(x), float(x), x.__floor__(), x.__ceil__(), x.__round__(), F(5, 2).__round__(), F(7, 2).__round__(), F(12345, 1000).__round__(2))
print(float(F(1, 3)), float(F(10 ** 30 + 1, 3 * 10 ** 29)), float(F(2, 3)))
print(F(1, 3).__format__("") if hasattr(F, "__format__") else "", "%.4f" % F(1, 3), "%s" % F(5, 15))
print(F(3, 4) ** F(1, 1), F(4, 1) ** F(1, 2), 2 ** F(3, 1), 4 ** F(1, 2))

from fractions import Fraction as F
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2, 1) == 2, F(1, 2) < F(2, 3), F(3, 2) > 1, F(1, 2) <= 0.5, F(7, 3) >= 2)
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(-1, 2)]), max(F(1, 7), F(1, 8)))
print(hash(F(2, 1)) == hash(2), hash(F(1, 2)) == hash(0.5), len({F(1, 2), F(2, 4), F(3, 6)}))
print(bool(F(0)), bool(F(1, 9)), F(1, 2) != F(2, 4))
print({F(1, 2): "half"}[F(2, 4)])

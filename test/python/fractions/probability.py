from fractions import Fraction
from itertools import product
dice = list(product(range(1, 7), repeat=2))
p_sum7 = Fraction(sum(1 for a, b in dice if a + b == 7), len(dice))
p_double = Fraction(sum(1 for a, b in dice if a == b), len(dice))
print(p_sum7, p_double, p_sum7 + p_double, 1 - p_sum7)
expected = sum(Fraction(a + b, 36) for a, b in dice)
print(expected, float(expected))
p_at_least_one_six = 1 - Fraction(5, 6) ** 4
print(p_at_least_one_six, round(float(p_at_least_one_six), 6))

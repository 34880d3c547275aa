from fractions import Fraction
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 2)}
scale = Fraction(5, 2)
for k in sorted(recipe):
    q = recipe[k] * scale
    whole, rem = divmod(q.numerator, q.denominator)
    print(k, q, ("%d %s" % (whole, Fraction(rem, q.denominator)) if whole and rem else q))
def continued_fraction(x, n):
    out = []
    for _ in range(n):
        a = x.numerator // x.denominator
        out.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return out
print(continued_fraction(Fraction(415, 93), 10), continued_fraction(Fraction(3.14159).limit_denominator(1000), 6))
print(sum(Fraction(1, 2 ** k) for k in range(1, 11)), Fraction(1, 3) + Fraction(1, 6) == Fraction(1, 2))

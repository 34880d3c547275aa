from fractions import Fraction
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)]:
    parts = egyptian(f)
    print(f, "=", " + ".join(str(p) for p in parts), sum(parts) == f)
def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))
print(harmonic(10), float(harmonic(10)))
probs = [Fraction(1, 6)] * 6
print(sum(probs), sum(p * v for p, v in zip(probs, range(1, 7))))

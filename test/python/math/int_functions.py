import math
print(math.gcd(12, 18, 24), math.gcd(), math.gcd(0, 5), math.gcd(2 ** 80, 6 ** 40))
print(math.lcm(4, 6), math.lcm(2, 3, 4), math.lcm(), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(4, 0))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 40 + 1), math.isqrt(0))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 21)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 8)))
for bad in (lambda: math.comb(-1, 2), lambda: math.isqrt(-4)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(math.inf, -math.inf, math.isnan(math.nan), math.factorial(20))

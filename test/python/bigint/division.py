# Floor division and modulo with Python's signs: by one-digit divisors (a fast path), by
# multi-digit ones, and exact multiples; in-place forms; divmod and pow with a modulus.
a = 3 ** 1500 + 12345
for d in (1, 2, 7, 10, 65535, 65536, 1000003, 4294967295, 4294967296, 10 ** 9, 10 ** 18 + 9, 3 ** 300):
    for x, y in ((a, d), (-a, d), (a, -d), (-a, -d)):
        q, r = divmod(x, y)
        assert q * y + r == x and (r == 0 or (r < 0) == (y < 0)) and abs(r) < abs(y)
        print(q % 1000000007, r % 1000000007 if r >= 0 else -((-r) % 1000000007), x // y == q, x % y == r)
    print()

b = a * 4294967291
print(b // 4294967291 == a, b % 4294967291, (-b) // 4294967291 == -a, (-b) % 4294967291)
c = 10 ** 400
c //= 7
print(c % 1000, c % 7)
c %= 10 ** 9 + 7
print(c)
print(pow(3, 10 ** 30, 10 ** 9 + 7), pow(-3, 10 ** 5 + 1, 97), pow(2, 3 ** 40, 2 ** 127 - 1))
print(pow(1, 10 ** 300, 7), pow(0, 10 ** 50, 5), pow(12345678901234567890, 65537, 3 ** 100 + 2) % 1000003)
print(1 ** (10 ** 500), (-1) ** (10 ** 500 + 1), 0 ** (10 ** 500))

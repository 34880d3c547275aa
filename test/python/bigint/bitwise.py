# Shifts and bitwise operations on big numbers of both signs, hashing, comparisons and
# conversions to float, including values at the edges of the machine word.
x = 7 ** 900
y = -(5 ** 1100)
for a, b in ((x, y), (y, x), (x, -x), (y, 12345), (-1, x), (0, y)):
    r = [a & b, a | b, a ^ b, ~a, a >> 37, a << 45, a >> 3000, -a >> 1]
    print([v % 1000000007 for v in r], a < b, a == b, a >= b)
for v in (2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 31), -(2 ** 31) - 1, -(2 ** 63)):
    print(v, hash(v) == hash(v + 0), {v: 1}[v], v // 3, v % 7, float(v), int(float(v)) == v)
print(hash(3 ** 1000) == hash(3 ** 1000 + 0), {3 ** 1000: 'big'}[3 ** 1000])
print(float(3 ** 600) == 3.0 ** 600, float(-(2 ** 1000)))
print(int(1e300) % 1000003, int(-2.5e20), round(7 ** 30, -20))

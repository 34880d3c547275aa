# Products of sizes around the Karatsuba cutoff (32 digits of 32 bits), lopsided and squared,
# checked against residues and algebraic identities.
P = [(1 << 61) - 1, 1000000007, 998244353, 4294967291]

def fingerprint(x):
    return [x % p for p in P] + [x & 0xFFFFFFFF, len(hex(x))]

def nbits(x):
    return len(bin(x)) - 2

def num(bits, salt):
    # a deterministic number with mixed digits and exactly `bits` bits
    x = 1
    while nbits(x) < bits:
        x = x * 6364136223846793005 + salt
    return x >> (nbits(x) - bits)

for bits in (960, 992, 1024, 1056, 2016, 2048, 2080, 4096, 10000, 33000):
    a = num(bits, 1442695040888963407)
    b = num(bits + 37, 3)
    c = a * b
    ok = all(c % p == (a % p) * (b % p) % p for p in P)
    print(bits, ok, c == b * a, (a + b) ** 2 == a * a + 2 * a * b + b * b, fingerprint(c)[:3])

# lopsided: a short and a long operand, and all-ones digits (maximal carries)
for short, long in ((40, 50000), (100, 9000), (1030, 70000)):
    a = (1 << short * 32) - 1
    b = (1 << long) - 1
    c = a * b
    print(short, long, c == (a << long) - a, fingerprint(c)[:2])

# signs and squares
a = -num(5000, 7)
b = num(4000, 11)
print((a * b) % P[0], (a * a) % P[1], (b * a) == -(-a * b), (-a) * (-b) == a * b)

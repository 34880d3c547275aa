# int <-> str in every base, around the boundaries of the 9-digit chunks the conversion works
# in, with zero chunks, signs, prefixes and separators.
import sys
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

for k in (8, 9, 10, 17, 18, 19, 27, 36, 100, 1000, 4000):
    for x in (10 ** k, 10 ** k - 1, 10 ** k + 1, -(10 ** k), 7 * 10 ** k + 10 ** (k // 2)):
        s = str(x)
        assert int(s) == x, k
        print(k, len(s), s[:12], s[-12:])

x = 3 ** 2000
for base in (2, 3, 7, 8, 10, 16, 36):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    # to base via repeated division, compare with int() parsing back
    n, out = x, []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    s = "".join(reversed(out))
    print(base, len(s), s[:10], int(s, base) == x)

for v in (x, -x, 255, -255, 1 << 64, -(1 << 64) + 1, 0):
    print(hex(v)[-12:], oct(v)[-12:], bin(v)[-12:], len(hex(v)), len(bin(v)))
    assert int(hex(v), 16) == v and int(oct(v), 8) == v and int(bin(v), 2) == v

print("{:,}".format(10 ** 30 + 123456789))
print("{:,}".format(-(10 ** 25) - 7))
print("{:_x}".format(3 ** 50), "{:_b}".format(2 ** 70 + 5))
print(int("  -000123456789012345678901234567890  "), int("0x" + "f" * 40, 16), int("z" * 30, 36) % 1000003)
print(int("9" * 50) + 1 == 10 ** 50)
b = (3 ** 700).to_bytes(140, "big")
print(int.from_bytes(b, "big") == 3 ** 700, int.from_bytes(b, "little") % 1000003, b[:4], b[-4:])

# Deterministic random big-int operations (a fixed LCG, so CPython and we draw the same numbers),
# each result summarised by its last digits and length.
import sys
if hasattr(sys, 'set_int_max_str_digits'):
    sys.set_int_max_str_digits(0)
# deterministic differential fuzz of big-int ops (prints a checksum-ish line per op group)
seed = 12345
def rnd(bits):
    global seed
    r = 0
    n = 0
    while n < bits:
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        r = (r << 16) | (seed >> 8 & 0xffff)
        n += 16
    return r >> (n - bits)
def rint():
    global seed
    kind = rnd(3)
    if kind == 0:
        bits = rnd(6)
    elif kind < 5:
        bits = rnd(10)
    else:
        bits = rnd(13)
    v = rnd(bits + 1)
    if kind == 7:
        v = (1 << bits) - 1
    if kind == 6:
        v = 1 << bits
    if rnd(1):
        v = -v
    return v
out = []
def h(v):
    # short fingerprint of a result
    return str(v)[-12:] + ':' + str(len(str(v)))
for it in range(150):
    a = rint(); b = rint()
    res = [h(a + b), h(a - b), h(a * b), a < b, a == b]
    if b != 0:
        res += [h(a // b), h(a % b), h(divmod(a, b)[0])]
    c = b & 0xff
    res += [h(a << c), h(a >> c), h(a & b), h(a | b), h(a ^ b), h(~a)]
    if it % 20 == 0:
        res += [h(pow(abs(a), rnd(5))), h(a ** 2)]
    m = abs(b) + 1
    res += [pow(a, 65537, m), pow(abs(a), abs(b) & 0xfff, m)]
    s = str(a)
    res += [int(s) == a, int(hex(a), 16) == a, int(oct(a), 8) == a, int(bin(a), 2) == a, hex(a)[-10:], oct(a)[-8:]]
    res += ['{:,}'.format(a)[-16:], int(s.lstrip('-') + '7') % 1000003]
    nb = len(hex(a)) // 2 + 1
    res += [int.from_bytes(abs(a).to_bytes(nb, 'big'), 'big') == abs(a), int.from_bytes(abs(a).to_bytes(nb, 'little'), 'little') == abs(a)]
    res += [hash(a) == hash(a + 0), hash(a) == hash(int(s))]
    res += [int(str(a), 36) % 1000003 if a >= 0 else 0, str(a // 7) == str(int(str(a // 7)))]
    out.append(' '.join(str(x) for x in res))
import sys
for i in range(0, len(out), 1):
    print(out[i])
print('big', h(3 ** 5000), h(7 ** 3001 // 3 ** 1000), h(str(10 ** 3000 - 1)), h(int('9' * 3000)))
print('fact', h(eval('*'.join(str(i) for i in range(1, 800)))))

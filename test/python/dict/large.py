# Large dicts: int, str and tuple keys, keys with equal low bits.
def check(d, keys):
    ok = all(d[k] == i for i, k in enumerate(keys))
    return len(d), ok, list(d)[:2], list(d)[-2:]


N = 100000
ints = [(i * 7919) % 1000003 for i in range(N)]
d = {k: i for i, k in enumerate(ints)}
print(check(d, ints))
strs = ["key%d" % k for k in ints]
s = {k: i for i, k in enumerate(strs)}
print(check(s, strs))
tups = [(i % 317, i // 317) for i in range(N)]
t = {k: i for i, k in enumerate(tups)}
print(check(t, tups))
# equal low bits
for shift in (10, 16, 20):
    keys = [i << shift for i in range(20000)]
    m = {k: i for i, k in enumerate(keys)}
    print(shift, check(m, keys), (5 << shift) in m, (20001 << shift) in m)
neg = {-i * 1024: i for i in range(5000)}
print(len(neg), neg[-1024 * 4999], list(neg)[:3])
big = {2**40 + i: i for i in range(3000)}
print(len(big), big[2**40 + 2999], (2**40) in big, (2**41) in big)
# delete half of the str keys, in place, then add new ones at the end
for k in strs[::2]:
    del s[k]
for i in range(10):
    s["new%d" % i] = i
print(len(s), list(s)[:3], list(s)[-3:], s["new9"], strs[1] in s, strs[0] in s)
# lookups of missing keys
print(sum(1 for i in range(N) if i in d), sum(1 for i in range(-1000, 0) if i in d))

# Big inputs: sorted, reverse-sorted, duplicates, sawtooth, random (O(n log n) everywhere).
import time
N = 100000
t0 = time.time()
a = list(range(N))
print(sorted(a) == a, sorted(a, reverse=True) == a[::-1])
b = a[::-1]
b.sort()
print(b == a)
dup = [i % 3 for i in range(N)]
dup.sort()
print(dup[0], dup[N // 3 - 1], dup[N // 3], dup[-1], dup.count(1))
saw = [i % 1000 for i in range(N)]
print(sorted(saw)[::10000])
organ = list(range(N // 2)) + list(range(N // 2, 0, -1))
print(sorted(organ)[-5:])
seed = 12345
rnd = []
for i in range(N):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rnd.append(seed % 100000)
s = sorted(rnd)
print(all(s[i] <= s[i + 1] for i in range(N - 1)), s[:3], s[-3:], sum(s) == sum(rnd))
strs = [str(x) for x in rnd[:20000]]
ss = sorted(strs)
print(ss[:3], ss[-3:], all(ss[i] <= ss[i + 1] for i in range(len(ss) - 1)))
fl = sorted(x / 7 for x in rnd[:20000])
print(fl[0], fl[-1])
print(time.time() - t0 < 60)

# Lists growing by +=, extend and slice assignment; insert/pop; in/index/count; and code run by
# comparisons that changes the list.
a = []
for i in range(100000):
    a += [i]
print(len(a), a[-1], sum(a))
b = []
for i in range(50000):
    b[len(b):] = [i, -i]
print(len(b), b[-2:])
c = []
for i in range(100000):
    c.extend((i,))
print(len(c), c == a)
x = [1, 2, 3]
x[1:1] = x
print(x)
x[:] = x
x[3:] = x
print(x, len(x))
y = list(range(10))
y.insert(3, "a")
y.insert(-1, "b")
y.insert(100, "c")
y.insert(-100, "d")
print(y, y.pop(0), y.pop(), y.pop(3))
big = list(range(100000))
print(-1 in big, 99999 in big, big.index(54321), big.count(7), big.index(5, 3, 10))
try:
    big.index(5, 6)
except ValueError:
    print("ValueError")
print(list(big) == big, tuple(big) == tuple(big[:]), big[::1000][:5], big[::-25000], list((1, 2)))
class Clear:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
L = [1] * 10000
try:
    print(L.index(Clear(L)))
except ValueError:
    print("ValueError", len(L))
L = [1] * 10000
print(L.count(Clear(L)), len(L))
L = [1] * 10000
print(Clear(L) in L, len(L))
L = [1] * 10000
M = [Clear(L)] + [1] * 9999
print(L == M, len(L))
print([1, 2] < [1, 2, 3], [1, [2]] == [1, [2]], [3] > [2, 9], (1, 2) <= (1, 2), [] < [0])
big_t = tuple(range(100000))
print(99999 in big_t, -1 in big_t, 2.0 in big_t, "a" in ("b", "a"), [1] in ([1],), 1 in (), big_t.index(777), big_t.count(5))

import bisect
l = []
for x in [5, 1, 4, 1, 9, 2, 6]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 4); bisect.insort_right(l, 4)
print(l)
pairs = []
for p in [(2, "b"), (1, "z"), (2, "a"), (1, "a")]:
    bisect.insort(pairs, p)
print(pairs)

from itertools import permutations
print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 0)), list(permutations([1, 2], 3)))
print(len(list(permutations(range(6)))))
print(["".join(p) for p in permutations("aab")])
# brute force a tiny TSP
dist = {("a", "b"): 2, ("a", "c"): 9, ("a", "d"): 10, ("b", "c"): 6, ("b", "d"): 4, ("c", "d"): 3}
def d(x, y):
    return dist.get((x, y)) or dist[(y, x)]
best = min(permutations("bcd"), key=lambda r: d("a", r[0]) + d(r[0], r[1]) + d(r[1], r[2]) + d(r[2], "a"))
print(best)

from itertools import groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
records = [("eng", "ann"), ("eng", "bob"), ("ops", "cid"), ("eng", "dee")]
for dept, members in groupby(records, key=lambda r: r[0]):
    print(dept, [m[1] for m in members])
# groups are invalidated when the outer iterator advances
groups = [g for k, g in groupby("aabbc")]
print([list(g) for g in groups])
it = groupby([1, 1, 2, 3, 3, 3])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g2), list(g))
print(list(groupby([])))
# run-length encoding
def rle(s):
    return "".join("%d%s" % (len(list(g)), k) for k, g in groupby(s))
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))

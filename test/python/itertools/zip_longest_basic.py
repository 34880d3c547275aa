from itertools import zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()))
print(list(zip_longest([], [])))
names = ["ann", "bob", "cid"]
scores = [90, 85]
for n, s in zip_longest(names, scores, fillvalue=0):
    print(n, s)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))

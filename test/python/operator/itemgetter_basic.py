from operator import itemgetter
rows = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 22, "sf")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
g = itemgetter(2, 0)
print(g(rows[0]))
print(itemgetter(slice(1, 3))("abcdef"))
d = [{"name": "x", "score": 5}, {"name": "y", "score": 9}]
print(max(d, key=itemgetter("score"))["name"])
print(itemgetter("a", "b")({"a": 1, "b": 2, "c": 3}))
print(repr(itemgetter(1)), repr(itemgetter("a", 2)))
try:
    itemgetter(5)([1, 2])
except IndexError:
    print("IndexError")

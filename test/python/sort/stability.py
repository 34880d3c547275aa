# list.sort / sorted are stable, also with reverse=True and with key=.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35), ("fay", 30), ("gus", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
# sort by a secondary key, then by the primary one: ties keep the secondary order
by_name = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name, key=lambda p: p[1]))
# equal elements keep their order, in long runs too
recs = [(i % 7, i) for i in range(2000)]
s = sorted(recs, key=lambda r: r[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
r = sorted(recs, key=lambda r: r[0], reverse=True)
print(r[:3], r[-3:])
print(all(r[i][1] < r[i + 1][1] for i in range(len(r) - 1) if r[i][0] == r[i + 1][0]))
# reverse=True is not the reverse of the sort when there are ties
words = ["bb", "a", "cc", "d", "ee", "f"]
print(sorted(words, key=len, reverse=True), sorted(words, key=len)[::-1])
# objects that compare equal but are distinct
class K:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
ks = [K(i % 3, i) for i in range(12)]
ks.sort()
print([(k.k, k.tag) for k in ks])
ks.sort(reverse=True)
print([(k.k, k.tag) for k in ks])
# bools and ints compare equal: stability shows
print(sorted([1, True, 0, False, 1.0, 0.0]), sorted([True, 1, 1.0], reverse=True))
# tuples, strings, floats, mixed numbers
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted(["pear", "Apple", "apple", "", "banana"]))
print(sorted([3.5, -1.25, 2, 10**20, -(10**20), 0.5]), sorted("hello world"))
print(sorted([[2, 1], [1, 5], [2], [1, 5, 0]]), sorted([b"b", b"a", b"ab"]))
for bad in ([1, "a"], [(1, 2), (1, "x")], [None, None], [1, [1]]):
    try:
        sorted(bad)
        print("sorted", bad)
    except TypeError:
        print("TypeError")
print(sorted([]), sorted([5]), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))

from operator import methodcaller
words = ["  Hello ", "world  ", " Py "]
print(list(map(methodcaller("strip"), words)))
print(list(map(methodcaller("replace", "l", "L"), ["hello", "world"])))
print(methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("get", "k", "default")({}))
print(sorted(["b", "A", "c"], key=methodcaller("lower")))
print(repr(methodcaller("split", ",", maxsplit=1)))
class Counter:
    def __init__(self): self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n
c = Counter()
bump3 = methodcaller("bump", by=3)
bump3(c); bump3(c)
print(c.n)

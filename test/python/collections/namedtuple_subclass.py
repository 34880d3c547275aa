from collections import namedtuple
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __str__(self):
        return "Vec: x=%6.3f y=%6.3f" % (self.x, self.y)
v = Vec(3, 4)
print(v.norm2, v + Vec(1, 1), str(Vec(1.5, 2)))
print(repr(v), Vec._fields)
Row = namedtuple("Row", "id name score")
rows = [Row(*r) for r in [(1, "ann", 90), (2, "bob", 72), (3, "cid", 85)]]
best = max(rows, key=lambda r: r.score)
print(best.name, [r.name for r in sorted(rows, key=lambda r: -r.score)])
print(sum(r.score for r in rows) / len(rows))

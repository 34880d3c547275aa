import copy
class Point:
    def __init__(self, x, y, tags=None):
        self.x, self.y = x, y
        self.tags = tags if tags is not None else []
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)
p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
p.x = 100
print(p, q, r)
print(q.tags is p.tags, r.tags is p.tags, type(r).__name__)

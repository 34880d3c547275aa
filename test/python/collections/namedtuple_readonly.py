from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
for attempt in ("p.x = 5", "p.z = 5", "p[0] = 5"):
    try:
        exec(attempt)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(p)


class Labeled(Point):
    def describe(self):
        return "%s at %s" % (self.label, tuple(self))


q = Labeled(3, 4)
q.label = "corner"
print(q.describe(), q._replace(x=0), q._asdict())
try:
    q.y = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted(Point(2, 1)), Point(*[5, 6]) == (5, 6), hash(Point(1, 2)) == hash((1, 2)))

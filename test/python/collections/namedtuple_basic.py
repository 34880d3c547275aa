from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p))
x, y = p
print(x, y, Point._fields)
print(p._replace(x=100), Point._make([1, 2]))
print(p._asdict()["y"], isinstance(p, tuple), p == (11, 22))
Color = namedtuple("Color", "red green blue")
print(Color(255, 128, 0))
Emp = namedtuple("Emp", "name, title, salary", defaults=[50000])
print(Emp("ann", "dev"), Emp._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError")
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
print(Point(1, 2) + (3,), hash(Point(1, 2)) == hash((1, 2)))

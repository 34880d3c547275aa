from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p.x, p.y)
print(Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p != Point(2, 1), p == (1, 2))
q = Point(1, 2)
q.x = 10
print(q)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

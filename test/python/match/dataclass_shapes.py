# Class patterns over dataclasses: positional patterns use the generated __match_args__.
from dataclasses import dataclass
import math

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Rect:
    corner: Point
    width: float
    height: float

@dataclass(match_args=False)
class Label:
    text: str

def area(shape):
    match shape:
        case Circle(_, r):
            return round(math.pi * r * r, 2)
        case Rect(_, w, h):
            return w * h
        case Point():
            return 0
        case Label(text=t):
            return len(t)

def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} around the origin"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at ({x}, {y}) side {w}"
        case Rect(corner=c):
            return f"rectangle at {c}"
        case _:
            return f"something else: {shape}"

shapes = [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 1.5), Circle(Point(5, 5), 20), Circle(Point(5, 5), 2),
          Rect(Point(1, 1), 3, 3), Rect(Point(0, 1), 2, 5), Label("hello")]
for s in shapes:
    print(describe(s), "|", area(s))
print(Point.__match_args__, Rect.__match_args__, hasattr(Label, "__match_args__"))
try:
    match Label("x"):
        case Label(t):
            pass
except TypeError as e:
    print("TypeError:", e)

from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        """Return the area."""
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return "%s: area=%.2f perimeter=%.2f" % (type(self).__name__, self.area(), self.perimeter())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Half(Shape):
    def area(self):
        return 0
for cls, args in ((Shape, ()), (Half, ()), (Rect, (2, 3)), (Square, (4,))):
    try:
        obj = cls(*args)
        print(obj.describe())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), Shape), issubclass(Square, Rect))

class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self):
        return "base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def greet(self):
        return "left>" + super().greet()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def greet(self):
        return "right>" + super().greet()
    def only_right(self):
        return "R"

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
    def greet(self):
        return "bottom>" + super().greet()

b = Bottom()
print(b.log)
print(b.greet(), b.only_right())
print([k.__name__ for k in Bottom.__mro__])
print([k.__name__ for k in Bottom.mro()])

class Mixin:
    def describe(self):
        return "mixin:" + type(self).__name__

class Leaf(Bottom, Mixin):
    pass

print([k.__name__ for k in Leaf.__mro__], Leaf().describe(), Leaf().greet())
print(isinstance(True, int), issubclass(bool, int), True + 1)

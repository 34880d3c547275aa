# Instances of tuple, list and dict subclasses used where the base type is expected.
from collections import namedtuple, OrderedDict

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p + p, type(p + p).__name__)
print((0,) + p, p + (3,))
print("(%d, %d)" % p)
print("%s-%s" % Point("a", "b"))


class Row(tuple):
    pass


r = Row((4, 5))
print((1,) + r, r + r, r == (4, 5), (4, 5) == r)


class Stack(list):
    def peek(self):
        return self[-1]


s = Stack([1, 2])
print([0] + s, s + [3], [1, 2] == s, s == [1, 2], [1, 1] < s, s > [1])
t = [9]
t += s
print(t)


class Config(dict):
    pass


print("%(host)s:%(port)d" % Config(host="localhost", port=8080))
print("%(a)s" % OrderedDict(a=1))

A = type("A", (), OrderedDict(a=1, b=2))
print(A.a, A.b, [k for k in vars(A) if not k.startswith("_")])
B = type("B", (), Config(greet=lambda self: "hi"))
print(B().greet())

for bad in ([], {}, set(), bytearray(b"x")):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)

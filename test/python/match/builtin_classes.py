# Class patterns with built-in types: one positional sub-pattern matches the subject itself.
def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((x,)):
            return f"1-tuple of {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
        case _:
            return f"other {type(v).__name__}"

for v in [True, 0, -5, 7, 2.5, "", "abc", b"xy", bytearray(b"z"), [], [3, 4], (1,), (1, 2),
          {"k": 1}, {"a": 1, "b": 2}, {1, 2}, frozenset([1]), None, range(2)]:
    print(repr(v), "->", describe(v))

class Celsius(float):
    pass

match Celsius(21.5):
    case float(t):
        print("a float subclass matches float():", t, type(t).__name__)
match Celsius(3.0):
    case Celsius(t):
        print("and its own class:", t, type(t).__name__)

match 42:
    case int(real=r, imag=i):
        print("keyword sub-patterns read attributes:", r, i)

match "text":
    case str(upper=u):
        print("bound method attribute:", u())

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

match 5:
    case object():
        print("everything is an object")

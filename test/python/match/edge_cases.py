# Less common corners: f-string and walrus subjects, deep nesting, long sequences, attribute
# errors meaning no match, exceptions from __eq__, yield as the subject.
x = 2
match f"{x+1}":
    case "3":
        print("fstring subject")
match f"{x:>3}":
    case "  2":
        print("format spec subject")
print(f"{x}")
match x:
    case 2:
        print(f"{'in body'}")
def deep(n):
    match n:
        case [[[[[[[[[[v]]]]]]]]]]:
            return v
print(deep([[[[[[[[[[7]]]]]]]]]]))
match [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]:
    case [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, a]:
        print("long", a)
big = list(range(100000))
match big:
    case [0, *mid, last]:
        print(len(mid), last)
class A:
    __match_args__ = ("a",)
    @property
    def a(self):
        raise AttributeError("no a")
match A():
    case A(v):
        print("no")
    case A():
        print("attribute error means no match")
class B:
    def __eq__(self, o):
        raise RuntimeError("eq raised")
try:
    match B():
        case 1:
            pass
except RuntimeError as e:
    print("error propagates:", e)
def gen():
    match (yield):
        case "a":
            yield "got a"
        case other:
            yield f"got {other}"
g = gen(); next(g); print(g.send("a"))
g = gen(); next(g); print(g.send("b"))
match (w := 5):
    case 5:
        print("walrus subject", w)
match 3:
    case n if (m := n * 2) > 5:
        print("walrus guard", m)
match y := [1, 2]:
    case [1, *r]:
        print("unparenthesized walrus subject", y, r)
match *big[:2], "end":
    case (0, 1, "end"):
        print("starred subject")

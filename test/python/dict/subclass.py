# dict() and update() from dict subclasses and OrderedDict keep their order.
from collections import OrderedDict


class D(dict):
    pass


d = D([("b", 2), ("a", 1)])
d["c"] = 3
print(dict(d), list(d), d == {"a": 1, "b": 2, "c": 3})
e = {"z": 0}
e.update(d)
print(e)
o = OrderedDict([(3, "x"), (1, "y")])
o[2] = "z"
print(dict(o), list(dict(o).items()))
f = {}
f.update(o, w=1)
print(f)
print(dict(o, q=0))

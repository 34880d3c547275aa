# Ordering of instance, class and module namespaces, kwargs and json.
import json


class Point:
    kind = "point"

    def __init__(self, y, x):
        self.y = y
        self.x = x
        self.label = "p"

    def move(self):
        pass

    def area(self):
        return 0


p = Point(1, 2)
p.z = 3
print(p.__dict__)
del p.y
p.y = 9
print(list(p.__dict__.items()))
print([k for k in Point.__dict__ if not k.startswith("__")])


def kw(**kwargs):
    return kwargs


print(kw(b=1, a=2, c=3))
print(kw(z=0, **{"y": 1, "x": 2}))
print(list(kw(**dict.fromkeys("qwerty", 1))))


def args_and_kw(a, *rest, **kw):
    return a, rest, kw


print(args_and_kw(1, 2, 3, m=4, d=5))
zulu = 1
alpha = 2
mike = 3
print([k for k in globals() if not k.startswith("_")])
doc = json.loads('{"name": "x", "id": 7, "tags": ["b", "a"], "nested": {"z": 1, "a": [{"q": 1, "b": 2}]}}')
print(doc)
print(list(doc), list(doc["nested"]))
print(json.dumps(doc))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}))
big = json.loads("{" + ", ".join('"k%d": %d' % (i, i) for i in range(200, 0, -1)) + "}")
print(list(big)[:4], list(big)[-4:], len(big))

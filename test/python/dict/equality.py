# Equality ignores order; views follow order.
a = {"x": 1, "y": 2, "z": 3}
b = {"z": 3, "y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({1: [1, 2], 2: {"a": 1, "b": 2}} == {2: {"b": 2, "a": 1}, 1: [1, 2]})
print({1: 1} == {1: 2}, {1: 1} == {2: 1}, {} == {}, {1: 1} == {1: 1, 2: 2})
print({1: 1} == 1, {} == [], {"a": 1} == [("a", 1)])
c = dict(a)
c["w"] = 0
del c["w"]
print(c == a, c == b)
print(a.keys(), a.values(), a.items())
print(list(b.keys()), list(b.values()), list(b.items()))
print("x" in a.keys(), "q" in a.keys(), len(a.keys()), len(a.items()))
k = a.keys()
a["new"] = 4
print(k, list(k)[-1])
it = iter(b.items())
print(next(it), next(it))
print([v for v in b.values()])
print(sorted(a) == sorted(b), tuple(a.items()))
x = {True: "t"}
x[1] = "one"
x[1.0] = "float"
print(x, {0: "a", False: "b"})

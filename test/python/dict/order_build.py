# Insertion order of dicts however they are built.
d = {"z": 1, "a": 2, "m": 3, 10: 4, -5: 5, (1, 2): 6, "": 7}
print(d)
print(list(d), list(d.values()))
print(dict([("q", 1), ("b", 2), ("q", 3)]))
print(dict(y=1, x=2, w=3))
print(dict({"k": 1, "c": 2}, d=3, a=4))
print(dict(zip("hello", range(5))))
print({k: len(k) for k in ["pear", "fig", "apple", "kiwi"]})
print({i * 7 % 10: i for i in range(10)})
print(dict.fromkeys("stack", 0))
print(dict.fromkeys([3, 1, 2]))
e = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    e[w] = e.get(w, 0) + 1
print(e)
e.update({"zebra": 1, "the": 9})
e.update([("ant", 2)], bee=3)
print(e)
print(e.setdefault("fox", 100), e.setdefault("cat", 100), list(e)[-3:])
c = e.copy()
c["new"] = 1
print(list(c)[-2:], "new" in e, c == e)
print({"b": 1, "a": 2} | {"c": 3, "b": 4})
f = {"x": 1}
f |= {"w": 2, "x": 3}
print(f)
s = {}
for i in range(30):
    s[str(i)] = i
print(list(s)[:5], list(s)[-5:])
print(str({1: "a", 2: {"in": [1, {"y": 0, "x": 1}]}}))

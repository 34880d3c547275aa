a = [1, 2]
b = (3, 4)
c = range(5, 7)
print([*a, *b, *c])
print((*a, 0, *b))
print(sorted({*a, *b, 2}))
print([*"hi", *a])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d1, "w": 0, **d2, "x": 100})
print({**{}})
first, *rest = [*a, *b]
print(first, rest)
def g(*args, **kw):
    return args, sorted(kw.items())
print(g(*a, *b, **d1, **{"k": 9}))
t = *a, *b
print(t, type(t).__name__)
tuple = "shadowed"
print((*a, *b))

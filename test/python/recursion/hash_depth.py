# Hashing deeply nested tuples and frozensets, and using them as dict keys or set items,
# ends either with a result (CPython) or RecursionError (us: the C stack is smaller), never
# with a crash; shallow ones hash alike every time.
t = ()
for i in range(100000):
    t = (t,)
for name, fn in (("hash", lambda: hash(t)), ("dict", lambda: {t: 1}), ("set", lambda: {t})):
    try:
        fn()
    except RecursionError:
        pass
    print(name, "done")

fs = frozenset()
try:
    for i in range(3000):
        fs = frozenset([fs, i])
except RecursionError:
    pass
print("frozenset done")

u = ((1, 2), frozenset([3, (4, 5)]))
print(hash(u) == hash(((1, 2), frozenset([(4, 5), 3]))), {u: "v"}[((1, 2), frozenset([3, (4, 5)]))])

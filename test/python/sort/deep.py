# Comparing, searching, sorting and hashing very deeply nested lists and tuples raises an error
# (RecursionError in CPython, RuntimeError or RecursionError in MicroPython), never crashes.
# (printing them: strings/deep_repr.py)
def nest(n, wrap, x):
    for _ in range(n):
        x = wrap(x)
    return x

N = 200000
cases = (("list", lambda x: [x], []), ("tuple", lambda x: (x,), ()),
         ("pair", lambda x: [0, x], []), ("mixed", lambda x: ([x],), ()))
for name, wrap, base in cases:
    a = nest(N, wrap, base)
    b = nest(N, wrap, base)
    out = []
    ops = ["==", "!=", "<", "in", "index", "count", "sort", "hash"]
    for op in ops:
        try:
            if op == "==":
                a == b
            elif op == "!=":
                a != b
            elif op == "<":
                a < b
            elif op == "in":
                a in [b]
            elif op == "index":
                [b].index(a)
            elif op == "count":
                [b].count(a)
            elif op == "sort":
                sorted([a, b])
            elif op == "hash":
                # (CPython cannot hash a deep tuple: its own stack overflows)
                if isinstance(a, list) or isinstance(a[0], list):
                    hash(a)
            out.append(op + ":ok")
        except RuntimeError:
            out.append(op + ":deep")
        except TypeError:
            out.append(op + ":unhashable")
    print(name, " ".join(out))
# shallow ones still work
x = nest(50, lambda x: [x, 1], [])
y = nest(50, lambda x: [x, 1], [])
print(x == y, x < y, len(repr(x)), hash(nest(50, lambda t: (t, 2), ())) == hash(nest(50, lambda t: (t, 2), ())))

# Containers nested far deeper than the C stack allows end in RecursionError, never in a crash,
# for comparison, repr/str and json.dumps; at a moderate depth they either work or raise
# RecursionError (CPython raises at 1000 levels, we go deeper), so only survival is printed.
import json


def nest(kind, n):
    x = kind()
    for i in range(n):
        if kind is list:
            x = [x]
        elif kind is tuple:
            x = (x,)
        else:
            x = {"k": x}
    return x


def attempt(f):
    try:
        f()
        return "ok"
    except RecursionError:
        return "RecursionError"


for n in (2000, 100000):
    for kind in (list, tuple, dict):
        a = nest(kind, n)
        b = nest(kind, n)
        ops = [
            ("==", lambda: a == b),
            ("!=", lambda: a != b),
            ("repr", lambda: repr(a)),
            ("str", lambda: str(a)),
            ("json", lambda: json.dumps(a)),
            ("in", lambda: a in [b]),
        ]
        if kind is not dict:
            ops.append(("<", lambda: a < b))
        results = [name + ":" + attempt(f) for name, f in ops]
        if n == 100000:
            print(n, kind.__name__, " ".join(results))
        else:
            print(n, kind.__name__, "survived")
        a = b = None

# the interpreter is fine afterwards
print(repr(nest(list, 5)), nest(tuple, 3) == nest(tuple, 3), json.dumps(nest(dict, 2)))

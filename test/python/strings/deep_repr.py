# repr/str of very deeply nested lists and tuples raises an error (RecursionError in CPython,
# RuntimeError or RecursionError in MicroPython), never crashes. Needs the C-stack budget the
# library gives the VM on the main thread (160 kB): with the whole 2 MB shadow stack, V8's own
# stack overflows first in this recursion.
def nest(n, wrap, x):
    for _ in range(n):
        x = wrap(x)
    return x

for name, wrap, base in (("list", lambda x: [x], []), ("tuple", lambda x: (x,), ()),
                         ("pair", lambda x: [0, x], []), ("dict", lambda x: {"k": x}, {})):
    a = nest(200000, wrap, base)
    out = []
    for f in (repr, str):
        try:
            f(a)
            out.append("ok")
        except RuntimeError:
            out.append("deep")
    print(name, out)
print(repr(nest(5, lambda x: [x, "s"], [])), str(nest(3, lambda x: (x, 1.5), ())))

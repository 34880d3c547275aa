not_callable = 5
one_arg = lambda a: a
cases = [
    lambda: int("x"), lambda: "a" + 1, lambda: 1 + "a", lambda: {}["k"], lambda: [][0],
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 5.0 % 0,
    lambda: float("abc"), lambda: [].pop(), lambda: {}.pop("x"), lambda: [1].index(2),
    lambda: [1, 2, 3].remove(9), lambda: (1,).index(7), lambda: undefined_name,
    lambda: abs("x"), lambda: sorted([1, "a"]), lambda: 1 < "a", lambda: not_callable(),
    lambda: one_arg(1, 2), lambda: [1, 2] * "a", lambda: -"a", lambda: divmod(1, 0),
    lambda: range(0, 10, 0), lambda: int("12", 99), lambda: set().pop(),
]
for fn in cases:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    import no_such_module_here
except ImportError as e:
    print(e)
e = KeyError("missing")
print(str(e), repr(e), repr(ValueError("v")), str(KeyError(1)), str(KeyError("a", "b")))
d = {"a": 1}
try:
    d["b"]
except KeyError as err:
    print("key error:", err, err.args)

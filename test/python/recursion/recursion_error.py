# RecursionError: a subclass of RuntimeError, raised with CPython's message for too deep Python
# recursion, through C (special methods, generators, key functions) as well; afterwards the
# interpreter carries on.
print(issubclass(RecursionError, RuntimeError), issubclass(RecursionError, Exception))
print(RecursionError.__name__, isinstance(RecursionError("x"), RuntimeError))


def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)

try:
    f(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)


class Repr:
    def __repr__(self):
        return repr(Repr())


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class Attr:
    def __getattr__(self, name):
        return getattr(self, name)


def gen():
    yield from gen()


def key(v):
    return sorted([v, v], key=key)


cases = [
    ("repr", lambda: repr(Repr())),
    ("eq", lambda: Eq() == Eq()),
    ("hash", lambda: hash(Hash())),
    ("getattr", lambda: Attr().x),
    ("generator", lambda: list(gen())),
    ("sort key", lambda: sorted([1, 2], key=key)),
]
for name, fn in cases:
    try:
        fn()
        print(name, "returned")
    except RecursionError:
        print(name, "RecursionError")


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(100), "still fine")
try:
    raise RecursionError("custom")
except RuntimeError as e:
    print(type(e).__name__, e)

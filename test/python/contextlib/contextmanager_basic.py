from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)
with tag("p") as t:
    print("inside", t)
with tag("ul"):
    with tag("li"):
        print("item")
@contextmanager
def managed():
    print("setup")
    try:
        yield 42
    finally:
        print("cleanup")
try:
    with managed() as v:
        print("got", v)
        raise RuntimeError("fail")
except RuntimeError as e:
    print("caught", e)

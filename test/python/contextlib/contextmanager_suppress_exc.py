from contextlib import contextmanager
@contextmanager
def ignoring(*excs):
    try:
        yield
    except excs as e:
        print("ignored", type(e).__name__)
with ignoring(KeyError, IndexError):
    [][1]
with ignoring(KeyError):
    {}["x"]
try:
    with ignoring(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError escaped")
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

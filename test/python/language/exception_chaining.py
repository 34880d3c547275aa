# raise ... from ..., implicit __context__, and how traceback shows the chain
import traceback


class ConfigError(Exception):
    pass


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


try:
    load({}, "port")
except ConfigError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("not a number")


try:
    parse("x")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("no") from None


try:
    quiet("y")
except LookupError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# a class as the cause is instantiated
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

# no chain without an exception being handled
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)

# nested handlers: the innermost handled exception is the context
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner context:", repr(inner.__context__))
        raise TypeError("c")
except TypeError as outer:
    print("outer context:", repr(outer.__context__))

# raised in a function called from an except block
def helper():
    raise OSError("disk")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except OSError as e:
    print("helper context:", type(e.__context__).__name__)

# in a finally block
try:
    try:
        raise ValueError("body")
    finally:
        try:
            raise AttributeError("cleanup")
        except AttributeError as e:
            print("finally context:", repr(e.__context__))
except ValueError as e:
    print("body still propagates:", e, e.__context__)

# re-raising the same exception adds no self-reference
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise
except ValueError as e:
    print("reraise context:", e.__context__)

# assignable
e = ValueError("x")
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = IndexError("i")
e.__suppress_context__ = False
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)
try:
    raise ValueError from 42
except TypeError as t:
    print("TypeError:", t)


def summary(exc, chain=True):
    # traceback text without the frame lines (their paths differ)
    lines = traceback.format_exception(exc, chain=chain)
    return [line for line in lines if not line.startswith("  ")]


try:
    load({}, "host")
except ConfigError as e:
    for line in summary(e):
        print(line, end="")
    print("--")
    for line in summary(e, chain=False):
        print(line, end="")
    print("--")

try:
    parse("z")
except RuntimeError as e:
    print("".join(summary(e)), end="")
    print("--")
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__cause__)
    print("".join(l for l in te.format() if not l.startswith("  ")), end="")
    print("--")

try:
    quiet("w")
except LookupError as e:
    print("".join(summary(e)), end="")
    print("--")

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError:
    text = traceback.format_exc()
    print([l for l in text.splitlines() if l and not l.startswith("  ")])

# a cycle made by hand does not loop forever
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
print(len(summary(a)))

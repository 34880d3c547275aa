from contextlib import suppress, closing, nullcontext
import os
with suppress(OSError):
    os.remove("does-not-exist.txt")
print("suppressed missing file")
with suppress(ValueError, TypeError):
    int("x")
print("after int")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)
class Conn:
    def __init__(self):
        self.open = True
    def close(self):
        self.open = False
        print("conn closed")
with closing(Conn()) as c:
    print("open?", c.open)
print("open after?", c.open)
def process(path=None):
    cm = open(path) if path else nullcontext("default")
    with cm as f:
        return f
print(process())
with nullcontext() as n:
    print(n)

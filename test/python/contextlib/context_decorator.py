from contextlib import contextmanager, ContextDecorator
@contextmanager
def traced(label):
    print("enter", label)
    yield
    print("exit", label)
@traced("work")
def work(x):
    print("working", x)
    return x * 2
print(work(3))
print(work(4))
class timing(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop")
        return False
@timing()
def f():
    print("in f")
f()
with timing():
    print("in block")

import traceback, io
def fail(n):
    if n == 0:
        raise KeyboardInterrupt if False else LookupError("depth reached")
    fail(n - 1)
try:
    fail(3)
except LookupError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    text = buf.getvalue()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(text.count("in fail") >= 4)

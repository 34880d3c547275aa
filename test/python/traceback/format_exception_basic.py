import traceback
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
    print(len(lines) >= 3)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

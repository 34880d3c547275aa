import traceback
try:
    {}["missing"]
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()))
    out = list(te.format())
    print(out[0], end="")
    print(out[-1], end="")
try:
    int("x")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te))

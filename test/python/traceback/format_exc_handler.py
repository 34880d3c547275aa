import sys
import traceback


def parse(value):
    return int(value)


def risky(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            text = traceback.format_exc()
            print("last line:", text.strip().splitlines()[-1].split(":")[0])
            print("starts:", text.splitlines()[0])
    return out


print(risky(["1", "x", "3"]))
try:
    {}["missing"]
except KeyError:
    exc_type, exc, tb = sys.exc_info()
    print(exc_type.__name__, type(exc).__name__, exc_type is KeyError)
try:
    raise RuntimeError("boom")
except RuntimeError:
    traceback.print_exc(file=sys.stdout) if False else None
    lines = traceback.format_exc().splitlines()
    print(lines[0], "|", lines[-1])

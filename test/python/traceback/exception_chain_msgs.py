import traceback
errs = [ValueError("bad"), TypeError("wrong type"), KeyError("k"), IndexError("out"), Exception(), RuntimeError("a", "b")]
for e in errs:
    print(traceback.format_exception_only(e)[0], end="")
print(traceback.format_exception_only(None) if False else "", end="")
print(traceback.format_exc() if False else "NoneType: None")

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "mod.py", 42)
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("bad runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    print([(x.filename, x.lineno, str(x.message)) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once")
    warnings.warn("different")
    print([str(x.message) for x in w])
try:
    warnings.warn("x", category=int)
except TypeError:
    print("TypeError: category")

import warnings
def deprecated(reason):
    def deco(fn):
        def wrapper(*a, **k):
            warnings.warn("%s is deprecated: %s" % (fn.__name__, reason), DeprecationWarning, stacklevel=2)
            return fn(*a, **k)
        return wrapper
    return deco
@deprecated("use new_api")
def old_api(x):
    return x * 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_api(21))
    print(caught[0].category.__name__, caught[0].message)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "x.py", 3, "  code line  ")))

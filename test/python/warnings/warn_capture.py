import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance warning"))
    print(len(w))
    for item in w:
        print(item.category.__name__, str(item.message))
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))

import warnings
cats = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning]
print([c.__name__ for c in cats])
print(all(issubclass(c, Warning) for c in cats), issubclass(Warning, Exception))
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    print(w[0].category is MyWarning, issubclass(w[0].category, UserWarning))

from functools import lru_cache
seen = []
@lru_cache(maxsize=32, typed=True)
def describe(x):
    seen.append(repr(x))
    return type(x).__name__
print(describe(3), describe(3.0), describe(3))
print(seen)
print(describe.cache_info())
@lru_cache(maxsize=32)
def untyped(x):
    seen.append(x)
    return x
untyped(1); untyped(1)
print(untyped.cache_info().hits)
@lru_cache(maxsize=8)
def kw(a, b=0):
    return a + b
print(kw(1, b=2), kw(1, b=2), kw.cache_info().hits)

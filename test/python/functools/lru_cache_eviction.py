from functools import lru_cache
calls = []
@lru_cache(maxsize=3)
def slow_square(x):
    calls.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(x)
print(calls)
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(slow_square.cache_parameters())
@lru_cache
def ident(x):
    return x
print(ident(3), ident(3), ident.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

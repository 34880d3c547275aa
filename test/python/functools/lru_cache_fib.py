from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print([fib(i) for i in range(15)])
print(fib.cache_info().hits, fib.cache_info().misses)

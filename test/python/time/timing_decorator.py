import time
from functools import wraps
def timed(fn):
    @wraps(fn)
    def wrapper(*a):
        start = time.perf_counter()
        r = fn(*a)
        elapsed = time.perf_counter() - start
        wrapper_calls.append(elapsed >= 0)
        return r
    return wrapper
wrapper_calls = []
@timed
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), len(wrapper_calls), all(wrapper_calls))

from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    return a + b
print(add(2, 3))
def counted(func):
    count = [0]
    @wraps(func)
    def inner(*a):
        count[0] += 1
        return func(*a)
    inner_count = count
    return inner, inner_count
f, c = counted(lambda x: x * 2)
f(1); f(2)
print(c[0])
def retry(times):
    def deco(func):
        @wraps(func)
        def run(*a):
            for i in range(times):
                try:
                    return func(*a)
                except ValueError as e:
                    print("attempt", i + 1, "failed:", e)
            return None
        return run
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return "ok"
print(flaky())

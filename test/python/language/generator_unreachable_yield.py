def never():
    if False:
        yield 1

def after_return():
    return
    yield 2

def while_false():
    while False:
        yield 3
    return

for fn in (never, after_return, while_false):
    g = fn()
    print(fn.__name__, type(g).__name__, list(g))

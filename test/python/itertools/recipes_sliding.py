from itertools import islice, tee, chain, repeat, count
from collections import deque
def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
print(list(sliding_window("ABCDEFG", 4)))
def take(n, iterable):
    return list(islice(iterable, n))
print(take(5, count(10, 3)))
def padnone(iterable):
    return chain(iterable, repeat(None))
print(take(5, padnone([1, 2])))
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
print(nth(range(10), 3), nth(range(3), 10, "x"))
def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        nxt = []
        for it in iterators:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iterators = nxt
print(list(roundrobin("ABC", "D", "EF")))

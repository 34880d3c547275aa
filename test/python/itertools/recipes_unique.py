from itertools import groupby, filterfalse, chain, combinations
from operator import itemgetter
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
def unique_justseen(iterable, key=None):
    return map(next, map(itemgetter(1), groupby(iterable, key)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def partition(pred, iterable):
    t = list(iterable)
    return list(filterfalse(pred, t)), list(filter(pred, t))
print(partition(lambda x: x % 2, range(10)))

from functools import reduce
import operator
data = [{"k": "a", "v": 1}, {"k": "b", "v": 2}, {"k": "a", "v": 3}]
def add(acc, d):
    acc[d["k"]] = acc.get(d["k"], 0) + d["v"]
    return acc
grouped = reduce(add, data, {})
print(sorted(grouped.items()))
print(reduce(operator.mul, range(1, 21)), reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(inc_then_double(4))
nested = {"a": {"b": {"c": 42}}}
print(reduce(lambda d, k: d[k], ["a", "b", "c"], nested))

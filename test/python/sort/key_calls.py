# The key function is called exactly once per element, reverse=True included.
calls = []
def key(x):
    calls.append(x)
    return x % 10
data = list(range(100, 0, -1))
out = sorted(data, key=key)
print(len(calls), sorted(calls) == sorted(data), out[:12])
calls.clear()
data.sort(key=key, reverse=True)
print(len(calls), data[:12])
calls.clear()
print(sorted([5], key=key), len(calls), sorted([], key=key), len(calls))
# builtin and bound-method keys
print(sorted(["bb", "a", "ccc", ""], key=len), sorted(["B", "a", "C"], key=str.lower))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
# keys that are tuples: sort by several fields at once
rows = [("b", 2, 9), ("a", 2, 1), ("c", 1, 5), ("a", 1, 7)]
print(sorted(rows, key=lambda r: (r[1], r[0])), sorted(rows, key=lambda r: (-r[1], r[2])))
# the key is not called again for comparisons
n = [0]
def counting_key(x):
    n[0] += 1
    return -x
big = [(i * 7919) % 10007 for i in range(5000)]
res = sorted(big, key=counting_key)
print(n[0], res[:5], res == sorted(big, reverse=True))

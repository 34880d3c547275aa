from collections import defaultdict
s = [("yellow", 1), ("blue", 2), ("yellow", 3), ("blue", 4), ("red", 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(sorted(d.items()))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()))
print(d.default_factory, counts.default_factory)
nd = defaultdict(lambda: "N/A", {"x": "1"})
print(nd["x"], nd["y"], sorted(nd))
print("missing" in d, d.get("missing"), len(d))
plain = defaultdict(None)
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], isinstance(t, dict))
print(repr(defaultdict(int)), repr(defaultdict(list, {1: [2]})))
sets = defaultdict(set)
sets["x"].add(1); sets["x"].add(1); sets["y"]
print(sorted((k, sorted(v)) for k, v in sets.items()))

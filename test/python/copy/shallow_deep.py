import copy
orig = [1, [2, 3], {"k": [4, 5]}]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[1].append(99)
orig[2]["k"].append(6)
orig.append("new")
print(orig)
print(sh)
print(dp)
print(sh[1] is orig[1], dp[1] is orig[1])
d = {"a": [1], "b": {"c": 2}}
d2 = copy.deepcopy(d)
d2["b"]["c"] = 3
print(d, d2)

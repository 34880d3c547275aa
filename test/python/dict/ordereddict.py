# OrderedDict keeps order and does fast lookups.
from collections import OrderedDict

od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.items()))
del od["z"]
od["z"] = 4
print(list(od.items()), od.popitem(), list(od))
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 == {"y": 2, "x": 1}, {"y": 2, "x": 1} == od2, dict(od2) == dict(od3))
print(list(OrderedDict.fromkeys("hello")))
big = OrderedDict()
for i in range(100000):
    big[i * 3] = i
print(len(big), sum(1 for i in range(100000) if i * 3 in big), big[299997], list(big)[-3:])
for i in range(0, 300000, 6):
    del big[i]
print(len(big), list(big)[:3])
c = big.copy()
print(type(c).__name__, len(c), list(c)[:2])

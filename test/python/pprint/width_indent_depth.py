import pprint
data = {"alpha": [1, 2, 3, 4, 5, 6, 7, 8], "beta": {"x": 1, "y": [10, 20]}, "gamma": "short"}
pprint.pprint(data, width=30)
pprint.pprint(data, width=30, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint([[1, [2, [3, [4, [5]]]]]], depth=3)
print(pprint.pformat(data, width=200))

import pprint
pprint.pprint(list(range(60)), compact=True, width=50)
pprint.pprint(["word%d" % i for i in range(20)], compact=True, width=40)
print(pprint.pformat({"z": 1, "a": 2, "m": 3}))
print(pprint.pformat({"z": 1, "a": 2, "m": 3}, sort_dicts=False))
print(pprint.pformat({3: "c", 1: "a", 2: "b"}))
pprint.pp({"b": 1, "a": 2})

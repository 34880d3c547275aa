import pprint
l = [1, 2]
l.append(l)
print(pprint.saferepr(l).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(l), pprint.isreadable([1, 2]), pprint.isreadable(object()))
d = {"a": 1}
d["self"] = d
print(pprint.isrecursive(d), pprint.saferepr({"b": 2, "a": 1}), pprint.saferepr([3, 1]))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10 ** 10, 5], underscore_numbers=True))
pp = pprint.PrettyPrinter(width=25, indent=2)
pp.pprint({"k1": [1, 2, 3, 4], "k2": {"inner": "value"}})
print(pp.pformat((1,)), pp.pformat(()), pp.pformat([]), pp.pformat({}))

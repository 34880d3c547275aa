import pprint
pprint.pprint(tuple(range(30)))
pprint.pprint((("a" * 30, "b" * 30), ("c" * 30,)), width=40)
pprint.pprint(frozenset(range(25)))
pprint.pprint(set(range(25)))
pprint.pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(5)], width=40)

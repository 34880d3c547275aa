import pprint
data = {"name": "example", "items": list(range(30)), "nested": {"a": [1, 2, {"deep": tuple(range(12))}], "b": "x" * 50}, "empty": {}, "t": (1,), "flag": True, "none": None}
pprint.pprint(data)

import json
cases = [
  {"a": 1, "b": [1, 2.5, None, True, False], "c": {"d": "é\u2028\x7f\x01\n\"\\", "e": "😀"}},
  [], {}, [[]], {"x": {}}, (1, 2), 1e16, 1.0, -0.0, float('nan'), float('inf'), 10**30,
  {1: 2, 2.5: 3, None: 4, True: 5, False: 6},
  {"b": 1, "a": [3, {"z": 1, "y": 2}]},
]
for c in cases:
    for kw in ({}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": "\t", "sort_keys": True}, {"indent": 0}):
        try:
            print(json.dumps(c, **kw))
        except Exception as e:
            print(type(e).__name__, e)
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
print(E(indent=1).encode([1, {"a": {2, 1}}]))
print(json.dumps([1, 2], default=str), json.dumps({"k": object.__class__.__name__}))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
d = [1]
for i in range(300): d = [d]
print(len(json.dumps(d)))
class I(int): pass
print(json.dumps([I(3), True]))

# an encoder subclass keeps its own separators unless the call gives some
class S(json.JSONEncoder):
    item_separator = ';'
print(S().encode([1,2]), S(indent=1).encode([1, 2]), json.dumps([1,[2]], indent=2, separators=(',', '=')), json.dumps({"a": [1]}, indent="\t"))

import json
record = {"name": "Zoë", "tags": ["a", "b"], "score": 9.8, "ok": True, "none": None, "nested": {"z": 1, "a": [1, 2, {"deep": []}]}}
print(json.dumps(record))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2], indent=4), json.dumps({}, indent=2), json.dumps([[]], indent="\t"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("tab\t quote\" backslash\\ ctrl\x01 snow☃ emoji\U0001F600"))
print(json.dumps([float("inf"), float("-inf")]), json.dumps(1e16), json.dumps(0.1 + 0.2))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps({"p": Point(1, 2)}, default=lambda o: o.__dict__))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
try:
    json.dumps(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)

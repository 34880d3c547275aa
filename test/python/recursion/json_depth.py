# json.loads of very deep or unterminated nesting fails cleanly (CPython raises RecursionError,
# we may raise ValueError or build the structure), and the structures it builds can be dumped or
# compared without crashing.
import json

for text in ("[" * 100000, "{\"a\":" * 100000, "[" * 100000 + "]" * 100000):
    try:
        v = json.loads(text)
        try:
            json.dumps(v)
            print("dumped")
        except RecursionError:
            print("done")
    except (RecursionError, ValueError):
        print("done")

print(json.loads("[" * 50 + "1" + "]" * 50) == json.loads("[" * 50 + "1" + "]" * 50))
print(json.dumps(json.loads('{"a": [1, {"b": [2, [3]]}]}')))

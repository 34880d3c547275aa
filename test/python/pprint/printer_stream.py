import pprint, io
buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint({"a": list(range(8)), "b": "text"})
pp.pprint([1, 2])
print(buf.getvalue(), end="")
print(pp.isreadable({"x": 1}), pp.isrecursive([]))
deep = [1, [2, [3, [4, [5, [6]]]]]]
print(pprint.pformat(deep, depth=2), pprint.pformat(deep, depth=4))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError:", e)

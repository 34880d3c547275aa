from typing import List, Dict, DefaultDict, Deque, Counter, OrderedDict
import typing
print(typing.List, typing.Dict, typing.DefaultDict[str, int], typing.Deque[int])
d = typing.DefaultDict(list) if False else __import__("collections").defaultdict(list)
d["a"].append(1)
print(dict(d))
try:
    List()
except TypeError as e:
    print("TypeError:", e)
print(typing.Counter("aab")["a"], typing.OrderedDict([("x", 1)]))
print(typing.Text is str, typing.AnyStr, typing.Hashable.__name__, typing.Sized.__name__)

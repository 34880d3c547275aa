import copy
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd2["a"].append(2); dd2["b"].append(3)
print(sorted(dd.items()), sorted(dd2.items()), dd2.default_factory)
c = Counter("hello")
c2 = copy.copy(c)
c2["l"] += 5
print(c["l"], c2["l"], type(c2).__name__)
P = namedtuple("P", "x y")
p = copy.deepcopy(P(1, [2]))
print(p, type(p).__name__)
dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[1].append(3)
print(dq, dq2)
od = OrderedDict(a=1)
print(copy.copy(od) == od)

import pprint
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {k: list(range(k)) for k in range(1, 8)}))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque(range(30)))
pprint.pprint(Counter({"apples": 10, "pears": 4, "kiwis": 7, "plums": 1, "figs": 2, "limes": 3}), width=30)

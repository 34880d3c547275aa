from collections import OrderedDict
od = OrderedDict()
od["z"] = 1; od["a"] = 2; od["m"] = 3
print(list(od), list(od.values()))
od.move_to_end("z"); print(list(od))
od.move_to_end("m", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
print(od2 == OrderedDict([("y", 2), ("x", 1)]), od2 == {"y": 2, "x": 1})
print(repr(OrderedDict()), OrderedDict.fromkeys("abc", 0))
print(list(reversed(OrderedDict([("p", 1), ("q", 2)]))))
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get_item(self, key):
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)
lru = LRU(2)
lru.put("a", 1); lru.put("b", 2); lru.get_item("a"); lru.put("c", 3)
print(list(lru.keys()))

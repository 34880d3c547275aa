from collections.abc import MutableSequence, Set, Mapping
class SortedList(MutableSequence):
    def __init__(self, items=()):
        self._d = sorted(items)
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v; self._d.sort()
    def __delitem__(self, i): del self._d[i]
    def __len__(self): return len(self._d)
    def insert(self, i, v):
        self._d.append(v); self._d.sort()
    def __repr__(self): return "SortedList(%r)" % self._d
s = SortedList([5, 1, 3])
s.append(2); s.extend([9, 0])
print(s, s.index(3), s.count(1), 9 in s, list(reversed(s)))
s.remove(9); print(s.pop(), s)
class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
    def __len__(self): return len(self.items)
a, b = ListSet("abcd"), ListSet("cdef")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= ListSet("abcdz"), a.isdisjoint(ListSet("xyz")))
class Frozen(Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(sorted(self._d))
    def __len__(self): return len(self._d)
f = Frozen(b=2, a=1)
print(list(f), list(f.items()), list(f.values()), f.get("z"), "a" in f, f == {"a": 1, "b": 2})

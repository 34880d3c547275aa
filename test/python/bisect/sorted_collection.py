import bisect
class SortedList:
    def __init__(self, items=()):
        self._d = sorted(items)
    def add(self, x):
        bisect.insort(self._d, x)
    def remove(self, x):
        i = bisect.bisect_left(self._d, x)
        if i == len(self._d) or self._d[i] != x:
            raise ValueError(x)
        del self._d[i]
    def __contains__(self, x):
        i = bisect.bisect_left(self._d, x)
        return i < len(self._d) and self._d[i] == x
    def range(self, lo, hi):
        return self._d[bisect.bisect_left(self._d, lo):bisect.bisect_right(self._d, hi)]
s = SortedList([5, 1, 9, 3])
s.add(4); s.add(7); s.remove(9)
print(s._d, 4 in s, 9 in s, s.range(3, 6))
try:
    s.remove(100)
except ValueError as e:
    print("ValueError", e)

from functools import cache, lru_cache
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @lru_cache(maxsize=None)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)
g = Grid(10, 10)
print(g.paths(10, 10))
print(g.paths(5, 5))
@cache
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))

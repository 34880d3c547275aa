from dataclasses import dataclass, replace
@dataclass(frozen=True)
class Coord:
    x: int
    y: int
    def neighbors(self):
        return {replace(self, x=self.x + dx, y=self.y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))}
start = Coord(0, 0)
seen = {start}
frontier = {start}
for _ in range(2):
    frontier = {n for c in frontier for n in c.neighbors()} - seen
    seen |= frontier
print(len(seen), sorted((c.x, c.y) for c in seen)[:5], Coord(1, 2) in seen, Coord(2, 2) in seen)

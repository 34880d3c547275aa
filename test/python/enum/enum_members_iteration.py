from enum import Enum
class Direction(Enum):
    N = (0, 1)
    E = (1, 0)
    S = (0, -1)
    W = (-1, 0)
    def turn_right(self):
        members = [Direction.N, Direction.E, Direction.S, Direction.W]
        return members[(members.index(self) + 1) % 4]
    def move(self, x, y):
        dx, dy = self.value
        return x + dx, y + dy
pos = (0, 0)
d = Direction.N
for cmd in "FFRFFRFL":
    if cmd == "F":
        pos = d.move(*pos)
    elif cmd == "R":
        d = d.turn_right()
    else:
        d = d.turn_right().turn_right().turn_right()
print(pos, d, d.name, d.value)
print(Direction((1, 0)), sorted(m.name for m in Direction), Direction.W in Direction)

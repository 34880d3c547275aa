# with `from __future__ import annotations`, function annotations are kept as text
from __future__ import annotations
import dataclasses


def link(node: Node, parent: Node | None = None, *rest: list[Node], **kw: dict[str, int]) -> tuple[Node, ...]:
    return (node,)


print(link.__annotations__)


class Node:
    def children(self, depth: int = 1) -> list[Node]:
        return []


print(Node.children.__annotations__)
print(link(Node())[0].children())


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

    def moved(self, dx: int) -> Point:
        return Point(self.x + dx, self.y)


print(Point(1).moved(2), Point.moved.__annotations__)

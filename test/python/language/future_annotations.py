from __future__ import annotations
from dataclasses import dataclass, field
import typing

@dataclass
class Node:
    value: int
    next: Node | None = None
    children: list[Node] = field(default_factory=list)
    meta: typing.Dict[str, int] = field(default_factory=dict)

n = Node(1, Node(2))
print(n)
print(Node.__annotations__)
x: Optional[int] = 3
print(__annotations__, x)

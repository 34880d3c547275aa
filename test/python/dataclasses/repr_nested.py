from dataclasses import dataclass, field
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
@dataclass
class Secret:
    user: str
    password: str = field(repr=False)
print(Secret("ann", "hunter2"))
@dataclass
class Custom:
    x: int
    def __repr__(self):
        return "Custom<%d>" % self.x
print(Custom(5), [Custom(1)])
@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith("<"))

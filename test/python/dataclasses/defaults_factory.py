from dataclasses import dataclass, field
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = 0
a = Inventory("a")
b = Inventory("b")
a.items.append("widget")
a.tags["x"] = 1
print(a)
print(b)
print(a.items is b.items)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)

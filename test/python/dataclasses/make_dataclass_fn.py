from dataclasses import make_dataclass, field, asdict
Point3 = make_dataclass("Point3", [("x", int), ("y", int), ("z", int, field(default=0))])
p = Point3(1, 2)
print(p, asdict(p))
Item = make_dataclass("Item", ["name", ("price", float)], namespace={"total": lambda self, n: self.price * n})
it = Item("pen", 1.5)
print(it, it.total(4))
Sorted = make_dataclass("Sorted", [("k", int)], order=True)
print(sorted([Sorted(3), Sorted(1), Sorted(2)]))

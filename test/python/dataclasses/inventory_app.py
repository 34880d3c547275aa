from dataclasses import dataclass, field
from typing import List
@dataclass
class LineItem:
    sku: str
    qty: int
    unit_price: float
    @property
    def total(self):
        return round(self.qty * self.unit_price, 2)
@dataclass
class Order:
    order_id: int
    customer: str
    items: List[LineItem] = field(default_factory=list)
    def add(self, sku, qty, price):
        self.items.append(LineItem(sku, qty, price))
        return self
    def total(self):
        return round(sum(i.total for i in self.items), 2)
o = Order(1, "acme").add("A-1", 3, 2.5).add("B-2", 1, 10.0).add("C-3", 12, 0.25)
print(o.total())
for item in sorted(o.items, key=lambda i: -i.total):
    print("%-5s %3d x %6.2f = %7.2f" % (item.sku, item.qty, item.unit_price, item.total))
print(o.items[0])
print(len(o.items), o.customer)

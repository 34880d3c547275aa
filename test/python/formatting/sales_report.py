from dataclasses import dataclass, field
import json

@dataclass
class Sale:
    region: str
    units: int
    price: float
    tags: list = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.units * self.price

sales = [Sale("north", 1200, 9.99, ["promo"]), Sale("south", 310, 24.5), Sale("east", 87, 199.0, ["b2b", "vip"])]
grand = sum(s.total for s in sales)
print(f"{'Region':<8}{'Units':>8}{'Revenue':>14}{'Share':>8}")
print("-" * 38)
for s in sorted(sales, key=lambda s: s.total, reverse=True):
    print(f"{s.region.title():<8}{s.units:>8,}{s.total:>14,.2f}{s.total / grand:>8.1%}")
print("-" * 38)
print(f"{'Total':<8}{sum(s.units for s in sales):>8,}{grand:>14,.2f}{1:>8.0%}")
summary = {s.region: {"units": s.units, "revenue": round(s.total, 2), **({"tags": s.tags} if s.tags else {})} for s in sales}
print(json.dumps(summary, indent=2, sort_keys=True))
print(json.loads(json.dumps(summary)) == summary, sales[0])

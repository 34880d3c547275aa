from typing import NamedTuple, Optional

class Point(NamedTuple):
    x: float
    y: float
    label: Optional[str] = None

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

class Settings:
    debug: bool = False
    level: int | None = None
    name: str = "default"

    def __init__(self, **overrides):
        for key in self.__annotations__:
            setattr(self, key, overrides.get(key, getattr(type(self), key)))

    def __repr__(self):
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__annotations__)
        return f"Settings({fields})"

a, b = Point(0, 0, "origin"), Point(3, 4)
print(a, b, a.dist(b), b._asdict() if hasattr(b, "_asdict") else None)
print(Settings(), Settings(debug=True, level=3))
print(Settings.__annotations__["level"], isinstance(None, int | None), isinstance("x", int | None))
merged = {**{"a": 1}, **dict(b=2), "c": [*range(3), *"xy"]}
print(merged, [*merged], (*merged.values(),))

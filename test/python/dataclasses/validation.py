from dataclasses import dataclass, field
@dataclass
class Temperature:
    celsius: float
    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError("below absolute zero: %s" % self.celsius)
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
for c in (0, 100, -40, -300):
    try:
        t = Temperature(c)
        print(t, t.fahrenheit)
    except ValueError as e:
        print("ValueError:", e)
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = sorted([Task(3, "low"), Task(1, "urgent"), Task(2, "normal"), Task(1, "also urgent")])
print([t.name for t in tasks], Task(1, "a") == Task(1, "b"))

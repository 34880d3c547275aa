from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Address:
    street: str
    city: str
@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
p = Person("Ann", 30, Address("Main St", "Oslo"), ["123", "456"])
d = asdict(p)
print(d)
print(astuple(p))
print(d["address"]["city"], type(d["address"]).__name__)
d["phones"].append("789")
print(p.phones)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError:", e)

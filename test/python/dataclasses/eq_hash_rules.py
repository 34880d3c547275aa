from dataclasses import dataclass
@dataclass
class Mutable:
    x: int
print(Mutable.__hash__)
@dataclass(frozen=True)
class Frozen:
    x: int
print(hash(Frozen(1)) == hash((1,)))
@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: int
print(hash(Unsafe(1, 2)) == hash((1, 2)))
@dataclass(eq=False)
class NoEq:
    x: int
a = NoEq(1)
print(a == NoEq(1), a == a, hash(a) == hash(a))
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError: unhashable")

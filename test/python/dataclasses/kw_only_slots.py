from dataclasses import dataclass, field, KW_ONLY
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError:
    print("TypeError: positional")
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=5))
@dataclass
class P:
    x: int
    y: int = field(default=0, kw_only=True)
    z: int = 9
print(P(1, 2), P(1, y=5))
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__)

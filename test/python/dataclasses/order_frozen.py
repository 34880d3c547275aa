from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) < Version(1, 2, 1), Version(2) >= Version(1, 99))
v = Version(1)
try:
    v.major = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
d = {Version(3): "three"}
print(d[Version(3)])

from enum import Enum, IntEnum
class A(Enum):
    X = 1
class B(Enum):
    X = 1
print(A.X == B.X, A.X.value == B.X.value, A.X is A(1), A.X != B.X)
try:
    A(2)
except ValueError as e:
    print("ValueError:", e)
try:
    A["Y"]
except KeyError as e:
    print("KeyError:", e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE == 1, N.TWO > N.ONE, N(2) is N.TWO, sum(N), [n * 10 for n in N] if True else None)

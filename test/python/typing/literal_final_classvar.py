from typing import Literal, Final, ClassVar, Any, NewType
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return "mode " + m
print(open_mode("r"))
MAX: Final[int] = 10
class Counter:
    instances: ClassVar[int] = 0
    def __init__(self) -> None:
        Counter.instances += 1
Counter(); Counter()
print(Counter.instances, MAX)
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__)
def f(x: Any) -> Any:
    return x
print(f([1]), Literal["r", "w"])

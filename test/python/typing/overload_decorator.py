from typing import overload, Union, final, no_type_check
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2
print(double(4), double("ab"))
@final
class Leaf:
    pass
print(Leaf.__name__)
@no_type_check
def loose(a: "whatever") -> "nothing":
    return a
print(loose(3))

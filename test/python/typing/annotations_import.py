from typing import Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator, Sequence, Mapping, TypeVar, Generic, Protocol, TYPE_CHECKING, cast, overload, Final, ClassVar, Literal, NamedTuple, TypedDict
if TYPE_CHECKING:
    import nothing_here
def greet(name: str, times: int = 1) -> str:
    return " ".join(["hi " + name] * times)
def total(xs: List[int]) -> int:
    return sum(xs)
def lookup(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
def pair(a: Union[int, str], b: Tuple[int, ...]) -> Any:
    return (a, b)
print(greet("bob", 2), total([1, 2, 3]), lookup({"a": 1}, "b"), apply(lambda v: v * v, range(4)), pair("x", (1, 2)))
x: Final = 3
print(cast(int, "not really an int"), x, TYPE_CHECKING)

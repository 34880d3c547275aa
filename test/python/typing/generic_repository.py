from typing import TypeVar, Generic, Dict, List, Optional, Callable
T = TypeVar("T")
class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}
        self._next = 1
    def add(self, item: T) -> int:
        i = self._next
        self._items[i] = item
        self._next += 1
        return i
    def get(self, i: int) -> Optional[T]:
        return self._items.get(i)
    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [v for k, v in sorted(self._items.items()) if pred(v)]
r: Repo[str] = Repo()
for name in ["ann", "bob", "alice"]:
    r.add(name)
print(r.get(2), r.get(9), r.find(lambda s: s.startswith("a")))

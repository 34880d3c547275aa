from typing import TypeVar, Generic, List, Optional
T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K, N, T.__name__, K.__bound__ is str, N.__constraints__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None
s = Stack()
s.push(1); s.push(2)
print(s.pop(), s.peek(), len(s.items), isinstance(s, Stack))
class Pair(Generic[T, K]):
    def __init__(self, a, b):
        self.a, self.b = a, b
    def swap(self):
        return Pair(self.b, self.a)
p = Pair(1, "x").swap()
print(p.a, p.b)

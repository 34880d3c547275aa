from typing import Protocol, runtime_checkable, Iterable
class Drawable(Protocol):
    def draw(self) -> str:
        ...
class Circle:
    def draw(self) -> str:
        return "circle"
class Square:
    def draw(self) -> str:
        return "square"
def render(shapes: Iterable[Drawable]) -> str:
    return ", ".join(s.draw() for s in shapes)
print(render([Circle(), Square()]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Impl(Closable):
    def close(self) -> None:
        print("closed")
Impl().close()

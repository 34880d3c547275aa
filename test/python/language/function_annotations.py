# function annotations: __annotations__ in parameter order, then 'return'


def area(width: float, height: float = 1.0) -> float:
    return width * height


print(area.__annotations__)
print(area(2, 3), area(4))


def plain(a, b=2, *args, **kw):
    return a


print(plain.__annotations__, plain(1))


def mixed(a, b: int, *args: str, key: bool = False, other, **extra: object) -> None:
    pass


print(list(mixed.__annotations__.items()))
mixed(1, 2, other=3)


def only_return() -> list:
    return [1]


print(only_return.__annotations__, only_return())


def kwonly(*, limit: int = 10, name: str) -> dict:
    return {name: limit}


print(kwonly.__annotations__, kwonly(name="n"), kwonly(name="m", limit=3))


def strings(node: "Node", parent: "Node | None" = None) -> "Node":
    return node


print(strings.__annotations__)


class Service:
    def fetch(self, key: str, retries: int = 3) -> "bytes | None":
        return None

    @staticmethod
    def make(n: int) -> "Service":
        return Service()

    @classmethod
    def build(cls, spec: dict) -> "Service":
        return cls()


print(Service.fetch.__annotations__)
print(Service().fetch.__annotations__)
print(Service.make.__annotations__)
print(Service.build.__annotations__)


def outer(scale: int):
    def inner(x: int) -> int:
        return x * scale
    return inner


f = outer(3)
print(f.__annotations__, f(2))

lam = lambda x: x
print(lam.__annotations__)


def gen(n: int) -> "Iterator[int]":
    yield from range(n)


print(gen.__annotations__, list(gen(3)))

# annotations are evaluated when the def runs
kind = int
def later(x: kind) -> kind:
    return x
kind = str
print(later.__annotations__)

# a dispatcher reading annotations, as small frameworks do
def route(fn):
    hints = {k: v for k, v in fn.__annotations__.items() if k != "return"}
    def call(**raw):
        return fn(**{k: hints[k](v) for k, v in raw.items()})
    return call


@route
def add(a: int, b: int) -> int:
    return a + b


print(add(a="2", b="40"))

import functools


@functools.singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register
def _(x: str):
    return "str"


print(show(1), show("a"), show(1.5))

import typing
print(typing.get_type_hints(area))

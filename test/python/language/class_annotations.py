class Config:
    name: str = "app"
    retries: int = 3
    tags: list
    ratio: float = 0.5

print(Config.__annotations__)
print(list(Config.__annotations__), Config.name, Config.retries)
print(hasattr(Config, "tags"))

class Child(Config):
    extra: bool = True

print(Child.__annotations__, Child.retries)

count: int = 10
label: str
print(__annotations__)

def f():
    local: int = 5
    other: str
    return local

print(f())

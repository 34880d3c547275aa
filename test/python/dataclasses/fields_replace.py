from dataclasses import dataclass, field, fields, replace, is_dataclass
@dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = field(default=False, metadata={"help": "enable debug"})
c = Config()
for f in fields(c):
    print(f.name, f.type.__name__, f.default)
print(fields(Config)[2].metadata["help"])
c2 = replace(c, port=9090, debug=True)
print(c, c2)
print(is_dataclass(c), is_dataclass(Config), is_dataclass(object()))
try:
    replace(c, nope=1)
except TypeError:
    print("TypeError")

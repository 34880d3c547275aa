from enum import Enum, StrEnum, auto, unique
class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom-Verb"
print(Method.GET, repr(Method.POST), Method.CUSTOM.value, Method.GET == "get", Method.GET.upper())
print("verb=%s" % Method.POST, sorted(m.value for m in Method))
class Weekday(Enum):
    MON = 1
    TUE = 2
    MONDAY = 1
print(Weekday.MONDAY is Weekday.MON, Weekday.MONDAY.name, len(Weekday), sorted(Weekday.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

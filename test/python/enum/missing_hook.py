from enum import Enum
class Color(Enum):
    RED = "red"
    GREEN = "green"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls.__members__.values():
                if member.value == value.lower():
                    return member
        return None
print(Color("RED"), Color("Green"))
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)

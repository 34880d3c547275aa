from enum import Enum, auto, IntEnum
class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
print([(s.name, s.value) for s in Status])
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10
    HIGHER = auto()
print([(l.name, l.value) for l in Level])
class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "!"
    ALPHA = auto()
    BETA = auto()
print(Custom.ALPHA.value, Custom.BETA.value)

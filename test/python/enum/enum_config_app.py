from enum import Enum, IntEnum
class LogLevel(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
def parse_level(s):
    try:
        return LogLevel[s.upper()]
    except KeyError:
        return LogLevel(int(s))
print(parse_level("info"), parse_level("40"), parse_level("warning") >= LogLevel.INFO)
class Env(Enum):
    DEV = "development"
    PROD = "production"
    @property
    def debug(self):
        return self is Env.DEV
for name in ["development", "production"]:
    e = Env(name)
    print(e.name, e.value, e.debug)
settings = {Env.DEV: {"db": "sqlite"}, Env.PROD: {"db": "postgres"}}
print(settings[Env("production")]["db"])

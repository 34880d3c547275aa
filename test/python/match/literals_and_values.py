# Literal patterns (== except None/True/False, which are compared with `is`) and value patterns.
import enum

class Color(enum.Enum):
    RED = "r"
    GREEN = "g"

class Limits:
    LOW = 10
    HIGH = 100

def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 0j:
            return "never reached: 0j == 0"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Limits.LOW | Limits.HIGH:
            return "a limit"
        case 1:
            return "one (or 1.0)"
        case _:
            return "something else"

for v in [None, True, False, 0, 0.0, -1, 1.5, -2.5, "", "y", "yes", b"raw", "raw",
          Color.RED, Color.GREEN, "r", 10, 100, 1, 1.0, 50]:
    print(repr(v), "->", kind(v))

# True and 1 are equal but not identical
for v in (1, True):
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")

# adjacent string literals join, as everywhere
match "hello world":
    case "hello " "world":
        print("concatenated literal")

# complex literals
match 1 + 2j:
    case 1 + 2j:
        print("complex ok")
match -3 - 4j:
    case -3 - 4j:
        print("negative complex ok")

# a dotted name is a value, a bare name captures
RED = "not used"
match "r":
    case Color.RED.value:
        print("dotted value pattern")

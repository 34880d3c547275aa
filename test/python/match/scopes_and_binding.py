# Captures bind like assignments: locals in functions, globals at module level, global/nonlocal.
match {"name": "module", "n": 1}:
    case {"name": name, "n": n}:
        pass
print(name, n)

def local_capture(v):
    match v:
        case [x, y]:
            return x + y
    return "no match, x unbound" if "x" not in locals() else "bound"

print(local_capture([1, 2]), local_capture(5))

total = 0
def add_global(v):
    global total
    match v:
        case int(total):
            pass
add_global(41)
print(total)

def counter():
    last = None
    def see(v):
        nonlocal last
        match v:
            case {"value": last}:
                return True
        return False
    see({"value": "a"})
    see({"other": 1})
    see({"value": "b"})
    return last

print(counter())

# a capture in a comprehension-using body and a closure over a captured name
def make_adders(specs):
    out = []
    for spec in specs:
        match spec:
            case ("add", k):
                out.append(lambda x, k=k: x + k)
            case ("mul", k):
                out.append(lambda x, k=k: x * k)
    return [f(10) for f in out]

print(make_adders([("add", 1), ("mul", 3), ("nop",), ("add", -5)]))

# the wildcard binds nothing
_ = "kept"
match 99:
    case _:
        pass
print(_)

# as-patterns bind the whole subject part
match [1, (2, 3)]:
    case [int() as first, (a, b) as pair]:
        print(first, pair, a, b)

# class-level match
class Config:
    match {"mode": "fast"}:
        case {"mode": mode}:
            speed = 10 if mode == "fast" else 1
print(Config.mode, Config.speed)

# names are bound only when the whole pattern matched (the guard then sees them)
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        pass
print("after a failed case:", x)
match [1, 2]:
    case [x, 2] if x > 5:
        print("no")
    case _:
        pass
print("after a failed guard:", x)
match (5, 6):
    case (y, 0) | (6, y) | (_, y):
        pass
print("or-pattern bound", y)

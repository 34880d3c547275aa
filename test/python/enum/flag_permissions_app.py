from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
def parse_mode(s):
    result = Perm(0)
    for ch, flag in zip(s, (Perm.R, Perm.W, Perm.X)):
        if ch != "-":
            result |= flag
    return result
def mode_str(p):
    return "".join(c if p & f else "-" for c, f in zip("rwx", (Perm.R, Perm.W, Perm.X)))
for s in ["rwx", "r-x", "---", "rw-"]:
    p = parse_mode(s)
    print(s, int(p), mode_str(p), Perm.W in p, bool(p))
print(oct(int(parse_mode("rwx")) * 64 + int(parse_mode("r-x")) * 8 + int(parse_mode("r--"))))

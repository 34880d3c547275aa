from enum import Flag, IntFlag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw)
print(bool(Perm.READ & Perm.EXEC), rw & Perm.WRITE, list(rw), len(rw))
print([p.value for p in Perm], Perm(3), Perm(0), bool(Perm(0)))
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print(m, repr(m), m == 5, int(m), Mode.R | 8, Mode(7))
print(m & Mode.R, bool(m & Mode.W), ~Mode.R & 7)

import copy
t = (1, "a", None, 2.5)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3 == t2, t3 is t2, t3[1] is t2[1])
s = "text"
print(copy.copy(s) is s, copy.deepcopy(42), copy.deepcopy(None))
fs = frozenset([1, 2])
print(copy.copy(fs) == fs)
def f(): return 1
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(int) is int)
st = {1, 2}
print(sorted(copy.copy(st)), copy.copy(st) is st)

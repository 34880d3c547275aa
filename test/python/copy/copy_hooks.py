import copy
class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Tracked(copy.deepcopy(self.v, memo))
t = Tracked([1, 2])
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
t.v.append(3)
print(t2.v, t3.v)
class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = "expensive"
    def __getstate__(self):
        s = dict(self.__dict__)
        s["cache"] = None
        return s
    def __setstate__(self, s):
        self.__dict__.update(s) if False else [setattr(self, k, v) for k, v in s.items()]
        self.restored = True
w = copy.deepcopy(WithState())
print(w.data, w.cache, w.restored)

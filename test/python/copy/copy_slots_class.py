import copy
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __copy__(self):
        return P(self.x, self.y)
    def __deepcopy__(self, memo):
        return P(copy.deepcopy(self.x, memo), copy.deepcopy(self.y, memo))
p = P([1], 2)
q = copy.deepcopy(p)
q.x.append(5)
print(p.x, q.x, copy.copy(p).y)
lst = [P(1, 2), P(3, 4)]
lst2 = copy.deepcopy(lst)
print([(o.x, o.y) for o in lst2], lst2[0] is lst[0])

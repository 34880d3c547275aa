import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a, b[:2])
shared = {"x": 1}
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
memo = {}
c1 = copy.deepcopy(shared, memo)
c2 = copy.deepcopy(shared, memo)
print(c1 is c2)
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
n1, n2 = Node("a"), Node("b")
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print(m1.name, m1.next.name, m1.next.next is m1, m1 is n1)

import operator as op
a = [1, 2]
b = op.iadd(a, [3])
print(a, b, a is b)
s = "ab"
t = op.iadd(s, "cd")
print(s, t)
x = 10
x = op.isub(x, 3); x = op.imul(x, 4); x = op.ifloordiv(x, 3); x = op.imod(x, 5)
print(x)
print(op.ipow(2, 8), op.ilshift(1, 3), op.irshift(64, 2), op.iand(7, 12), op.ior(1, 4), op.ixor(5, 1), op.itruediv(9, 2))
l = [0]
print(op.iconcat(l, [1, 2]), l)

import operator as op
print(op.add(2, 3), op.sub(10, 4), op.mul(3, 7), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(3, 2), op.gt(1, 2))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(256, 2))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.contains([1, 2, 3], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2); print(d["b"], op.getitem(d, "a")); op.delitem(d, "a"); print(d)
print(op.getitem([10, 20, 30], slice(1, None)))
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
from functools import reduce
print(reduce(op.mul, range(1, 6)), reduce(op.or_, [1, 2, 4, 8]))
print(list(map(op.add, [1, 2, 3], [10, 20, 30])))
print(sorted([3, 1, 2], key=op.neg))

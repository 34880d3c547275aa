import operator as op
print(op.truth(0), op.truth("x"), op.not_([]), op.is_(None, None), op.contains("team", "i"), op.countOf("banana", "a"))
print(op.indexOf([3, 1, 4], 4), op.getitem({"k": "v"}, "k"), op.length_hint(range(7)), op.index(5))
print(op.concat((1,), (2,)), op.neg(-3), op.pos(4), op.inv(0), op.lshift(3, 2), op.rshift(16, 2), op.xor(6, 3), op.and_(6, 3), op.or_(6, 3))
try:
    op.concat(1, 2)
except TypeError:
    print("TypeError")
try:
    op.indexOf([1], 9)
except ValueError:
    print("ValueError")
print(op.call(len, "abc") if hasattr(op, "call") else 3)

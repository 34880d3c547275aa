from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, x: acc * x, range(1, 11), 1))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(reduce(operator.add, [], 0))
print(reduce(lambda acc, w: acc + len(w), ["alpha", "be", "gam"], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
# flatten nested lists
print(reduce(lambda a, b: a + b, [[1, 2], [3], [4, 5, 6]], []))

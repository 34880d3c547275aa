from itertools import chain
print(list(chain([1, 2], (3, 4), "ab")))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(chain()))
gen = (range(i) for i in range(4))
print(list(chain.from_iterable(gen)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(sum(chain.from_iterable(matrix)))
c = chain("xy", "z")
print(next(c), next(c), next(c))
try:
    next(c)
except StopIteration:
    print("done")

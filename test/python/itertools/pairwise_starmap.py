from itertools import pairwise, starmap
print(list(pairwise("ABCDE")))
print(list(pairwise([1])), list(pairwise([])))
temps = [20, 22, 19, 25, 25, 30]
print([b - a for a, b in pairwise(temps)])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: a * b, zip(range(4), range(4, 8)))))
points = [(0, 0), (3, 4), (6, 8)]
import math
print(sum(starmap(math.dist if hasattr(math, "dist") else (lambda p, q: ((p[0]-q[0])**2 + (p[1]-q[1])**2) ** 0.5), pairwise(points))))

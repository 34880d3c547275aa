from itertools import product
print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(len(list(product("abc", repeat=4))))
print(list(product([1, 2], [])), list(product()))
print(["".join(p) for p in product("01", repeat=3)])
sizes = ["S", "M"]
colors = ["red", "blue"]
for size, color in product(sizes, colors):
    print(size, color)
print(sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 7))

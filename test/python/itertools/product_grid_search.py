from itertools import product, count, takewhile, dropwhile
grid = {"lr": [0.1, 0.01], "depth": [2, 4, 8], "reg": ["l1", "l2"]}
keys = sorted(grid)
configs = [dict(zip(keys, vals)) for vals in product(*(grid[k] for k in keys))]
print(len(configs), configs[0], configs[-1])
def score(c):
    return c["depth"] * (1 if c["reg"] == "l2" else 0.5) - c["lr"] * 10
best = max(configs, key=score)
print(best, score(best))
squares = takewhile(lambda x: x < 50, (n * n for n in count(1)))
print(list(squares), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2, 8])))

import random
rng = random.Random(99)
prizes = ["gold", "silver", "bronze", "none"]
weights = [1, 3, 6, 90]
draws = rng.choices(prizes, weights=weights, k=5000)
counts = {p: draws.count(p) for p in prizes}
print(counts["none"] > counts["bronze"] > counts["silver"] > counts["gold"], sum(counts.values()))
pop = list(range(100))
s = rng.sample(pop, 10)
print(len(set(s)) == 10, all(x in pop for x in s))
rng.shuffle(pop)
print(sorted(pop) == list(range(100)), pop != list(range(100)))

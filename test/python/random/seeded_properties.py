import random
random.seed(12345)
xs = [random.random() for _ in range(2000)]
print(all(0 <= x < 1 for x in xs), 0.45 < sum(xs) / len(xs) < 0.55, len(set(xs)) > 1990)
ints = [random.randint(1, 6) for _ in range(600)]
print(min(ints), max(ints), all(ints.count(v) > 50 for v in range(1, 7)))
print(all(random.randrange(10, 20, 5) in (10, 15) for _ in range(50)), all(0 <= random.randrange(7) < 7 for _ in range(50)))
print(all(2.5 <= random.uniform(2.5, 3.5) <= 3.5 for _ in range(100)))

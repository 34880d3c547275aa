import random
rng = random.Random(2024)
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
est = 4 * inside / N
print(3.05 < est < 3.25)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(6000)]
print(max(range(2, 13), key=rolls.count) in (6, 7, 8), min(rolls) >= 2, max(rolls) <= 12)
walk = 0
for _ in range(1000):
    walk += rng.choice((-1, 1))
print(-200 < walk < 200)

import random
print(random.choices("abc", weights=[0, 0, 1], k=5))
print(random.choices(["x", "y"], cum_weights=[1, 1], k=3))
picks = random.choices(["common", "rare"], weights=[95, 5], k=1000)
print(picks.count("common") > 850, len(picks))
print(random.choice("z"), random.choice([7]), len(random.choices(range(5), k=10)))
try:
    random.choice([])
except IndexError:
    print("IndexError")
try:
    random.choices("ab", weights=[1], k=1)
except ValueError as e:
    print("ValueError")

import random
deck = [r + s for s in "SHDC" for r in "23456789TJQKA"]
random.shuffle(deck)
print(len(deck), sorted(deck) == sorted(r + s for s in "SHDC" for r in "23456789TJQKA"))
hand = random.sample(deck, 5)
print(len(hand), len(set(hand)), all(c in deck for c in hand))
print(sorted(random.sample(range(10), 10)) == list(range(10)), random.sample([], 0))
print(sorted(random.sample(["a", "b"], k=4, counts=[2, 2])))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError")
x = [1]
random.shuffle(x)
print(x)

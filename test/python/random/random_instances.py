import random
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.random() for _ in range(5)] == [r2.random() for _ in range(5)])
st = r1.getstate()
a = [r1.randint(0, 1000) for _ in range(5)]
r1.setstate(st)
print(a == [r1.randint(0, 1000) for _ in range(5)])
r3 = random.Random("seed string")
r4 = random.Random("seed string")
print(r3.choice(range(1000)) == r4.choice(range(1000)), random.Random(1).random() != random.Random(2).random())
print(len(random.randbytes(7)), random.getrandbits(70) < 2 ** 70, random.getrandbits(0))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 1 <= sr.randint(1, 3) <= 3)

import random
random.seed(7)
g = [random.gauss(10, 2) for _ in range(3000)]
m = sum(g) / len(g)
print(9.7 < m < 10.3)
n = [random.normalvariate(0, 1) for _ in range(3000)]
print(-0.1 < sum(n) / len(n) < 0.1)
e = [random.expovariate(2) for _ in range(3000)]
print(all(v >= 0 for v in e), 0.4 < sum(e) / len(e) < 0.6)
t = [random.triangular(1, 3) for _ in range(500)]
print(all(1 <= v <= 3 for v in t))
print(0 < random.betavariate(2, 3) < 1, random.gammavariate(2, 1) > 0, random.paretovariate(2) >= 1)
print(random.weibullvariate(1, 2) >= 0, random.lognormvariate(0, 1) > 0, 0 <= random.vonmisesvariate(0, 1) < 6.3)

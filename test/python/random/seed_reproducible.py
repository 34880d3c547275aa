import random
def run(seed):
    r = random.Random(seed)
    return [r.randint(1, 100) for _ in range(5)], r.choice("abcdef"), r.sample(range(20), 3), round(r.uniform(0, 1), 12)
print(run(1) == run(1), run(1) != run(2))
random.seed(5)
a = [random.random() for _ in range(3)]
random.seed(5)
b = [random.random() for _ in range(3)]
print(a == b)
st = random.Random(3)
snap = st.getstate()
x = st.random()
st.setstate(snap)
print(st.random() == x)

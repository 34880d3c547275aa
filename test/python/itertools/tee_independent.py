from itertools import tee, islice
a, b = tee(iter([1, 2, 3, 4, 5]))
print(next(a), next(a), next(a))
print(list(b))
print(list(a))
x, y, z = tee(range(4), 3)
print(list(x), list(y), list(z))
def gen():
    for i in range(5):
        print("produce", i)
        yield i
p, q = tee(gen())
print(list(islice(p, 2)))
print(list(islice(q, 3)))
print(list(p))
print(tee([1], 0))
# lookahead with tee
def with_next(it):
    a, b = tee(it)
    next(b, None)
    return zip(a, b)
print(list(with_next("abcd")))
m, n = tee("xyz")
m2, = tee(m, 1)
print(list(m2), list(n))

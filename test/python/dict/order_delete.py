# Deleting, re-inserting, popping.
d = {}
for k in "abcdefgh":
    d[k] = ord(k)
del d["c"]
d["c"] = 0
print(d)
d["a"] = -1  # overwriting keeps the position
print(list(d))
print(d.pop("d"), d.pop("nope", "default"), list(d))
print(d.popitem(), d.popitem(), list(d))
d["z"] = 26
print(d.popitem(), d)
while d:
    print(d.popitem(), end=" ")
print()
try:
    d.popitem()
except KeyError:
    print("KeyError on empty")
# popitem interleaved with inserts
p = {}
for i in range(20):
    p[i] = i
    if i % 3 == 2:
        print(p.popitem(), end=" ")
print()
print(p)
# delete all but a few, then add: order is kept
q = {i: i * i for i in range(1000)}
for i in range(1000):
    if i % 97:
        del q[i]
q[-1] = 1
q[0] = 7
print(q)
# queue: the dict keeps a bounded window of keys
w = {}
for i in range(100000):
    w[i] = i
    if i >= 50:
        del w[i - 50]
print(len(w), list(w)[:3], list(w)[-3:], sum(w))
# delete and re-add the same keys many times
r = dict.fromkeys("abcdef", 0)
for n in range(5000):
    k = "abcdef"[n % 6]
    v = r.pop(k)
    r[k] = v + 1
print(r)
r.clear()
r["again"] = 1
print(r, len(r))

from collections import deque
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3))
print(last3, last3.maxlen)
last3.appendleft(-1); print(last3)
last3.extend([10, 11]); print(last3)
def tail(lines, n=2):
    return deque(lines, maxlen=n)
print(tail(["a", "b", "c", "d"]))
def moving_average(seq, n=3):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))
z = deque([1, 2], maxlen=0); z.append(3); print(z)
print(deque(maxlen=2).maxlen, deque().maxlen)

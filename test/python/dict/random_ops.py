# Random dict operations (a fixed pseudo-random sequence) with many kinds of
# keys; prints a digest of the contents and order along the way.
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


def make_key(r):
    k = rnd(9)
    if k == 0:
        return r
    if k == 1:
        return -r * 1024
    if k == 2:
        return "s" + str(r)
    if k == 3:
        return (r % 7, "t", r // 7)
    if k == 4:
        return r * 65536
    if k == 5:
        return 2 ** 40 + r
    if k == 6:
        return float(r)  # equal to the int key r
    if k == 7:
        return "abcdefghij"[r % 10]
    return r % 5 == 0


def digest(d):
    h = len(d)
    for i, (k, v) in enumerate(d.items()):
        for c in repr(k):
            h = (h * 31 + ord(c)) % 1000000007
        h = (h * 31 + i * 7 + v) % 1000000007
    return h


def run(rounds, span):
    d = {}
    log = []
    for step in range(rounds):
        op = rnd(20)
        k = make_key(rnd(span))
        if op < 9:
            d[k] = step
        elif op < 13:
            if k in d:
                del d[k]
        elif op < 14:
            log.append(d.pop(k, -1))
        elif op < 15:
            if d:
                log.append(d.popitem()[1])
        elif op < 16:
            log.append(d.setdefault(k, step))
        elif op < 17:
            d.update({make_key(rnd(span)): step, make_key(rnd(span)): step + 1})
        elif op < 18:
            d = d.copy()
        elif op < 19:
            log.append(d.get(k, -2))
        elif rnd(50) == 0:
            d.clear()
        if step % (rounds // 10) == 0:
            print(step, len(d), digest(d), sum(log) % 1000003)
    print("end", len(d), digest(d), list(d.values())[:10], list(d.values())[-10:])


run(3000, 20)
run(20000, 300)
run(100000, 50000)

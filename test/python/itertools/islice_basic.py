from itertools import islice, count
print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(100), 10, 30, 7)))
print(list(islice(count(), 3, 8)))
print(list(islice([1, 2, 3], 5, 10)))
print(list(islice([1, 2, 3], 0)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
for bad in [(-1,), (0, -2), (0, 5, 0)]:
    try:
        islice([], *bad)
        list(islice([], *bad))
        print("no error", bad)
    except ValueError:
        print("ValueError", bad)
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunks(range(10), 4)))

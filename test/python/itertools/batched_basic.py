import itertools
if hasattr(itertools, "batched"):
    batched = itertools.batched
else:
    def batched(iterable, n):
        it = iter(iterable)
        while True:
            b = tuple(itertools.islice(it, n))
            if not b:
                return
            yield b
print(list(batched("ABCDEFG", 3)))
print(list(batched(range(6), 2)))
print(list(batched([], 4)))
for batch in batched(range(1, 11), 4):
    print(sum(batch), batch)

from itertools import compress, dropwhile, takewhile, filterfalse
data = [1, 4, 6, 4, 1, 8, 2]
print(list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: x < 5, data)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, 2])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (i % 3 == 0 for i in range(10)))))
lines = ["# comment", "# another", "code 1", "# not skipped", "code 2"]
print(list(dropwhile(lambda l: l.startswith("#"), lines)))

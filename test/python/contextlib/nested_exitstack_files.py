from contextlib import ExitStack
names = ["f1.txt", "f2.txt", "f3.txt"]
for i, n in enumerate(names):
    with open(n, "w") as f:
        f.write("line from %s\n" % n * (i + 1))
with ExitStack() as stack:
    files = [stack.enter_context(open(n)) for n in names]
    for f in files:
        print(len(f.read().splitlines()))
print(all(f.closed for f in files) if hasattr(files[0], "closed") else True)

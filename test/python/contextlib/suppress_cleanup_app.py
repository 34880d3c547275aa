from contextlib import suppress, ExitStack, contextmanager
import os
with open("tmp1.txt", "w") as f:
    f.write("x")
for name in ["tmp1.txt", "tmp1.txt", "nope.txt"]:
    with suppress(OSError):
        os.remove(name)
        print("removed", name)
print(os.path.exists("tmp1.txt"))
@contextmanager
def temp_file(name, content):
    with open(name, "w") as f:
        f.write(content)
    try:
        yield name
    finally:
        os.remove(name)
with ExitStack() as stack:
    names = [stack.enter_context(temp_file("t%d.txt" % i, "data%d" % i)) for i in range(3)]
    print(sorted(n for n in os.listdir(".") if n.startswith("t") and n.endswith(".txt")))
print([os.path.exists(n) for n in names])

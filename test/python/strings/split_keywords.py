# str.split / rsplit with keyword arguments, as parsing code writes them
line = "GET /index.html HTTP/1.1"
method, rest = line.split(maxsplit=1)
print(method, "|", rest)
print(line.rsplit(maxsplit=1))
print(line.rsplit(" ", maxsplit=1))
print("k=v=w".split(sep="=", maxsplit=1))
print("k=v=w".rsplit(sep="=", maxsplit=1))
print("a,b,,c".split(sep=","))
print("a b  c ".split(sep=None, maxsplit=-1))
print("  a b  c  ".rsplit(None, 1))
print("  a b  c  ".rsplit(None, 2))
print("  a b  c  ".rsplit(None, 0))
print("   ".rsplit(None, 1), "".rsplit(None, 1))
print("a\tb\nc d".rsplit(maxsplit=2))
print("x,y".rsplit(",", 10**9))
print("".rsplit(",", 1), ",".rsplit(",", 5))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1)[-1], path.rsplit(sep="/", maxsplit=2))
print(b"a b c".split(maxsplit=1), b"a:b:c".rsplit(sep=b":", maxsplit=1))
print(b"  a b  ".rsplit(None, 1))
print("a\nb\r\nc\n".splitlines(keepends=True), "a\nb".splitlines(keepends=False))
for words in (line.split(sep=" ") for line in ["one two", "three four five"]):
    print(len(words), words)
try:
    "abc".split(sep="")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(foo=1)
except TypeError:
    print("TypeError for an unknown keyword")

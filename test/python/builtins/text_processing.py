import hashlib
text = """The Quick brown fox\tjumps over the lazy dog.
Naïve café owners sell crème brûlée!
  indented line with trailing spaces   """
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2}| {line.expandtabs(4).strip().title()!r} | {len(line):3d} | {line.isascii()}")
words = [w.strip(".!,").casefold() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
table = str.maketrans({"é": "e", "è": "e", "û": "u", "ï": "i"})
plain = text.translate(table)
print(plain.encode("ascii", "replace")[:60], plain.encode("latin-1")[-20:])
print(hashlib.sha256(text.encode()).hexdigest()[:16], hashlib.md5(text.encode("utf-8")).hexdigest())
print(text[::-1][:20], "|".join(s.center(9, "·") for s in ["a", "bb", "ccc"]))
print("{:*^30}".format(" END "), "done".rjust(10, "."), "42".zfill(6))

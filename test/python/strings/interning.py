# Strings built at runtime behave like literals everywhere, however many names were interned.
class O:
    pass
o = O()
for i in range(5000):
    setattr(o, "attr%d" % i, i)
print(getattr(o, "attr" + "4999"), hasattr(o, "attr5000"), len([k for k in dir(o) if k.startswith("attr")]))
little = "".join(["lit", "tle"])
print((258).to_bytes(2, little), int.from_bytes(b"\x01\x02", "big"[:3]), int.from_bytes(b"\x01\x02", little))
def f(**kw):
    return sorted(kw.items())
print(f(**{"a" + "b": 1, "c" * 2: 2}))
d = {}
for i in range(20000):
    d["key" + str(i)] = i
print(d["key" + "19999"], "key20000" in d, sum(d[k] for k in d if k.endswith("7")))
s1 = "".join(["pr", "int"])
print(s1 == "print", s1 in {"print": 1}, {"print": 1}[s1], hash(s1) == hash("print"))
long1 = "q" * 300 + "z"
long2 = "".join(["q" * 300, "z"])
print(long1 == long2, hash(long1) == hash(long2), {long1: 5}[long2], len({long1, long2}))
b1 = b"abc" * 100
print(hash(b1) == hash(bytes(b1)), {b1: 1}[bytes(list(b1))], str(b1[:6], "utf-8"), b1[:3].decode())
print(hash(str(b"abc", "utf-8")) == hash("abc"), {"abc": 1}[b"abc".decode()])

# find/rfind/index/count/in, startswith/endswith, strip/lstrip/rstrip on big and small inputs.
hay = "a" * 200000 + "needle" + "a" * 200000
print(hay.find("needle"), hay.rfind("needle"), hay.index("needle"), "needle" in hay, "needlf" in hay)
print(hay.find("a" * 50 + "n"), hay.rfind("e" + "a" * 50), hay.count("aa"), hay.count("a"), hay.count("needle"))
print(hay.find("needle", 200001), hay.rfind("needle", 0, 200005), hay.find(""), hay.rfind(""))
worst = "a" * 20000
print(worst.find("a" * 1000 + "b"), worst.count("a" * 1000), ("ab" * 10000).count("aba"))
print("abcabc".find("c", 3), "abcabc".rfind("a", 1), "abc".find("abcd"), "".find(""), "".rfind("x"))
for call in ("index", "rindex"):
    try:
        getattr("abc", call)("d")
    except ValueError:
        print(call, "ValueError")
b = bytes(range(256)) * 100
print(b.find(b"\x00\x01\x02"), b.rfind(b"\xfe\xff"), b.count(b"\x10"), b"\x00" in b, b.find(b"zz"))
print(hay.startswith("aaa"), hay.endswith("aaa"), hay.startswith(hay), hay.endswith(("x", "aa")))
s = " \t\n" * 50000 + "core" + " \r\n" * 50000
print(len(s.strip()), s.strip(), len(s.lstrip()), len(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "".strip(), "   ".strip(), "a".strip("a"))
print("abcba".strip("ab"), "  pad  ".strip(None), b"  pad  ".strip(), b"xxpadxx".strip(b"x"))
u = "ééxéé"
print(u.strip("é"), u.lstrip("é"), u.rstrip("é"), u.strip("è") == u, "€x€".strip("€"), "xé".strip("x"))
print("é".strip("è") == "é", "aéb".rstrip("è") == "aéb", "aéb".find("b"), "aéb".index("é"), "ééé".count("é"))

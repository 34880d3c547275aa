# join, split, rsplit, splitlines, replace, partition on big inputs.
words = ["w%d" % (i % 997) for i in range(200000)]
text = " ".join(words)
print(len(text), text.count(" "), text[:20])
sp = text.split()
print(len(sp), sp == words, sp[-1])
print(len(text.split(" ")), text.split(" ", 3)[:3], len(text.split(" ", 3)))
rs = text.rsplit(" ", 2)
print(len(rs), rs[1:], len(text.rsplit(" ")), text.rsplit(None)[-2:] if False else "")
csv = "\n".join(",".join(str(i * j) for j in range(8)) for i in range(20000))
lines = csv.splitlines()
print(len(lines), lines[123], sum(len(l.split(",")) for l in lines))
print(len(csv.replace(",", ";")), csv.replace(",", "").count("\n"), csv.replace("\n", "", 10)[:40])
rep = ("abc" * 100000).replace("b", "XYZ")
print(len(rep), rep[:12], rep.count("XYZ"))
print(("a" * 100000).replace("a", ""), len(("ab" * 50000).replace("", "-")))
print("x".join(["a"] * 100000).count("x"), "".join([]), ",".join(("a", "b")), b"-".join([b"x", b"y"]))
print(text.partition("w996 ")[0][-10:], len(text.rpartition(" w0 ")[2]))
seps = "one, two,, three ,,"
print(seps.split(","), seps.split(", "), seps.rsplit(",", 2), "".split(), "".split(","), "  a  b  ".split())
print("a,b,c".split(",", 0), "a,b,c".rsplit(",", 1), "aaa".split("a"), "abab".split("ab"))
try:
    "abc".split("")
except ValueError:
    print("ValueError")

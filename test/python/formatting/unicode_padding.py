# padding and precision count characters, not UTF-8 bytes
rows = [("café", 3.5), ("naïve", 12.0), ("Zürich", 7.25), ("日本", 1.0), ("plain", 0.5)]
for name, value in rows:
    print(f"|{name:<8}|{value:>6.2f}|")
    print("|{:>8}|{:^9}|".format(name, name))
    print("|%-8s|%8s|" % (name, name))
    print("|" + name.ljust(8, ".") + "|" + name.rjust(8) + "|" + name.center(9, "*") + "|")

s = "é"
print(repr("{:<6}|".format(s)), repr(f"{s:>10}"), repr("%-6s" % s), repr(format(s, "^5")))
print(repr("{:.2}".format("éàü")), repr("%.1s" % "ñandú"), repr(f"{'ωμέγα':.3}|"), repr("%5.2s|" % "ßüx"))
print(repr("{:*^7.2}".format("πρόσωπο")))
print(repr("{:c}".format(233)), repr("%c" % 0x3B1), repr("%c" % "é"), repr("{:>3c}".format(0x263A)))
print(repr("%-4c|" % "ж"), repr(f"{0x1F600:c}"))
print(repr("%5s|" % "ab"), repr(b"%-4s|" % b"\xc3\xa9"), repr(b"%3c" % 200))
table = [("Ärger", "Übel"), ("Straße", "Öl")]
width = max(len(a) for a, _ in table)
for a, b in table:
    print(f"{a:{width}} : {b}")
print(repr("{0:>{1}}".format("€", 4)), repr("%*s" % (4, "€")))
for bad in ("%c" % 1 if False else None,):
    pass
try:
    "%c" % "ab"
except TypeError as e:
    print("TypeError:", e)
try:
    "{:c}".format(0x110000)
except (OverflowError, ValueError) as e:
    print(type(e).__name__)

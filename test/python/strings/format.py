# str.format and % with long literal text, escapes and many fields.
lit = "-" * 50000
print(len("{}{}{}".format(lit, 5, lit)), len("%s%d%s" % (lit, 5, lit)), ("%s|" % lit)[-3:])
print("{{}}{}{{{}}}".format(1, 2), "%%%d%%" % 7, "{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("%5s|%-5s|%05d|%x|%o|%.3f|%r" % ("a", "b", 42, 255, 8, 3.14159, "q"))
print("{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=[2]), "%(k)s=%(v)d" % {"k": "n", "v": 3})
many = "".join("{}," for _ in range(3000)).format(*range(3000))
print(len(many), many[:20], many[-10:])
many2 = ("%d," * 3000) % tuple(range(3000))
print(many2 == many)
for bad in ("{", "}", "{0"):
    try:
        bad.format(1)
    except ValueError:
        print("ValueError")
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError")

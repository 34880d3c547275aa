rows = [("apples", 1234567.891, 0.256), ("kiwis", 42.0, 0.05), ("plums", -3.5, 1.0)]
for name, amount, share in rows:
    print(f"{name:<8}|{amount:>14,.2f}|{share:>7.1%}|{amount:+.3e}")
print(format(1234567, ","), format(1234567, "_"), format(255, "#x"), format(255, "08b"))
print(format(-42, "=+8"), format(3.14159, "10.3f") + "|", format("mid", "*^11"))
print("{:,}".format(10**12), "{:_x}".format(0xDEADBEEF), "{:>10}|{:<6}|".format("r", "l"))
w, p = 10, 3
print(f"{2.718281828:{w}.{p}f}|", "{:{w}.{p}f}|".format(1.41421356, w=w, p=p))
print(f"{'quote'!r} {'é'!a} {42!s:>5}")
x, y = 3, "text"
print(f"{x=} {y=} {x*2=} {y=:>6}")
class P:
    x = 7
print("{0[1]} {0[0]} {d[key]} {p.x}".format(["a", "b"], d={"key": "v"}, p=P()))
print(format(0.5), format(2.0, ".3"), format(1e20, ".3"), format(12.0, "g"), "{:10}|".format(2.5))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = "$%d.%02d" % divmod(self.cents, 100)
        return format(text, spec) if spec else text
m = Money(12345)
print(f"{m}", f"{m:>12}", "{}".format(m), format(m, "<10") + "|")
print("%5.2f|%-6d|%+d|%x|%o|%e|%g|%r|%%|%05d" % (3.14159, 42, 5, 255, 8, 12345.678, 0.00001234, "s", 42))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print(ascii("naïve ☃"), repr("naïve ☃\u200b\x00"))

from string import Formatter
f = Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name} is {age}", name="ann", age=30))
class P:
    real = 3
print(f.format("{0[0]}-{0[1]} {p.real}", ["a", "b"], p=P()))
print(f.format("{:>6}|{:<4}|{:^5}", "r", "l", "c"))
print(f.format("{!r} {!s}", "x", "y"))
print(list(f.parse("Hello {name}! {{literal}} {0:>3} {x!r}")))
class Upper(Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} and {}", "abc", "def"))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
try:
    f.format("{} {1}", 1, 2)
except ValueError as e:
    print("ValueError:", e)

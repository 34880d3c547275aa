from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "Version(%d, %d)" % (self.major, self.minor)
a, b = Version(1, 2), Version(1, 5)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2, 0), a, b, Version(0, 9)]))
print(max(a, b), min(a, b))
@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __gt__(self, o): return self.cents > o.cents
print(Money(5) >= Money(5), Money(3) <= Money(4), Money(9) < Money(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

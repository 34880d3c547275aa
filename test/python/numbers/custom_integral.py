import numbers
class Small(numbers.Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __abs__(self): return Small(abs(self.v))
    def __add__(self, o): return Small(self.v + int(o))
    def __radd__(self, o): return Small(int(o) + self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __ceil__(self): return self.v
    def __eq__(self, o): return self.v == int(o)
    def __floor__(self): return self.v
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __invert__(self): return Small(~self.v)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __lt__(self, o): return self.v < int(o)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __mul__(self, o): return Small(self.v * int(o))
    def __rmul__(self, o): return Small(int(o) * self.v)
    def __neg__(self): return Small(-self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __pos__(self): return self
    def __pow__(self, e, m=None): return Small(pow(self.v, int(e)))
    def __rpow__(self, b): return Small(int(b) ** self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __round__(self, n=None): return self
    def __rtruediv__(self, o): return int(o) / self.v
    def __truediv__(self, o): return self.v / int(o)
    def __trunc__(self): return self.v
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return "Small(%d)" % self.v
s = Small(6)
print(s + 1, s - 2, s * 3, s.numerator, s.denominator, float(s), s.real, s.conjugate(), divmod(s, Small(4)), isinstance(s, numbers.Number))

from functools import partial
def power(base, exponent, mod=None):
    r = base ** exponent
    return r % mod if mod else r
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print([square(i) for i in range(6)])
print([cube(i) for i in range(4)])
p = partial(power, 2)
print(p(10), p(10, mod=1000))
print(p.func is power, p.args, p.keywords)
def parse(s, base=10): return int(s, base)
basetwo = partial(parse, base=2)
print(basetwo("10010"))
nested = partial(partial(power, 3), mod=7)
print(nested(4), nested.args, nested.keywords)
override = partial(power, exponent=2)
print(override(5, exponent=3))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=partial(str.lower)))

# `in` on things that are not containers, and float arithmetic with floats, ints, bools and
# float subclasses (which keep their own operators).
class Plain:
    pass

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

class Iter:
    def __iter__(self):
        return iter('abc')

for container in [1, None, 2.5, Plain(), True, 3 + 4j]:
    for item in [3, 2.5, 'x']:
        try:
            print(item in container)
        except TypeError as e:
            print('TypeError:', e)
print(20 in Seq(), 5 in Seq(), 'b' in Iter(), 'z' in Iter(), 1 in {1: 2}, 3 in range(5), 'at' in 'cat')

class F(float):
    def __add__(self, other):
        return 'F.__add__'
    def __radd__(self, other):
        return 'F.__radd__'
    def __mul__(self, other):
        return 'F.__mul__'

a, b = 1.5, 4.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, b ** 0.5)
print(a + 2, 2 + a, a * True, True * a, a < 2, 2 < a, a == 1.5, a != 1.5, a >= b)
print(a + F(2), F(2) + a, F(2) * 3, 3 * F(2), F(2) - 1, type(F(2) - 1).__name__)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, float('inf') - float('inf'))
x = 1.5
x += 2
x *= 3
x -= 0.5
x /= 2
x //= 1
x **= 2
print(x)
for op in ('1.0 / 0', '1.0 // 0', '1.0 % 0', '2 / 0.0', '1.0 & 1', '1.0 @ 2.0', '"a" + 1.0', '[] * 1.5'):
    try:
        print(eval(op))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)

# numbers of a subclass that defines no reflected operator of its own use their base type's
class G(float):
    pass

class I(int):
    pass

class C(complex):
    pass

print(3 * G(2), 1 - G(2), 7 // G(2), 7 % G(2), 2 ** G(3), 1 / G(4), 1j * G(2), G(2) * 1j)
print(3 - I(5), 7 // I(2), 7 % I(3), 2 ** I(-1), 3 / I(4), 5 & I(3), 5 | I(2), 1 << I(3), 10 >> I(1))
print(2 ** 70 * I(3), I(3) * 2 ** 70, 3 * I(2 ** 70), 2.5 * I(2), I(2) * 2.5, 2 * C(1, 2), 1.5 - C(1))

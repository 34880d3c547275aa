import numbers
print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Rational, numbers.Real), issubclass(numbers.Real, numbers.Complex), issubclass(numbers.Complex, numbers.Number))
class Money(numbers.Real):
    pass
try:
    Money()
except TypeError as e:
    print("TypeError: abstract")
print(numbers.Number.__name__, numbers.Integral.__name__)

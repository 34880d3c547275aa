print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 10, 1000), pow(-3, -2, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print((255).bit_count(), (2 ** 70).bit_length(), (0).bit_length(), (-5).bit_length())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (6).as_integer_ratio(), (3.0).is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), int.from_bytes(b"\x04\x00", "big"))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), round(2.5), round(3.5), round(-0.5))
print(isinstance(True, int), True * 3, sum([True, True, False]))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
class Pairs:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Pairs()), dict(Pairs(), c=3))
print(slice(3), slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], "abcdef"[slice(None, None, -2)])
print(vars(type("T", (), {"a": 1})()) == {}, vars(Pairs)["keys"].__name__)

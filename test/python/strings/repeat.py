# Sequence repetition.
s = "x" * 1000000
print(len(s), s.count("x"), s[:3])
print(len("ab" * 500000), ("ab" * 500000)[-3:], "abc" * 0, "abc" * -2, "" * 10 ** 6, "é" * 3)
print(len(b"xyz" * 400000), (b"xyz" * 3), b"" * 5, b"ab" * -1)
l = [0] * 1000000
print(len(l), l[-1], sum(l))
print([1, 2] * 3, [] * 10, [[]] * 2, [None] * 0, [1] * -5)
t = (1, "a") * 200000
print(len(t), t[-2:], (1,) * 0, () * 3)
nested = [[1]] * 3
nested[0].append(2)
print(nested)
x = [1, 2, 3]
x *= 3
print(x)
y = "ab"
y *= 4
print(y)
print(len(bytes(10) * 100000), bytearray(b"ab") * 3 if False else "")
print(sum(len(s * k) for s, k in (("a", 7), ("bc", 11), ("", 5))))

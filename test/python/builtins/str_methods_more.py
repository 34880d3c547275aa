s = "hello world foo"
print(s.title(), "they're bill's".title(), "HeLLo".swapcase(), "Straße".casefold(), "hello".capitalize())
print("42".zfill(5), "-42".zfill(6), "+7".zfill(3), "ab".ljust(5, "*") + "|", "ab".rjust(5, "-"), "ab".center(7, "."), "abc".center(6, "*"))
print("abc123".isalnum(), "12".isdecimal(), "½".isnumeric(), "ab_1".isidentifier(), "1ab".isidentifier(), "é".isascii(), "ab\n".isprintable(), "Title Case".istitle())
t = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "b"}))
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "x.py".removesuffix(".txt"))
print("a\tb\tc".expandtabs(4), "a\tbc\td".expandtabs(), "{x}-{y}".format_map({"x": 1, "y": 2}))
w = "héllo wörld"
print(w[::-1], w[::2], w[1:8:3], w[::-3], b"abcdef"[::-2], (1, 2, 3, 4)[::-1], (1, 2, 3, 4, 5)[1::2])
print("a,b,c".partition(","), "a,b,c".rpartition(","), "x".partition(","))
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True), "abcabc".count("b", 2), "aaa".count("a", 0, 2))

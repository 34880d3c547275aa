import unittest
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
t.assertSequenceEqual([1, 2], (1, 2))
t.assertSetEqual({1, 2}, {2, 1})
t.assertDictEqual({"a": 1}, {"a": 1})
t.assertMultiLineEqual("a\nb", "a\nb")
t.assertRegex("hello world", r"wor")
t.assertNotRegex("hello", r"^x")
t.assertCountEqual([3, 1, 2], [1, 2, 3])
t.assertNotAlmostEqual(1.0, 1.1)
t.assertAlmostEqual(100, 104, delta=5)
for bad in [lambda: t.assertSetEqual({1}, {2}), lambda: t.assertSequenceEqual([1], [1, 2]), lambda: t.assertNotRegex("abc", "b"), lambda: t.assertMultiLineEqual("x", "y"), lambda: t.assertIsNot(1, 1)]:
    try:
        bad()
    except AssertionError as e:
        print(str(e).splitlines()[0])
print("done")

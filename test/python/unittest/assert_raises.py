import unittest
class T(unittest.TestCase):
    def runTest(self):
        pass
t = T()
with t.assertRaises(ZeroDivisionError):
    1 / 0
with t.assertRaises(KeyError) as cm:
    {}["k"]
print(type(cm.exception).__name__, cm.exception.args)
t.assertRaises(ValueError, int, "x")
with t.assertRaises((TypeError, ValueError)):
    int("y")
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(ValueError):
        raise TypeError("wrong type")
except TypeError as e:
    print("propagated", e)
with t.assertRaisesRegex(ValueError, "bad.*value"):
    raise ValueError("a bad input value")
try:
    with t.assertRaisesRegex(ValueError, "^xyz"):
        raise ValueError("abc")
except AssertionError as e:
    print(e)
t.assertRaisesRegex(KeyError, "nope", lambda: {}["nope"])
print("done")

import unittest
class T(unittest.TestCase):
    def runTest(self):
        pass
t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual("a", "b", "extra"),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse(1),
    lambda: t.assertIs(None, 0),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn("x", "abc"),
    lambda: t.assertNotIn(1, [1]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertNotAlmostEqual(1.0, 1.0000000001),
    lambda: t.assertRegex("hello", "^w"),
    lambda: t.assertListEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertTupleEqual((1,), (1, 2)),
    lambda: t.assertDictEqual({"a": 1}, {"a": 2}),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.fail("boom"),
]
for check in checks:
    try:
        check()
        print("passed?!")
    except AssertionError as e:
        print(str(e).splitlines()[0])
t.longMessage = False
try:
    t.assertEqual(1, 2, "only this")
except AssertionError as e:
    print(e)
t.assertAlmostEqual(1.0, 1.00000001)
t.assertAlmostEqual(10, 10.4, places=0)
t.assertCountEqual("abc", "cab")
print("done")

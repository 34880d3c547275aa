import unittest, io
class T(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_all_good(self):
        for word in ["a", "bb"]:
            with self.subTest(word=word):
                self.assertTrue(word)
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(res.testsRun, len(res.failures), res.wasSuccessful())
for test, tb in res.failures:
    print(test, "|", tb.strip().splitlines()[-1])

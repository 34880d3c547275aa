import unittest, io
class MathTests(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_in(self):
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, [1, 2, 3])
    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIsNone(None)
        self.assertIsNotNone(0)
    def test_identity(self):
        a = [1]
        self.assertIs(a, a)
        self.assertIsNot(a, [1])
        self.assertIsInstance(a, list)
        self.assertNotIsInstance(a, tuple)
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(MathTests))
for line in stream.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print(result.testsRun, result.wasSuccessful(), len(result.failures), len(result.errors))

import unittest, io
class T(unittest.TestCase):
    def test_fail_eq(self):
        self.assertEqual(2 + 2, 5)
    def test_error(self):
        {}["missing"]
    def test_ok(self):
        pass
    def test_fail_msg(self):
        self.assertTrue(False, "custom message")
    def test_fail_explicit(self):
        self.fail("nope")
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = stream.getvalue()
print(out.split("\n\n")[0] if False else out.splitlines()[:5])
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, tb in result.failures:
    print("FAIL", test.id(), "->", tb.strip().splitlines()[-1])
for test, tb in result.errors:
    print("ERROR", test.id(), "->", tb.strip().splitlines()[-1].split(":")[0])
print([l for l in out.splitlines() if l.startswith("FAILED") or l.startswith("OK")])

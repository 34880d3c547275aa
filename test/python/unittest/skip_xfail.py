import unittest, io, sys
class T(unittest.TestCase):
    @unittest.skip("not today")
    def test_a_skipped(self):
        raise RuntimeError
    @unittest.skipIf(True, "condition true")
    def test_b_skipif(self):
        pass
    @unittest.skipUnless(False, "needs feature")
    def test_c_skipunless(self):
        pass
    @unittest.skipIf(False, "not skipped")
    def test_d_runs(self):
        pass
    def test_e_skiptest(self):
        self.skipTest("skipped inside")
    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_g_xpass(self):
        pass
@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass
stream = io.StringIO()
suite = unittest.TestSuite()
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(T))
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(Skipped))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
lines = stream.getvalue().splitlines()
for l in lines:
    if " ... " in l or l.startswith("OK") or l.startswith("FAILED"):
        print(l)
print(len(result.skipped), [r for t, r in result.skipped])
print(len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())

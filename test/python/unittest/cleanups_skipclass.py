import unittest, io
events = []
class WithCleanup(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, "cleanup-1")
        self.addCleanup(events.append, "cleanup-2")
    def test_ok(self):
        events.append("test")
class SetupFails(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setup broke")
    def test_never_runs(self):
        events.append("should not run")
class SkipInSetup(unittest.TestCase):
    def setUp(self):
        self.skipTest("not available")
    def test_x(self):
        pass
suite = unittest.TestSuite()
for cls in (WithCleanup, SetupFails, SkipInSetup):
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
res = unittest.TestResult()
suite.run(res)
print(events, res.testsRun, len(res.errors), len(res.skipped), res.skipped[0][1])
print(res.errors[0][1].strip().splitlines()[-1])

import unittest
class T(unittest.TestCase):
    def test_1(self): self.fail("one")
    def test_2(self): self.fail("two")
    def test_3(self): pass
res = unittest.TestResult()
res.failfast = True
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(res)
print(res.testsRun, len(res.failures), res.shouldStop)
res2 = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(res2)
print(res2.testsRun, len(res2.failures), repr(res2).split(" ")[1:])

import unittest, io
def check_upper():
    assert "abc".upper() == "ABC"
def check_broken():
    assert 1 == 2, "one is not two"
suite = unittest.TestSuite()
suite.addTest(unittest.FunctionTestCase(check_upper))
suite.addTest(unittest.FunctionTestCase(check_broken, description="broken check"))
class T(unittest.TestCase):
    def test_one(self):
        pass
    def test_two(self):
        pass
suite.addTest(T("test_two"))
print(suite.countTestCases())
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, len(res.failures), len(res.errors))
print(res.failures[0][0].shortDescription())
print(T("test_one").id().endswith("T.test_one"), str(T("test_one")))
print(unittest.TestLoader().getTestCaseNames(T))
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.TestSuite([T("test_one")]))
print(repr(stream.getvalue().splitlines()[-1]), r.wasSuccessful())

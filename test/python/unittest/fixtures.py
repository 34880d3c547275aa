import unittest, io
log = []
class Fix(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = [1, 2, 3]
    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
    def setUp(self):
        log.append("setUp")
        self.items = list(self.shared)
        self.addCleanup(log.append, "cleanup")
    def tearDown(self):
        log.append("tearDown")
    def test_append(self):
        log.append("test_append")
        self.items.append(4)
        self.assertEqual(len(self.items), 4)
    def test_shared_untouched(self):
        log.append("test_shared")
        self.assertEqual(self.shared, [1, 2, 3])
    def test_fails(self):
        log.append("test_fails")
        self.assertEqual(self.items, [])
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(Fix))
print(log)
print(res.testsRun, len(res.failures))
first = stream.getvalue().splitlines()[0]
print(first)

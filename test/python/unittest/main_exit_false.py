import unittest, io
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack()
    def test_push_pop(self):
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)
    def test_empty(self):
        with self.assertRaises(IndexError):
            self.s.pop()
class OtherTest(unittest.TestCase):
    def test_nothing(self):
        self.assertEqual(Stack().__len__(), 0)
stream = io.StringIO()
prog = unittest.main(argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(prog.result.testsRun, prog.result.wasSuccessful())
print("\n".join(l for l in stream.getvalue().splitlines() if " ... " in l))

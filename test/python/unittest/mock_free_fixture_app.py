import unittest, io
class BankAccount:
    def __init__(self, balance=0):
        self.balance = balance
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance -= amount
        return self.balance
class BankTests(unittest.TestCase):
    def setUp(self):
        self.acct = BankAccount(100)
    def test_withdraw(self):
        self.assertEqual(self.acct.withdraw(30), 70)
    def test_overdraw(self):
        with self.assertRaisesRegex(RuntimeError, "insufficient"):
            self.acct.withdraw(500)
    def test_negative(self):
        self.assertRaises(ValueError, self.acct.withdraw, -5)
    @unittest.skipUnless(hasattr(BankAccount, "deposit"), "no deposit yet")
    def test_deposit(self):
        pass
buf = io.StringIO()
res = unittest.main(argv=["x"], exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2)).result
print("\n".join(l for l in buf.getvalue().splitlines() if " ... " in l))
print(res.testsRun, res.wasSuccessful(), len(res.skipped))

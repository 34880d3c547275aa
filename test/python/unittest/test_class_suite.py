import unittest, io
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
class PrimeTests(unittest.TestCase):
    def test_small_primes(self):
        for p in [2, 3, 5, 7, 11, 13]:
            with self.subTest(p=p):
                self.assertTrue(is_prime(p))
    def test_non_primes(self):
        for n in [0, 1, 4, 9, 15, 21]:
            with self.subTest(n=n):
                self.assertFalse(is_prime(n))
    def test_negative(self):
        self.assertFalse(is_prime(-7))
    def test_wrong_on_purpose(self):
        self.assertEqual(is_prime(4), True, "4 is not prime")
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=1).run(unittest.TestLoader().loadTestsFromTestCase(PrimeTests))
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
print(r.failures[0][0].id().split(".")[-1], "|", r.failures[0][1].strip().splitlines()[-1])
print(s.getvalue().splitlines()[0])

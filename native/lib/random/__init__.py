# random: pseudo-random numbers, as CPython's random (the API; the sequences differ).
# Shadows MicroPython's built-in random: the module-level functions draw from its C generator
# (urandom); Random instances have a generator of their own (xoshiro128++), so several can run
# independently and be seeded, saved and restored.
import math
import urandom as _c

__all__ = ["Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
           "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
           "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
           "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

_LOG4 = math.log(4.0)
_SG_MAGICCONST = 1.0 + math.log(4.5)
_TWOPI = 2.0 * math.pi
_NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
_BPF = 53
_RECIP_BPF = 2.0 ** -_BPF
_M32 = 0xFFFFFFFF


def _rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & _M32


def _bits_needed(n):
    return len(bin(n)) - 2 if n > 0 else 0


def _index(x, what="integer"):
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float) and x == int(x):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._s = [0, 0, 0, 0]
        self.seed(x)
        self.gauss_next = None

    # ---- the generator: xoshiro128++ ----
    def _next32(self):
        s = self._s
        result = (_rotl((s[0] + s[3]) & _M32, 7) + s[0]) & _M32
        t = (s[1] << 9) & _M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = _rotl(s[3], 11)
        return result

    def seed(self, a=None, version=2):
        if a is None:
            a = _c.getrandbits(32) | (_c.getrandbits(32) << 32)
        elif isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            h = 0
            for b in a:
                h = (h * 1000003 + b) & 0xFFFFFFFFFFFFFFFF
            a = h ^ len(a)
        elif isinstance(a, float):
            a = hash(a)
        elif not isinstance(a, int):
            if a is True or a is False:
                a = int(a)
            else:
                raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        a = abs(a)
        # splitmix64 spreads the seed over the state
        z = a & 0xFFFFFFFFFFFFFFFF
        extra = a >> 64
        while extra:
            z ^= extra & 0xFFFFFFFFFFFFFFFF
            extra >>= 64
        s = []
        for _ in range(2):
            z = (z + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
            x = z
            x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
            x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
            x ^= x >> 31
            s.append(x & _M32)
            s.append(x >> 32)
        if not any(s):
            s[0] = 1
        self._s = s
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, tuple(self._s), self.gauss_next)

    def setstate(self, state):
        version, s, self.gauss_next = state
        self._s = list(s)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        r = 0
        shift = 0
        while k > 0:
            w = self._next32()
            if k < 32:
                w >>= 32 - k
            r |= w << shift
            shift += 32
            k -= 32
        return r

    def random(self):
        return ((self._next32() >> 5) * 67108864.0 + (self._next32() >> 6)) * (1.0 / 9007199254740992.0)

    def randbytes(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    # ---- integers ----
    def _randbelow(self, n):
        k = _bits_needed(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = _index(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop)
        width = istop - istart
        istep = _index(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    # ---- sequences ----
    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset)) or not hasattr(population, "__getitem__") and not isinstance(population, (list, tuple, str, range, bytes)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum = []
            total = 0
            for c in counts:
                if not isinstance(c, int):
                    raise TypeError("Counts must be integers")
                if c < 0:
                    raise ValueError("Counts must be non-negative")
                total += c
                cum.append(total)
            if len(cum) != n:
                raise ValueError("The number of counts does not match the population")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            import bisect
            return [population[bisect.bisect(cum, s)] for s in selections]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        pool = list(population)
        result = []
        for i in range(k):
            j = self._randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[int(self.random() * n)] for _ in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0 if cum_weights else 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total == float("inf"):
            raise ValueError("Total of weights must be finite")
        import bisect
        hi = n - 1
        return [population[bisect.bisect(cum_weights, self.random() * total, 0, hi)] for _ in range(k)]

    # ---- real-valued distributions ----
    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * _TWOPI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return _TWOPI * self.random()
        s = 0.5 / kappa
        r = s + math.sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = math.cos(math.pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            theta = (mu + math.acos(f)) % _TWOPI
        else:
            theta = (mu - math.acos(f)) % _TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            ainv = math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= math.log(z):
                    return x * beta
        elif alpha == 1.0:
            return -math.log(1.0 - self.random()) * beta
        else:
            while True:
                u = self.random()
                b = (math.e + alpha) / math.e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -math.log((b - p) / alpha)
                u1 = self.random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= math.exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-math.log(u)) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        return sum(self.random() < p for _ in range(n))


class _CRandom(Random):
    # the module's own instance: MicroPython's C generator does the drawing
    def __init__(self):
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if a is None:
            _c.seed()
        elif isinstance(a, int):
            _c.seed(a & 0xFFFFFFFFFFFFFFFF)
        else:
            _c.seed(hash(a) if not isinstance(a, (str, bytes, bytearray)) else _str_seed(a))
        self.gauss_next = None

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            return _c.getrandbits(k) if k else 0
        r = 0
        shift = 0
        while k > 0:
            n = 32 if k >= 32 else k
            r |= _c.getrandbits(n) << shift
            shift += n
            k -= n
        return r

    def random(self):
        return _c.random()

    def getstate(self):
        raise NotImplementedError("the module-level generator's state is not available; use random.Random()")

    def setstate(self, state):
        raise NotImplementedError("the module-level generator's state is not available; use random.Random()")


def _str_seed(a):
    if isinstance(a, str):
        a = a.encode()
    h = 0
    for b in a:
        h = (h * 1000003 + b) & 0xFFFFFFFF
    return h


class SystemRandom(Random):
    def __init__(self, x=None):
        self.gauss_next = None

    def random(self):
        return (int.from_bytes(_urandom(7), "big") >> 3) * _RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def getstate(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    setstate = getstate


def _urandom(n):
    import os
    return os.urandom(n)


_inst = _CRandom()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

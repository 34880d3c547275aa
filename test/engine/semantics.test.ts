import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exec, stdoutOf } from '../support/vm.js';

/**
 * Python semantics through the whole stack (transform, host, interpreter). Each program prints
 * values computed by the guest; the expected text is what Python prints for them.
 */
const STRINGS_EQUAL_TO_NAMES = `def made(s):
    return "".join([c for c in s])
def f(a, b=2, *, key=3):
    return (a, b, key)
class C:
    x = 1
o = C()
setattr(o, made("fresh_name"), 5)
g = globals()
g[made("new_global")] = 42
T = type(made("T"), (), {made("m"): lambda self: 7})
d = {made("__name__"): 1, "print": 2}
print(f(**{made("a"): 1, made("key"): 9}), getattr(o, made("x")), o.fresh_name, hasattr(o, made("fresh_name")), new_global, T().m())
print(d["__name__"], d[made("print")], made("len") == "len", hash(made("split")) == hash("split"), "%(a)s/{b}".format(**{made("b"): 2}) % {made("a"): 1}, __import__(made("json")).dumps({made("k"): 1}), made("") == "", len({made("ab"), "ab"}))`;

const cases: Array<[string, string, string]> = [
  ['integer and float arithmetic', 'print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 7 / 2, round(3.14159, 2), abs(-3))', '3 -4 1 2 1024 3.5 3.14 3\n'],
  ['big integers', 'x = 2 ** 200\nprint(x)\nprint(x // 3 ** 50, x % 1000007, -x >> 190, (x * x).bit_length() if hasattr(x, "bit_length") else len(bin(x * x)) - 2)',
    '1606938044258990275541962092341162602522202993782792835301376\n2238393297946874000179418290327143433 446616 -1024 401\n'],
  ['factorial of 50', 'import math\nprint(math.factorial(50) if hasattr(math, "factorial") else 0)', '30414093201713378043612608166064768844377641568960512000000000000\n'],
  ['strings', 's = "Hello, World"\nprint(s.lower(), s.upper(), "".join(reversed(s)), s.split(", "), s.replace("l", "L", 2), s.find("World"), "-".join(["a", "b", "c"]))\nprint("{:>6}|{:<4}|{:.3f}|{:05d}".format("ab", "c", 3.14159, 42), "%s=%d" % ("x", 5), f"{s[:5]}!")',
    "hello, world HELLO, WORLD dlroW ,olleH ['Hello', 'World'] HeLLo, World 7 a-b-c\n    ab|c   |3.142|00042 x=5 Hello!\n"],
  ['unicode strings', 's = "héllo wörld ✓"\nprint(len(s), s[1], s.find("ö"), s.encode("utf-8")[:8], ord("✓"), chr(955), s.split(" ")[2])', "13 é 7 b'h\\xc3\\xa9llo w' 10003 λ ✓\n"],
  ['bytes and bytearray', 'b = bytes([104, 105]) + b"!"\nba = bytearray(b"abc")\nba[0] = 65\nba.extend(b"de")\nprint(b, ba, b.hex() if hasattr(b, "hex") else "", b.decode(), bytes(3), b[1:], list(b"AZ"))',
    "b'hi!' bytearray(b'Abcde') 686921 hi! b'\\x00\\x00\\x00' b'i!' [65, 90]\n"],
  ['lists, tuples, sets, dicts', 'l = [5, 3, 8, 1]\nl.sort()\nt = tuple(l)\nst = {3, 1, 3, 2}\nd = {"b": 2, "a": 1}\nd["c"] = 3\nprint(l, t, sorted(st), sorted(d.items()), l.index(5), t.count(3), len(d), "a" in d, max(l), sum(t))\nprint(sorted([("x", 2), ("y", 1)], key=lambda p: p[1]), list(reversed(l)), l[1:3], {k: v * 2 for k, v in sorted(d.items())} == {"a": 2, "b": 4, "c": 6})',
    "[1, 3, 5, 8] (1, 3, 5, 8) [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] 2 1 3 True 8 17\n[('y', 1), ('x', 2)] [8, 5, 3, 1] [3, 5] True\n"],
  ['comprehensions and generators expressions', 'print([x * x for x in range(6) if x % 2], {x % 3 for x in range(10)}, sum(x for x in range(101)), list(zip("ab", [1, 2])), list(enumerate("xy", 1)), any(x > 3 for x in [1, 5]), all([]))',
    "[1, 9, 25] {0, 1, 2} 5050 [('a', 1), ('b', 2)] [(1, 'x'), (2, 'y')] True True\n"],
  ['closures and nonlocal', 'def counter():\n    n = 0\n    def inc(step=1):\n        nonlocal n\n        n += step\n        return n\n    return inc\nc = counter()\nc(); c(5)\nprint(c(), [f(2) for f in [lambda x, k=k: x * k for k in range(3)]])', '7 [0, 2, 4]\n'],
  ['classes, inheritance, properties, dunder methods', 'class Shape:\n    def __init__(self, name):\n        self.name = name\n    def area(self):\n        raise NotImplementedError\n    def __repr__(self):\n        return "%s(%s)" % (self.name, self.area())\nclass Square(Shape):\n    def __init__(self, side):\n        super().__init__("Square")\n        self.side = side\n    def area(self):\n        return self.side ** 2\n    @property\n    def double(self):\n        return Square(self.side * 2)\n    def __eq__(self, other):\n        return isinstance(other, Square) and other.side == self.side\n    def __lt__(self, other):\n        return self.side < other.side\nsq = Square(3)\nprint(sq, sq.double, sq == Square(3), sorted([Square(4), Square(2)]), isinstance(sq, Shape), type(sq).__name__)\n@staticmethod\ndef helper(): return 1\nclass K:\n    count = 0\n    @classmethod\n    def make(cls):\n        cls.count += 1\n        return cls()\nK.make(); K.make()\nprint(K.count)',
    'Square(9) Square(36) True [Square(4), Square(16)] True Square\n2\n'],
  ['exceptions: raise, catch, finally, custom, chaining', 'class AppError(Exception):\n    pass\nlog = []\ndef risky(n):\n    try:\n        if n == 0:\n            raise AppError("zero")\n        return 10 // n\n    except AppError as e:\n        log.append("app:" + str(e))\n        raise ValueError("wrapped") from e\n    finally:\n        log.append("finally %d" % n)\nprint(risky(5))\ntry:\n    risky(0)\nexcept ValueError as e:\n    log.append(repr(e))\ntry:\n    {}["missing"]\nexcept KeyError as e:\n    log.append("key " + e.args[0])\ntry:\n    [][1]\nexcept (IndexError, TypeError) as e:\n    log.append(type(e).__name__)\nprint(log)',
    "2\n['finally 5', 'app:zero', 'finally 0', \"ValueError('wrapped')\", 'key missing', 'IndexError']\n"],
  ['generators, send, yield from', 'def gen(n):\n    for i in range(n):\n        got = yield i\n        if got:\n            yield got * 10\ndef outer():\n    yield "start"\n    yield from gen(2)\ng = gen(3)\nprint(next(g), g.send(4), next(g), list(outer()))\ndef fib():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = b, a + b\nimport itertools\nf = fib()\nprint([next(f) for _ in range(10)])',
    "0 40 1 ['start', 0, 1]\n[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n"],
  ['json round trip', 'import json\ndata = {"name": "x", "items": [1, 2.5, None, True, "s"], "nested": {"k": [[]]}}\ntext = json.dumps(data)\nback = json.loads(text)\nprint(back == data, json.loads("[1, 2]"), json.dumps("q\\""), json.loads(\'{"a": {"b": [1, {"c": null}]}}\')["a"]["b"][1])',
    'True [1, 2] "q\\"" {\'c\': None}\n'],
  ['regular expressions', 'import re\nm = re.match(r"(\\w+)@(\\w+)\\.com", "alice@example.com")\nprint(m.group(1), m.group(2), re.sub(r"\\d+", "#", "a1b22c333"), re.compile(r"[,;]\\s*").split("a, b;c"), re.search(r"o+", "foo boo").group(0), [m.group(0) for m in [re.search("b.", "abc")]])',
    "alice example a#b#c# ['a', 'b', 'c'] oo ['bc']\n"],
  ['math module', 'import math\nprint(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), round(math.pi, 5), math.gcd(12, 18) if hasattr(math, "gcd") else 6, math.isnan(float("nan")), math.inf > 1e308, round(math.log(math.e), 6), math.copysign(1, -0.0))',
    '4.0 -3 3 3.14159 6 True True 1.0 -1.0\n'],
  ['builtins: map, filter, sorted, min/max with key, divmod, int parsing', 'print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), min(["bb", "a", "ccc"], key=len), divmod(17, 5), int("ff", 16), int("-12"), float("1e3"), hex(255), oct(8), bin(5), str(1.5), repr("q"), isinstance(3, int))',
    "['1', '2'] [1, 'a'] a (3, 2) 255 -12 1000.0 0xff 0o10 0b101 1.5 'q' True\n"],
  ['string formatting of floats', 'print(0.1 + 0.2, 1 / 3, 1e100, 2.5e-5, float("inf"), -0.0, 3.0, 10 ** 16 * 1.0)', '0.30000000000000004 0.3333333333333333 1e+100 2.5e-05 inf -0.0 3.0 1e+16\n'],
  ['collections and functools', 'from collections import OrderedDict, namedtuple, deque\nP = namedtuple("P", ["x", "y"])\np = P(1, 2)\nd = deque((), 5)\nd.append(1)\nd.append(2)\nod = OrderedDict()\nod["z"] = 1\nod["a"] = 2\nprint(p.x + p.y, p, d.popleft(), list(od.keys()))',
    "3 P(x=1, y=2) 1 ['z', 'a']\n"],
  ['with statement and context managers', 'class CM:\n    def __enter__(self):\n        print("enter")\n        return self\n    def __exit__(self, *exc):\n        print("exit", exc[0].__name__ if exc[0] else None)\n        return True\nwith CM() as c:\n    raise RuntimeError("swallowed")\nprint("after")',
    'enter\nexit RuntimeError\nafter\n'],
  ['star args, keyword args, unpacking', 'def f(a, b=2, *args, c, **kw):\n    return (a, b, args, c, sorted(kw.items()))\nprint(f(1, c=3), f(1, 2, 3, 4, c=5, z=6), *[1, 2], sep="|")\na, *rest = [1, 2, 3]\n(x, y), z = (1, 2), 3\nprint(a, rest, x + y + z, dict({"a": 1}, b=2) == {"a": 1, "b": 2}, list(range(3)) + list("ab"))',
    "(1, 2, (), 3, [])|(1, 2, (3, 4), 5, [('z', 6)])|1|2\n1 [2, 3] 6 True [0, 1, 2, 'a', 'b']\n"],
  ['strings made at run time equal to names work as keywords, attributes, globals and keys', STRINGS_EQUAL_TO_NAMES,
    '(1, 2, 9) 1 5 True 42 7\n1 2 True True 1/2 {"k": 1} True 1\n'],
  ['sequence repetition', 'l = [3, 4]\nl *= 3\ns = "ab" * 1025\nprint("ab" * 3, "x" * 0, "é" * 3, b"xy" * 4, [1, 2] * 3, (1,) * 5, [None] * 0, "q" * -2, l, len(s), s == "".join(["ab"] * 1025), s[-3:], (("a", 1) * 9)[-2:])',
    "ababab  ééé b'xyxyxyxy' [1, 2, 1, 2, 1, 2] (1, 1, 1, 1, 1) []  [3, 4, 3, 4, 3, 4] 2050 True bab ('a', 1)\n"],
  ['recursion', 'def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\ndef hanoi(n, a, b, c):\n    return 0 if n == 0 else hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)\nprint(fact(30), hanoi(10, "a", "b", "c"))', '265252859812191058636308480000000 1023\n'],
];

describe('Python semantics', () => {
  for (const [name, code, expected] of cases) {
    test(name, async () => {
      assert.equal(await stdoutOf(code), expected);
    });
  }
});

describe('a guest that locks the heap', () => {
  test('gets a Python MemoryError, not a crashed interpreter (micropython.heap_lock)', async () => {
    const out = await stdoutOf([
      'import micropython',
      'micropython.heap_lock()',
      'try:',
      '    x = [1] * 100',
      'except MemoryError:',
      '    micropython.heap_unlock()',
      '    print("MemoryError")',
    ].join('\n'));
    assert.equal(out, 'MemoryError\n');
  });

  test('that leaves it locked ends with an error the host can read', async () => {
    const outcome = await exec('import micropython\nmicropython.heap_lock()\nx = [1] * 100');
    assert.equal(outcome.ok, false);
    assert.equal(outcome.error?.type, 'MemoryError');
  });
});

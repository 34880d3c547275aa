import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool } from '../../src/index.js';

/**
 * Recursion depth, through the public API (worker threads, which get the V8 stack deep recursion
 * in wasm needs). Every kind of recursion reaches at least 1,000 levels, as in CPython; deeper
 * data (nested 2,000 and 100,000 levels) ends in a clean RecursionError, never a crashed VM.
 */

const pool = createPool({ maxWorkers: 1 });
after(() => pool.close());

const RUN_LIMITS = { timeoutMs: 60_000, fuel: 1e12 };
const LIMITS = { ...RUN_LIMITS, memoryLimit: 256 * 1024 * 1024 };

/** The deepest n in [1, 100000] for which `kind(n)` returns without RecursionError. */
const DEPTH = `
def depth(kind, hi=20000):
    lo = 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            kind(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
`;

const KINDS: Record<string, string> = {
  'plain calls': 'def f(n):\n    return f(n - 1) + 1 if n else 0\nkind = f',
  '__init__': 'class D:\n    def __init__(self, n):\n        self.c = D(n - 1) if n else None\nkind = D',
  'dunder methods': 'class C:\n    def __init__(self, n):\n        self.n = n\n    def __eq__(self, o):\n        return self.n == 0 or C(self.n - 1) == C(o.n - 1)\nkind = lambda n: C(n) == C(n)',
  '__getattr__': 'class G:\n    def __getattr__(self, name):\n        n = int(name[1:])\n        return 0 if n == 0 else getattr(self, "a" + str(n - 1))\nkind = lambda n: getattr(G(), "a" + str(n))',
  'callbacks through map': 'def f(n):\n    return 0 if n == 0 else list(map(f, [n - 1]))[0]\nkind = f',
  'callbacks through sorted(key=)': 'def f(n):\n    return 0 if n == 0 else sorted([n - 1], key=f)[0]\nkind = f',
  // next() reaches the innermost generator through every level once (sum() would pass each of
  // the n values up through all the levels: quadratic, and slow to search).
  'generators': 'def g(n):\n    if n:\n        yield from g(n - 1)\n    yield n\nkind = lambda n: next(g(n))',
};

describe('recursion', () => {
  for (const [name, code] of Object.entries(KINDS)) {
    test(`${name}: at least 1,000 levels, then RecursionError`, async () => {
      const r = await pool.run(`${DEPTH}\n${code}\ndepth(kind)`, LIMITS);
      assert.equal(r.ok, true, r.error?.traceback);
      assert.ok((r.value as number) >= 1000, `${name}: only ${r.value} levels`);
    });
  }

  for (const levels of [2_000, 100_000]) {
    const nest = `def nest(n):\n    x = []\n    for i in range(n):\n        x = [x]\n    return x\ndeep = nest(${levels})\nd = {}\nfor i in range(${levels}):\n    d = {'k': d}\n`;
    const cases: Record<string, string> = {
      'comparing lists': `deep == nest(${levels})`,
      'hashing tuples': 't = ()\nfor i in range(' + levels + '):\n    t = (t,)\nhash(t)',
      'repr of lists': 'repr(deep)',
      'str of dicts': 'str(d)',
      'json.dumps': 'import json\njson.dumps(deep)',
      'json.loads': 'import json\njson.loads("[" * ' + levels + ' + "]" * ' + levels + ')',
      'copying with a recursive function': 'def copy(x):\n    return [copy(y) for y in x]\ncopy(deep)',
    };
    for (const [name, code] of Object.entries(cases)) {
      test(`${name} nested ${levels.toLocaleString('en')} deep: a result or RecursionError, and the VM keeps working`, async () => {
        const s = await pool.createSession(LIMITS);
        const r = await s.run(`${nest}\ntry:\n    ${code.split('\n').join('\n    ')}\n    print("done")\nexcept RecursionError:\n    print("RecursionError")`, RUN_LIMITS);
        assert.equal(r.ok, true, r.error?.traceback ?? r.error?.message);
        assert.match(r.stdout, /^(done|RecursionError)\n$/);
        assert.equal(r.recovered, undefined, 'the VM was rebuilt');
        assert.equal((await s.run('1 + 1')).value, 2);
        await s.close();
      });
    }
  }

  test('RecursionError is a RuntimeError, as in CPython', async () => {
    const r = await pool.run('def f():\n    f()\ntry:\n    f()\nexcept RuntimeError as e:\n    print(type(e).__name__, issubclass(RecursionError, RuntimeError))');
    assert.equal(r.stdout, 'RecursionError True\n');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createPool, type RunResult } from '../../src/index.js';
import { assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Memory bombs and deep structures. Each must end in a clean Python error (MemoryError,
 * OverflowError, RuntimeError) or a clean limit / crash result, with the VM's memory never above
 * its cap; a session hit by a crash is rebuilt from its last good state. Never a host crash.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

const MiB = 1024 * 1024;
const LIMIT = 32 * MiB;
const BOMB = { memoryLimit: LIMIT, timeoutMs: 5000 } as const;

/** A clean end: a Python error of one of `types`, or a limit / crash reported as such. */
function assertCleanFailure(r: RunResult, types: RegExp): void {
  assert.equal(r.ok, false, 'the bomb completed');
  const e = r.error!;
  const clean = (e.kind === 'exception' && types.test(e.type)) || e.kind === 'limit' || e.kind === 'crash';
  assert.ok(clean, `unexpected outcome ${e.kind} ${e.type}: ${e.message}`);
  assert.ok(r.memoryBytes <= LIMIT, `the VM grew to ${r.memoryBytes} bytes, past its ${LIMIT}-byte cap`);
}

/** Runs a bomb in a session holding state; the session must be usable afterwards with that state. */
async function bombSession(code: string, types: RegExp): Promise<RunResult> {
  const s = await pool.createSession({ memoryLimit: LIMIT });
  await s.run('kept = "state"');
  const r = await s.run(code, { timeoutMs: 5000 });
  assertCleanFailure(r, types);
  const after = await s.run('kept');
  assert.equal(after.value, 'state', `the session lost its state after ${r.error?.type}`);
  await s.close();
  return r;
}

describe('memory bombs', () => {
  attack('bytearray(10**10) and bytearray(2**31)', async () => {
    for (const code of ['bytearray(10**10)', 'bytearray(2**31)', 'bytearray(2**31 - 1)', 'bytearray(2**30)']) {
      assertCleanFailure(await pool.run(code, BOMB), /^(MemoryError|OverflowError)$/);
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('a list that grows forever', async () => {
    await bombSession('x = []\nwhile True:\n    x.append(0)', /^MemoryError$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('string doubling', async () => {
    await bombSession('s = "x"\nwhile True:\n    s = s + s', /^MemoryError$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('[0] * 10**9 and "x" * 10**10', async () => {
    assertCleanFailure(await pool.run('[0] * 10**9', BOMB), /^(MemoryError|OverflowError)$/);
    assertCleanFailure(await pool.run('"x" * 10**10', BOMB), /^(MemoryError|OverflowError)$/);
    assertCleanFailure(await pool.run('b"x" * (2**31 - 1)', BOMB), /^(MemoryError|OverflowError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('a dict that grows forever', async () => {
    await bombSession('d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1', /^MemoryError$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('garbage collection disabled while allocating forever', async () => {
    await bombSession('import gc\ngc.disable()\nx = []\nwhile True:\n    x.append(bytearray(10000))', /^MemoryError$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('unbounded recursion (def f(): f())', async () => {
    const r = await bombSession('def f():\n    f()\nf()', /^(RuntimeError|RecursionError|MemoryError)$/);
    assert.equal(r.error?.kind, 'exception');
    await assertHostUnharmed(pool, canary);
  });

  attack('mutual recursion through __getattr__, __repr__ and generators', async () => {
    const codes = [
      'class A:\n    def __getattr__(self, n):\n        return getattr(self, n + "x")\nA().a',
      'class B:\n    def __repr__(self):\n        return repr(self)\nrepr(B())',
      'def g():\n    yield from g()\nlist(g())',
      'class C:\n    def __eq__(self, o):\n        return self == o\nC() == C()',
    ];
    for (const code of codes) assertCleanFailure(await pool.run(code, BOMB), /^(RuntimeError|RecursionError|MemoryError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('deeply nested parser input: eval("(" * 100000 + ")" * 100000)', async () => {
    // The parser keeps its rule stack on the heap, so 100,000 nested parentheses either parse
    // (to the empty tuple) within the memory cap or end in a clean error; never a crash.
    const s = await pool.createSession({ memoryLimit: LIMIT });
    await s.run('kept = "state"');
    const r = await s.run('eval("(" * 100000 + ")" * 100000)', { timeoutMs: 5000 });
    if (r.ok) assert.deepEqual(r.value, []);
    else assertCleanFailure(r, /^(RuntimeError|MemoryError|SyntaxError|RecursionError)$/);
    assert.ok(r.memoryBytes <= LIMIT);
    assert.equal((await s.run('kept')).value, 'state');
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('deeply nested parser input: eval("[" * 10**6)', async () => {
    await bombSession('eval("[" * 10**6)', /^(RuntimeError|MemoryError|SyntaxError|RecursionError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('a deeply nested literal in the submitted source itself', async () => {
    const s = await pool.createSession({ memoryLimit: LIMIT });
    await s.run('kept = "state"');
    const r = await s.run(`x = ${'['.repeat(200_000)}${']'.repeat(200_000)}`, { timeoutMs: 5000 });
    assertCleanFailure(r, /^(RuntimeError|MemoryError|SyntaxError|RecursionError)$/);
    assert.equal((await s.run('kept')).value, 'state');
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('repr() of a list nested 100000 deep', async () => {
    await bombSession('x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)', /^(RuntimeError|RecursionError|MemoryError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('comparing two lists nested 100000 deep', async () => {
    await bombSession('x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nx == y', /^(RuntimeError|RecursionError|MemoryError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('json.dumps of a list nested 100000 deep', async () => {
    await bombSession('import json\nx = []\nfor i in range(100000):\n    x = [x]\njson.dumps(x)', /^(RuntimeError|RecursionError|MemoryError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('hashing / sorting / str() of deeply nested tuples', async () => {
    await bombSession('x = ()\nfor i in range(100000):\n    x = (x,)\nhash(x)', /^(RuntimeError|RecursionError|MemoryError)$/);
    await bombSession('x = ()\nfor i in range(100000):\n    x = (x,)\nstr(x)', /^(RuntimeError|RecursionError|MemoryError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('a final expression whose value is huge or deeply nested (result capture)', async () => {
    // The capture works on a bounded prefix, so it fits in a small fuel budget whatever the size.
    for (const code of ['"x" * (8 * 1024 * 1024)', 'list(range(200000))', '{str(i): i for i in range(50000)}']) {
      const big = await pool.run(code, { ...BOMB, fuel: 60_000_000 });
      assert.equal(big.ok, true, `${code}: ${big.error?.type} ${big.error?.message}`);
      assert.equal(big.valueRepr?.length, 65536, 'the captured repr is cut at 64 Ki characters');
      assert.equal(big.value, undefined, 'a value too big for the JSON capture is reported by its repr only');
    }
    const deep = await pool.run('x = []\nfor i in range(50000):\n    x = [x]\nx', BOMB);
    if (deep.ok) assert.ok((deep.valueRepr?.length ?? 0) <= 65536);
    else assertCleanFailure(deep, /^(RuntimeError|RecursionError|MemoryError)$/);
    await assertHostUnharmed(pool, canary);
  });

  attack('four sessions filling their whole memory cap at once keep host memory bounded', async () => {
    const sessions = await Promise.all([1, 2, 3, 4].map(() => pool.createSession({ memoryLimit: 48 * MiB })));
    const results = await Promise.all(sessions.map((s) => s.run('x = []\nwhile True:\n    x.append(bytearray(4 * 1024 * 1024))', { timeoutMs: 5000 })));
    for (const r of results) {
      assert.equal(r.error?.type, 'MemoryError');
      assert.ok(r.memoryBytes <= 48 * MiB);
    }
    assert.ok(process.memoryUsage().rss < 1024 * MiB);
    await Promise.all(sessions.map((s) => s.close()));
    await assertHostUnharmed(pool, canary);
  });
});

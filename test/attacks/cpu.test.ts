import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createPool, type RunResult } from '../../src/index.js';
import { assertGuestError, assertHostUnharmed, assertLimit, attack, createCanary, spinningAttack, type Canary } from './harness.js';

/**
 * CPU attacks: spinning, swallowing the soft stop, long C-level operations, catastrophic regexes,
 * endless sleeps and generators, reads from an empty stdin. Every one must end through a limit
 * (soft or hard) or a clean error while the host's event loop keeps turning, and a session hit
 * by a hard stop must come back with its state from before the run.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

const SHORT = { timeoutMs: 300 } as const;

/** Runs `code` in a session holding state; checks the stop and that the state survived. */
async function stoppedInSession(code: string, stop: 'soft' | 'hard' | 'either', options: { timeoutMs?: number; fuel?: number } = SHORT): Promise<RunResult> {
  const s = await pool.createSession();
  await s.run('kept = "before"');
  const r = await spinningAttack(() => s.run(`kept = "during"\n${code}`, options));
  assert.equal(r.ok, false, 'the attack ran to completion');
  assert.equal(r.error?.kind, 'limit', `${r.error?.type}: ${r.error?.message}`);
  if (stop !== 'either') assert.equal(r.error?.stop, stop, `expected a ${stop} stop, got ${r.error?.stop}`);
  const after = await s.run('kept');
  if (r.error?.stop === 'hard') {
    assert.equal(r.recovered, 'snapshot');
    assert.equal(after.value, 'before', 'a hard-stopped run must be undone');
  } else {
    assert.equal(r.recovered, undefined);
    assert.equal(after.value, 'during', 'a soft stop keeps the state');
  }
  await s.close();
  return r;
}

describe('CPU attacks', () => {
  attack('while True: pass', async () => {
    const r = await stoppedInSession('while True:\n    pass', 'soft');
    assertLimit(r, 'timeout', 'soft');
    await assertHostUnharmed(pool, canary);
  });

  attack('a loop that swallows KeyboardInterrupt (except KeyboardInterrupt)', async () => {
    await stoppedInSession('while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass', 'hard');
    await assertHostUnharmed(pool, canary);
  });

  attack('a loop that swallows everything (except BaseException)', async () => {
    await stoppedInSession('while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass', 'hard');
    await assertHostUnharmed(pool, canary);
  });

  attack('a finally clause that starts spinning again (recursively)', async () => {
    await stoppedInSession('def f():\n    try:\n        while True:\n            pass\n    finally:\n        f()\nf()', 'hard');
    await assertHostUnharmed(pool, canary);
  });

  attack('an except handler that sleeps and retries forever', async () => {
    await stoppedInSession('import time\nwhile True:\n    try:\n        time.sleep(10)\n    except BaseException:\n        continue', 'either');
    await assertHostUnharmed(pool, canary);
  });

  // Long C-level operations charge fuel as they go and raise KeyboardInterrupt right there: a
  // soft stop that keeps the session's state, not a hard stop that waits out the grace period.
  attack('7 ** (10 ** 8): one long C-level operation', async () => {
    await stoppedInSession('x = 7 ** (10 ** 8)', 'soft');
    await assertHostUnharmed(pool, canary);
  });

  attack('pow(10**100000, 10**100000)', async () => {
    await stoppedInSession('pow(10**100000, 10**100000)', 'soft');
    await assertHostUnharmed(pool, canary);
  });

  attack('huge integer formatting and division', async () => {
    const r = await spinningAttack(() => pool.run('x = 3 ** 2000000\ns = str(x)\ny = x // 7 ** 500000', SHORT));
    assert.equal(r.ok, false);
    assert.ok(r.error?.kind === 'limit' || r.error?.type === 'MemoryError', `${r.error?.type}`);
    await assertHostUnharmed(pool, canary);
  });

  attack('catastrophic regex backtracking: re.match("(a*)*b", "a" * 40) and re.match("(a|aa)*c", "a" * 40)', async () => {
    // Nested repeats backtrack exponentially: the engine (plain Python, frozen) is metered step
    // by step like any guest code, and an engine that recursed would end in RecursionError.
    const r = await pool.run('import re\nre.match("(a*)*b", "a" * 40)', SHORT);
    assert.equal(r.ok, false, 'the match cannot succeed');
    assert.ok(r.error?.kind === 'limit' || r.error?.type === 'RecursionError', `${r.error?.type}: ${r.error?.message}`);
    // Exponential backtracking through an alternation: the same.
    const r2 = await pool.run('import re\nre.match("(a|aa)*c", "a" * 40)', SHORT);
    assert.equal(r2.error?.kind, 'limit', `${r2.error?.type}: ${r2.error?.message}`);
    await assertHostUnharmed(pool, canary);
  });

  attack('sorted() with a slow key function', async () => {
    const r = await stoppedInSession('sorted(range(10**6), key=lambda x: sum(range(1000)))', 'either');
    assertLimit(r, 'timeout');
    await assertHostUnharmed(pool, canary);
  });

  attack('time.sleep(10**9), time.sleep_ms(10**9) and sleeping inside the handler', async () => {
    const r = await spinningAttack(() => pool.run('import time\ntime.sleep(10**9)', SHORT));
    assertLimit(r, 'timeout', 'soft');
    const r2 = await spinningAttack(() => pool.run('import time\ntime.sleep_ms(10**9)', SHORT));
    assertLimit(r2, 'timeout', 'soft');
    const r3 = await spinningAttack(() => pool.run('import time\ntry:\n    time.sleep(100)\nfinally:\n    time.sleep(100)', SHORT));
    assertLimit(r3, 'timeout');
    await assertHostUnharmed(pool, canary);
  });

  attack('an endless generator consumed by list()', async () => {
    const r = await spinningAttack(() => pool.run('def g():\n    while True:\n        yield 1\nlist(g())', SHORT));
    assert.equal(r.ok, false);
    assert.ok(r.error?.kind === 'limit', `${r.error?.type}: ${r.error?.message}`);
    await assertHostUnharmed(pool, canary);
  });

  attack('input() and sys.stdin reads with no stdin end at EOF instead of hanging', async () => {
    assertGuestError(await pool.run('input()', SHORT), 'EOFError');
    assertGuestError(await pool.run('while True:\n    input("> ")', SHORT), 'EOFError');
    const r = await pool.run('import sys\n(sys.stdin.read(), sys.stdin.readline(), sys.stdin.read(100))', SHORT);
    assert.deepEqual(r.value, ['', '', '']);
    await assertHostUnharmed(pool, canary);
  });

  attack('fuel exhaustion with the interrupt swallowed ends in a hard stop', async () => {
    const r = await stoppedInSession('while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass', 'hard', { fuel: 2_000_000, timeoutMs: 10_000 });
    assertLimit(r, 'fuel', 'hard');
    await assertHostUnharmed(pool, canary);
  });

  attack('an AbortSignal stops a guest that swallows interrupts', async () => {
    const s = await pool.createSession();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const r = await spinningAttack(() => s.run('while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass', { signal: controller.signal, timeoutMs: 60_000 }));
    assertLimit(r, 'cancelled', 'hard');
    assert.equal((await s.run('"alive"')).value, 'alive');
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('more spinning guests than workers: all are stopped and the queue drains', async () => {
    const results = await spinningAttack(() => Promise.all(Array.from({ length: 6 }, () => pool.run('while True:\n    try:\n        pass\n    except BaseException:\n        pass', { timeoutMs: 200 }))));
    for (const r of results) assertLimit(r, 'timeout');
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Deadline and cancel checks happen when a fuel slice runs out, so work that takes time must cost
   * fuel: here a 30 MB memoryview slice copy (one bulk memory.copy) per iteration, and below a full
   * collection on every allocation. Fuel is unlimited for these two, so the time limit must stop
   * them, with a soft stop, not by the watchdog killing the worker and its other sessions.
   */
  attack('bulk memory copies in a loop are stopped at the time limit, without killing the worker (co-located session kept)', async () => {
    const local = createPool({ maxWorkers: 1 });
    try {
      const neighbour = await createCanary(local);
      const attacker = await local.createSession();
      let outcome: RunResult | Error;
      try {
        outcome = await spinningAttack(() => attacker.run('a = bytearray(30_000_000)\nb = bytearray(30_000_000)\nm = memoryview(b)\nwhile True:\n    m[:] = a', { timeoutMs: 300, fuel: 1e15 }));
      } catch (error) {
        outcome = error as Error;
      }
      assert.ok(!(outcome instanceof Error), `the run did not stop at its time limit: ${(outcome as Error).message}`);
      assertLimit(outcome, 'timeout');
      await assertHostUnharmed(local, neighbour);
    } finally {
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('collections forced on every allocation (gc.threshold(1)) over a large heap are stopped at the time limit', async () => {
    const local = createPool({ maxWorkers: 1 });
    try {
      const neighbour = await createCanary(local);
      let outcome: RunResult | Error;
      try {
        outcome = await spinningAttack(() => local.run('import gc\nkeep = [bytearray(64) for i in range(100000)]\ngc.threshold(1)\nwhile True:\n    x = [1]', { timeoutMs: 300, fuel: 1e15 }));
      } catch (error) {
        outcome = error as Error;
      }
      assert.ok(!(outcome instanceof Error), `the run did not stop at its time limit: ${(outcome as Error).message}`);
      assertLimit(outcome, 'timeout');
      await assertHostUnharmed(local, neighbour);
    } finally {
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });
});

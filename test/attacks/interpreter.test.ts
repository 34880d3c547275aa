import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { assertGuestError, assertHostUnharmed, assertLimit, attack, createCanary, spinningAttack, type Canary } from './harness.js';

/** Where a test asserts the time limit, fuel must not run out first (on any machine). */
const UNBOUNDED_FUEL = 1e15;

/**
 * Attacks from inside the interpreter: the micropython / gc modules, the scheduler, heap locks.
 * (Raw memory access is not available: uctypes, machine.mem and marshal are not built in; what a
 * pooled VM keeps between guests is checked from the host side in test/engine/isolation.test.ts.)
 * A guest may break its own VM, which must then be discarded (and a session rebuilt from its last
 * good state); nothing may reach the host, another session, or the next guest.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());


describe('interpreter-level attacks', () => {
  attack('micropython.mem_info / qstr_info and sys reveal nothing of the host', async () => {
    const envSecret = `env-${randomUUID()}`;
    process.env['MPS_ATTACK_ENV_CANARY2'] = envSecret;
    const local = createPool({ maxWorkers: 1 });
    try {
      const r = await local.run('import micropython, sys, os\nmicropython.mem_info(1)\nmicropython.qstr_info(1)\nprint(sys.argv, sys.path, sys.platform, sys.version, sys.implementation, os.getcwd())', { stdoutLimit: 4 << 20 });
      assert.equal(r.ok, true, r.error?.message);
      for (const leak of [envSecret, process.cwd(), process.execPath, import.meta.url]) {
        assert.ok(!r.stdout.includes(leak), `the guest saw ${leak}`);
      }
      assert.match(r.stdout, /\[\] \[.*\] micropython-sandbox/);
    } finally {
      delete process.env['MPS_ATTACK_ENV_CANARY2'];
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('micropython.heap_lock() left on at the end of a run does not reach the next one-shot run', async () => {
    const local = createPool({ maxWorkers: 1 });
    try {
      const locked = await local.run('import micropython\nmicropython.heap_lock()');
      assert.ok(locked.ok || locked.error !== null);
      for (let i = 0; i < 3; i++) {
        const next = await local.run('[str(i) for i in range(1000)][-1]');
        assert.equal(next.value, '999', next.error?.message);
      }
    } finally {
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('a session that locks its own heap harms only itself, and only for that run', async () => {
    const s = await pool.createSession();
    await s.run('kept = "state"');
    // The allocation fails with MemoryError; the exception reaching the top is reported (the
    // port unlocks the heap to record it), at once, and the session keeps its state.
    const locked = await s.run('import micropython\nmicropython.heap_lock()\nkept = [1] * 100', { timeoutMs: 5000 });
    assert.equal(locked.ok, false);
    assert.equal(locked.error?.kind, 'exception');
    assert.equal(locked.error?.type, 'MemoryError');
    assert.ok(locked.durationMs < 2000, `the locked run took ${locked.durationMs} ms`);
    assert.equal((await s.run('kept')).value, 'state');
    // A lock left in place by a run that ends without allocating does not carry over.
    assert.equal((await s.run('import micropython\nmicropython.heap_lock()\npass')).ok, true);
    assert.deepEqual((await s.run('[1] * 3')).value, [1, 1, 1]);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('a scheduled callback that spins after the main code is stopped by the time limit', async () => {
    const r = await spinningAttack(() => pool.run('import micropython\ndef spin(_):\n    while True:\n        pass\nmicropython.schedule(spin, None)\nprint("main done")', { timeoutMs: 300, fuel: UNBOUNDED_FUEL }));
    assertLimit(r, 'timeout');
    await assertHostUnharmed(pool, canary);
  });

  attack('a scheduled callback that swallows KeyboardInterrupt is hard-stopped; the session is rebuilt', async () => {
    const s = await pool.createSession();
    await s.run('kept = 1');
    const r = await spinningAttack(() => s.run('import micropython\nkept = 2\ndef spin(_):\n    while True:\n        try:\n            while True: pass\n        except BaseException:\n            micropython.schedule(spin, None)\nmicropython.schedule(spin, None)', { timeoutMs: 300, fuel: UNBOUNDED_FUEL }));
    assertLimit(r, 'timeout');
    // Hard when the interrupt lands inside the guarded loop (the usual case): the run is undone.
    if (r.error?.stop === 'hard') assert.equal(r.recovered, 'snapshot');
    assert.equal((await s.run('kept')).value, r.error?.stop === 'hard' ? 1 : 2);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('micropython.kbd_intr(-1) does not disable the soft stop', async () => {
    const r = await spinningAttack(() => pool.run('import micropython\nmicropython.kbd_intr(-1)\nwhile True:\n    pass', { timeoutMs: 300, fuel: UNBOUNDED_FUEL }));
    assertLimit(r, 'timeout', 'soft');
    await assertHostUnharmed(pool, canary);
  });

  attack('raising KeyboardInterrupt or SystemExit by hand is an ordinary guest exception, not a stop', async () => {
    const s = await pool.createSession();
    await s.run('kept = 3');
    const ki = await s.run('raise KeyboardInterrupt');
    assertGuestError(ki, 'KeyboardInterrupt');
    assert.equal(ki.error?.kind, 'exception');
    const exit = await s.run('import sys\nsys.exit(0)');
    assertGuestError(exit, 'SystemExit');
    assert.equal(exit.recovered, undefined);
    assert.equal((await s.run('kept')).value, 3);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('a guest exception class named like a limit (Timeout) is reported as an exception, not a limit', async () => {
    const r = await pool.run('class Timeout(Exception):\n    pass\nraise Timeout("the run exceeded its time limit")');
    assert.equal(r.error?.type, 'Timeout');
    assert.equal(r.error?.kind, 'exception', 'a guest can name its exception anything; it must not look like a host limit');
    assert.equal(r.error && 'limit' in r.error ? r.error.limit : undefined, undefined);
    await assertHostUnharmed(pool, canary);
  });
});

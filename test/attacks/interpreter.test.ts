import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { assertGuestError, assertHostUnharmed, assertLimit, attack, createCanary, spinningAttack, type Canary } from './harness.js';

/** Where a test asserts the time limit, fuel must not run out first (on any machine). */
const UNBOUNDED_FUEL = 1e15;

/**
 * Attacks from inside the interpreter: raw memory access with uctypes, the micropython / gc
 * modules, the scheduler. Raw writes may break the guest's own VM, which must then be discarded
 * (and a session rebuilt from its last good state); nothing may reach the host, another session,
 * or the next guest that reuses the same pooled VM.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

/** Python source for a string without the string itself appearing in the source. */
function hidden(text: string): string {
  return `"".join(reversed(${JSON.stringify([...text].reverse().join(''))}))`;
}

describe('interpreter-level attacks', () => {
  attack('uctypes reading far beyond linear memory crashes only its own VM; the session is rebuilt with its state', async () => {
    const s = await pool.createSession();
    await s.run('kept = "before"');
    const r = await s.run('import uctypes\nkept = "during"\nuctypes.bytes_at(0xFFFFFF00, 200)');
    assert.equal(r.ok, false);
    assert.equal(r.error?.kind, 'crash');
    assert.equal(r.recovered, 'snapshot');
    assert.equal((await s.run('kept')).value, 'before');
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('uctypes overwriting the interpreter state (1 MB of low memory) breaks only its own VM', async () => {
    const s = await pool.createSession();
    await s.run('kept = 41');
    const r = await s.run('import uctypes\nb = uctypes.bytearray_at(4096, 1000000)\nfor i in range(len(b)):\n    b[i] = 0x5a', { timeoutMs: 5000 });
    assert.equal(r.ok, false, 'zeroing the interpreter cannot end well for the guest');
    assert.ok(r.error?.kind === 'crash' || r.error?.kind === 'limit', `${r.error?.kind}: ${r.error?.message}`);
    assert.equal(r.recovered, 'snapshot');
    assert.equal((await s.run('kept + 1')).value, 42);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack("scanning all of its linear memory finds neither another session's secret nor a host environment variable", async () => {
    const envSecret = `env-secret-${randomUUID()}`;
    const sessionSecret = `session-secret-${randomUUID()}`;
    const ownSecret = `own-value-${randomUUID()}`;
    process.env['MPS_ATTACK_ENV_CANARY'] = envSecret;
    // One worker: the victim session lives in the same thread as the attacker.
    const local = createPool({ maxWorkers: 1 });
    try {
      const victim = await local.createSession();
      await victim.run(`secret = ${JSON.stringify(sessionSecret)}\nopen("/tmp/secret.txt", "w").write(secret)`);
      const attacker = await local.createSession();
      const first = await attacker.run(`mine = ${JSON.stringify(ownSecret)}`);
      const size = first.memoryBytes;
      const r = await attacker.run([
        'import uctypes',
        `size = ${size}`,
        'chunks = [uctypes.bytes_at(a, min(65536, size - a)) for a in range(0, size, 65536)]',
        // Targets are built only after the copy: their own bytes are not in it.
        `targets = [${hidden(envSecret)}, ${hidden(sessionSecret)}, ${hidden(ownSecret)}]`,
        'def found(t):',
        '    t = t.encode()',
        '    for i in range(len(chunks)):',
        '        window = chunks[i] + (chunks[i + 1][:len(t) - 1] if i + 1 < len(chunks) else b"")',
        '        if window.find(t) >= 0:',
        '            return True',
        '    return False',
        '[found(t) for t in targets]',
      ].join('\n'), { timeoutMs: 10_000 });
      assert.equal(r.ok, true, r.error?.message);
      assert.deepEqual(r.value, [false, false, true], 'the scan must find its own value (control) and nothing else');
      assert.equal((await victim.run('secret')).value, sessionSecret);
    } finally {
      delete process.env['MPS_ATTACK_ENV_CANARY'];
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('bytes left by one run above the heap are wiped before the next run reuses the pooled VM', async () => {
    const local = createPool({ maxWorkers: 1 });
    try {
      const size = (await local.run('1')).memoryBytes;
      const address = size - 4096;
      const marker = 'bytes(range(200, 232))';
      const first = await local.run(`import uctypes\nb = uctypes.bytearray_at(${address}, 32)\nb[:] = ${marker}\nuctypes.bytes_at(${address}, 32) == ${marker}`);
      assert.equal(first.value, true, 'control: the write took effect in its own run');
      assert.equal(first.memoryBytes, size, 'the VM did not grow, so the pool may reuse it');
      for (let i = 0; i < 3; i++) {
        const next = await local.run(`import uctypes\nuctypes.bytes_at(${address}, 32) == ${marker}`);
        assert.equal(next.ok, true, next.error?.message);
        assert.equal(next.value, false, 'the next guest saw bytes written by the previous one');
      }
    } finally {
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('micropython.mem_info / qstr_info, jsffi.mem_info and sys reveal nothing of the host', async () => {
    const envSecret = `env-${randomUUID()}`;
    process.env['MPS_ATTACK_ENV_CANARY2'] = envSecret;
    const local = createPool({ maxWorkers: 1 });
    try {
      const r = await local.run('import micropython, jsffi, sys, os\nmicropython.mem_info(1)\nmicropython.qstr_info(1)\nprint(jsffi.mem_info())\nprint(sys.argv, sys.path, sys.platform, sys.version, sys.implementation, os.getcwd())', { stdoutLimit: 4 << 20 });
      assert.equal(r.ok, true, r.error?.message);
      for (const leak of [envSecret, process.cwd(), process.execPath, import.meta.url]) {
        assert.ok(!r.stdout.includes(leak), `the guest saw ${leak}`);
      }
      assert.match(r.stdout, /\[\] \[.*\] webassembly/);
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
    // An exception reaching the top with the heap locked cannot be reported (that needs memory):
    // the run must end at once as a crash, not spin out its time, and the session is rebuilt.
    const locked = await s.run('import micropython\nmicropython.heap_lock()\nkept = [1] * 100', { timeoutMs: 5000 });
    assert.equal(locked.ok, false);
    assert.equal(locked.error?.kind, 'crash');
    assert.ok(locked.durationMs < 2000, `the locked run took ${locked.durationMs} ms`);
    assert.equal(locked.recovered, 'snapshot');
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
    assert.equal(r.error?.limit, undefined);
    await assertHostUnharmed(pool, canary);
  });
});

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool, SessionClosedError, SnapshotError, AbortedError, QueueFullError } from '../../src/index.js';

const pool = createPool({ maxWorkers: 2 });
after(() => pool.close());

describe('resident sessions', () => {
  test('globals, functions, classes and imports persist between runs', async () => {
    const s = await pool.createSession();
    await s.run('import json\nx = 40\ndef add(a, b):\n    return a + b\nclass Box:\n    def __init__(self, v):\n        self.v = v');
    const r = await s.run('b = Box(add(x, 2))\nprint(json.dumps({"v": b.v}))\nb.v');
    assert.equal(r.stdout, '{"v": 42}\n');
    assert.equal(r.value, 42);
    await s.close();
  });

  test('separate sessions do not share state', async () => {
    const a = await pool.createSession();
    const b = await pool.createSession();
    await a.run('secret = "a"');
    const r = await b.run('secret');
    assert.equal(r.error?.type, 'NameError');
    await Promise.all([a.close(), b.close()]);
  });

  test('a timeout soft-stops an infinite loop and keeps the state from before', async () => {
    const s = await pool.createSession();
    await s.run('kept = [1, 2, 3]');
    const stopped = await s.run('while True: pass', { timeoutMs: 150 });
    assert.equal(stopped.error?.type, 'Timeout');
    assert.equal(stopped.error?.stop, 'soft');
    assert.equal(stopped.recovered, undefined);
    assert.deepEqual((await s.run('kept')).value, [1, 2, 3]);
    await s.close();
  });

  test('a guest that swallows KeyboardInterrupt is hard-stopped; the session is rebuilt from before the run', async () => {
    const s = await pool.createSession();
    await s.run('kept = "before"');
    const stopped = await s.run('kept = "during"\nwhile True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass', { timeoutMs: 150 });
    assert.equal(stopped.error?.stop, 'hard');
    assert.equal(stopped.recovered, 'snapshot');
    assert.equal((await s.run('kept')).value, 'before');
    await s.close();
  });

  test('a long C-level call is stopped inside C and the session keeps its state', async () => {
    const s = await pool.createSession();
    await s.run('n = 7');
    const stopped = await s.run('m = 1\ny = n ** (10 ** 7)', { timeoutMs: 200 });
    assert.equal(stopped.error?.kind, 'limit');
    assert.equal(stopped.error?.stop, 'soft');
    assert.equal(stopped.recovered, undefined);
    assert.equal((await s.run('n * 6 * m')).value, 42);
    await s.close();
  });

  test('fuel exhaustion in a session is reported and the session stays usable', async () => {
    const s = await pool.createSession({ fuel: 1_000_000 });
    const r = await s.run('while True: pass');
    assert.equal(r.error?.type, 'FuelExhausted');
    assert.equal((await s.run('1 + 1')).value, 2);
    await s.close();
  });

  test('an AbortSignal cancels a running call', async () => {
    const s = await pool.createSession();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const r = await s.run('while True: pass', { signal: controller.signal, timeoutMs: 20_000 });
    assert.equal(r.error?.type, 'Cancelled');
    assert.equal((await s.run('"alive"')).value, 'alive');
    await s.close();
  });

  test('an AbortSignal cancels a queued call before it starts', async () => {
    const s = await pool.createSession();
    const controller = new AbortController();
    const first = s.run('import time\ntime.sleep(0.3)\n"first"');
    const second = s.run('side_effect = True', { signal: controller.signal });
    controller.abort();
    await assert.rejects(second, AbortedError);
    assert.equal((await first).value, 'first');
    assert.equal((await s.run('"side_effect" in globals()')).value, false);
    await s.close();
  });

  test('an already aborted signal rejects at once', async () => {
    const s = await pool.createSession();
    await assert.rejects(s.run('1', { signal: AbortSignal.abort() }), AbortedError);
    await s.close();
  });

  test('runs on one session are serialised in call order', async () => {
    const s = await pool.createSession();
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => s.run(`log = globals().get("log", []) + [${i}]\nlog`)));
    assert.deepEqual(results.at(-1)!.value, [1, 2, 3, 4, 5]);
    await s.close();
  });

  test('streaming callbacks receive output in order as it is produced', async () => {
    const s = await pool.createSession();
    const chunks: string[] = [];
    const r = await s.run('import time\nfor i in range(3):\n    print("tick", i)\n    time.sleep(0.01)', { onStdout: (t) => chunks.push(t) });
    assert.equal(chunks.join(''), 'tick 0\ntick 1\ntick 2\n');
    assert.equal(r.stdout, chunks.join(''));
    assert.ok(chunks.length >= 2, 'output arrived in more than one piece');
    await s.close();
  });

  test('using a closed session throws SessionClosedError; close is idempotent', async () => {
    const s = await pool.createSession();
    await s.close();
    await s.close();
    await assert.rejects(s.run('1'), SessionClosedError);
    await assert.rejects(s.snapshot(), SessionClosedError);
  });

  test('Symbol.asyncDispose closes the session', async () => {
    const s = await pool.createSession();
    await s[Symbol.asyncDispose]();
    assert.equal(s.isClosed, true);
  });
});

describe('snapshots and forks', () => {
  test('snapshot -> restore gives the same globals', async () => {
    const s = await pool.createSession();
    await s.run('data = {"k": [1, 2, 3]}\ndef total():\n    return sum(data["k"])');
    const bytes = await s.snapshot();
    const restored = await pool.restoreSession(bytes);
    assert.equal((await restored.run('total()')).value, 6);
    assert.deepEqual((await restored.run('data')).value, { k: [1, 2, 3] });
    await Promise.all([s.close(), restored.close()]);
  });

  test('a snapshot carries the in-memory files', async () => {
    const s = await pool.createSession();
    await s.run('with open("/tmp/note.txt", "w") as f:\n    f.write("remember me")');
    const restored = await pool.restoreSession(await s.snapshot());
    assert.equal((await restored.run('open("/tmp/note.txt").read()')).value, 'remember me');
    await Promise.all([s.close(), restored.close()]);
  });

  test('fork isolation: changing the fork leaves the parent unchanged', async () => {
    const parent = await pool.createSession();
    await parent.run('items = [1]');
    const child = await parent.fork();
    await child.run('items.append(2)\nnew_name = 1');
    assert.deepEqual((await parent.run('items')).value, [1]);
    assert.equal((await parent.run('"new_name" in globals()')).value, false);
    assert.deepEqual((await child.run('items')).value, [1, 2]);
    await Promise.all([parent.close(), child.close()]);
  });

  test('restored sessions reseed random', async () => {
    const s = await pool.createSession();
    await s.run('import random');
    const bytes = await s.snapshot();
    const a = await pool.restoreSession(bytes);
    const b = await pool.restoreSession(bytes);
    const ra = (await a.run('[random.getrandbits(30) for _ in range(4)]')).value;
    const rb = (await b.run('[random.getrandbits(30) for _ in range(4)]')).value;
    assert.notDeepEqual(ra, rb);
    await Promise.all([s.close(), a.close(), b.close()]);
  });

  test('corrupt, truncated and foreign snapshot bytes give SnapshotError', async () => {
    const s = await pool.createSession();
    const good = await s.snapshot();
    const flipped = good.slice();
    flipped[Math.floor(flipped.length / 2)]! ^= 0x40;
    for (const bad of [flipped, good.subarray(0, good.length - 10), new Uint8Array(100), new TextEncoder().encode('not a snapshot at all, just text')]) {
      await assert.rejects(pool.restoreSession(bad), SnapshotError);
    }
    await assert.rejects(pool.restoreSession('nope' as unknown as Uint8Array));
    await s.close();
  });
});

describe('pool bounds and failures', () => {
  test('a full queue refuses work with QueueFullError', async () => {
    const small = createPool({ maxWorkers: 1, maxQueue: 0 });
    try {
      const busy = small.run('import time\ntime.sleep(0.3)');
      await new Promise((r) => setTimeout(r, 50));
      await assert.rejects(small.run('1'), QueueFullError);
      assert.equal((await busy).ok, true);
    } finally {
      await small.close();
    }
  });

  test('maxSessions is enforced', async () => {
    const small = createPool({ maxWorkers: 1, maxSessions: 2 });
    try {
      const a = await small.createSession();
      await small.createSession();
      await assert.rejects(small.createSession(), QueueFullError);
      await a.close();
      const c = await small.createSession();
      await c.close();
    } finally {
      await small.close();
    }
  });

  test('a worker crash takes down neither the host nor sessions on other workers', async () => {
    const two = createPool({ maxWorkers: 2 });
    try {
      const a = await two.createSession();
      const b = await two.createSession();
      await a.run('who = "a"');
      await b.run('who = "b"');
      const engine = await two.engine();
      await engine.crashWorkerOf(a.id);
      // b lives on the other worker (sessions spread across workers).
      assert.equal((await b.run('who')).value, 'b');
      // a comes back on a live worker from its last good state, and says so once.
      const after = await a.run('globals().get("who", "lost")');
      assert.equal(after.recovered, 'snapshot');
      assert.equal(after.value, 'a');
      const next = await a.run('1 + 1');
      assert.equal(next.value, 2);
      assert.equal(next.recovered, undefined);
    } finally {
      await two.close();
    }
  });

  test('closing sessions frees their memory in the worker', async () => {
    const one = createPool({ maxWorkers: 1 });
    try {
      const sessions = await Promise.all(Array.from({ length: 20 }, () => one.createSession()));
      // Non-zero data, so that the kept state holds it too (zero pages match the template).
      await Promise.all(sessions.map((s) => s.run('blob = bytes(range(256)) * 8192')));
      const before = (await one.stats()).perWorker[0]!;
      await Promise.all(sessions.map((s) => s.close()));
      const afterStats = (await one.stats()).perWorker[0]!;
      assert.equal(before['sessions'], 20);
      assert.equal(afterStats['sessions'], 0);
      // Live VMs (idle ones beyond the most recent few hibernate) plus every session's kept state.
      assert.ok(before['memoryBytes']! > 0);
      assert.ok(before['recoveryBytes']! >= 20 * 2 * 1024 * 1024);
      assert.equal(afterStats['memoryBytes'], 0);
      assert.equal(afterStats['recoveryBytes'], 0);
    } finally {
      await one.close();
    }
  });

  test('the caller thread stays responsive while guests spin', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      await Promise.all([pool.run('while True: pass', { timeoutMs: 300 }), pool.run('while True: pass', { timeoutMs: 300 })]);
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks >= 10, `the event loop ticked only ${ticks} times while guests ran`);
  });

  test('a closed pool refuses work', async () => {
    const p = createPool({ maxWorkers: 1 });
    await p.run('1');
    await p.close();
    await assert.rejects(p.run('1'), SessionClosedError);
  });
});

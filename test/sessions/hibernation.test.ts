import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool } from '../../src/index.js';

/**
 * Idle sessions hibernate: beyond the few most recently used in a worker, a session's VM is freed
 * and rebuilt from its last good state when it is next used. Nothing of its state may be lost:
 * globals, functions, objects, files, imported modules, and what a run does next.
 */

const pool = createPool({ maxWorkers: 1 });
after(() => pool.close());

describe('hibernating sessions', () => {
  test('many idle sessions keep their state through hibernation, round after round', async () => {
    const sessions = await Promise.all(Array.from({ length: 24 }, () => pool.createSession()));
    await Promise.all(sessions.map((s, i) => s.run(
      `import json\nclass Counter:\n    def __init__(self):\n        self.n = ${i}\n    def bump(self):\n        self.n += 1\n        return self.n\n` +
      `c = Counter()\nwith open('/tmp/id.txt', 'w') as f:\n    f.write('${i}')\ndata = {'k': list(range(${i}))}`,
    )));
    const stats = (await pool.stats()).perWorker[0]!;
    assert.equal(stats['sessions'], 24);
    // Live VMs are bounded: 24 sessions hold far less VM memory than 24 live VMs would.
    assert.ok(stats['memoryBytes']! < 24 * 2 * 1024 * 1024, `live VM memory ${stats['memoryBytes']}`);
    for (let round = 1; round <= 2; round++) {
      for (const [i, s] of sessions.entries()) {
        const r = await s.run("(c.bump(), open('/tmp/id.txt').read(), len(data['k']), json.dumps([1]))");
        assert.deepEqual(r.value, [i + round, String(i), i, '[1]'], `session ${i}, round ${round}: ${r.error?.traceback ?? ''}`);
        assert.equal(r.recovered, undefined);
      }
    }
    await Promise.all(sessions.map((s) => s.close()));
  });

  test('a hibernated session can be snapshotted, restored and given functions', async () => {
    const first = await pool.createSession();
    await first.run('x = 41');
    const others = await Promise.all(Array.from({ length: 12 }, () => pool.createSession()));
    await Promise.all(others.map((s) => s.run('y = 1')));
    const snap = await first.snapshot();
    const restored = await pool.restoreSession(snap);
    assert.equal((await restored.run('x + 1')).value, 42);
    await first.expose({ double: (v: unknown) => (v as number) * 2 });
    assert.equal((await first.run('double(x)')).value, 82);
    await Promise.all([first, restored, ...others].map((s) => s.close()));
  });
});

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool } from '../../src/index.js';

const pool = createPool({ maxWorkers: 2 });
after(() => pool.close());

const PROGRAM = [
  'import random, time',
  'random.seed()',
  'values = [random.getrandbits(30) for _ in range(5)] + [random.random()]',
  't0 = time.ticks_ms()',
  'total = 0',
  'for i in range(200000):',
  '    total += i',
  'time.sleep(0.5)',
  'elapsed = time.ticks_diff(time.ticks_ms(), t0)',
  'print(values, elapsed, time.time())',
].join('\n');

describe('deterministic mode', () => {
  test('the same code gives the same output and the same fuel', async () => {
    const a = await pool.run(PROGRAM, { deterministic: true });
    const b = await pool.run(PROGRAM, { deterministic: true });
    assert.equal(a.ok, true, a.error?.message);
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.fuelUsed, b.fuelUsed);
  });

  test('sleeping advances the virtual clock without waiting', async () => {
    const r = await pool.run('import time\nt = time.ticks_ms()\ntime.sleep(30)\nprint(time.ticks_diff(time.ticks_ms(), t) >= 30000)', { deterministic: true, timeoutMs: 5000 });
    assert.equal(r.stdout, 'True\n');
    assert.ok(r.durationMs < 5000);
  });

  test('different seeds give different random numbers; real mode is not reproducible', async () => {
    const a = await pool.run(PROGRAM, { seed: 1 });
    const b = await pool.run(PROGRAM, { seed: 2 });
    assert.notEqual(a.stdout, b.stdout);
    const c = await pool.run('import random\nrandom.seed()\nrandom.getrandbits(30)');
    const d = await pool.run('import random\nrandom.seed()\nrandom.getrandbits(30)');
    assert.notEqual(c.value, d.value);
  });

  test('a deterministic session continues its sequence across runs and snapshots', async () => {
    const s = await pool.createSession({ deterministic: true });
    await s.run('import random\nrandom.seed()\nfirst = random.getrandbits(30)');
    const bytes = await s.snapshot();
    const next = (await s.run('random.getrandbits(30)')).value;
    const restored = await pool.restoreSession(bytes, { deterministic: true });
    assert.equal((await restored.run('random.getrandbits(30)')).value, next);
    await Promise.all([s.close(), restored.close()]);
  });
});

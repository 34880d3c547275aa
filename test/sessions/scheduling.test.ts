import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool, type Pool } from '../../src/index.js';

/**
 * Sessions are not pinned to a worker: while the pool has a worker to spare, one session's long
 * run never holds up another session's run. Checked by order of completion, not by durations: a
 * run blocked in a host function the test controls is still blocked when the other one returns.
 */

const pools: Pool[] = [];
after(() => Promise.all(pools.map((p) => p.close())));

/** A host function that returns only when the test opens the gate. */
function gate(): { wait: () => Promise<string>; open: () => void; entered: Promise<void> } {
  let open!: () => void;
  let entered!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const enteredPromise = new Promise<void>((resolve) => {
    entered = resolve;
  });
  return {
    wait: async () => {
      entered();
      await opened;
      return 'released';
    },
    open,
    entered: enteredPromise,
  };
}

describe('scheduling', () => {
  test('a session whose worker is busy with another session runs on a free worker, with its state', { timeout: 30_000 }, async () => {
    const p = createPool({ maxWorkers: 2 });
    pools.push(p);
    const g = gate();
    const busy = await p.createSession({ functions: { wait: g.wait }, timeoutMs: 20_000 });
    await busy.run('mine = "busy"');
    // A fork lives on its parent's worker: the two sessions share one worker now.
    const other = await busy.fork();
    await other.run('mine = "other"\nimport sys\nmodules = len(sys.modules)');

    const order: string[] = [];
    const blocked = busy.run('import host\nhost.wait() + " " + mine', { timeoutMs: 20_000 }).then((r) => {
      order.push('busy');
      return r;
    });
    await g.entered;
    const quick = await other.run('mine');
    order.push('other');
    assert.equal(quick.value, 'other', 'the moved session kept its state');
    assert.equal(quick.recovered, undefined, 'moving is not a recovery');
    g.open();
    const slow = await blocked;
    assert.equal(slow.value, 'released busy');
    assert.deepEqual(order, ['other', 'busy'], "the second session's run waited behind the first's");
    // Both keep working, in either place.
    assert.equal((await other.run('mine')).value, 'other');
    assert.equal((await busy.run('mine')).value, 'busy');
  });

  test("a sleeping session does not delay another session's runs (the pool's spare worker is used)", { timeout: 30_000 }, async () => {
    const p = createPool({ maxWorkers: 2 });
    pools.push(p);
    const sleeper = await p.createSession();
    const other = await sleeper.fork();
    await other.run('n = 0');
    const order: string[] = [];
    const sleeping = sleeper.run('import time\ntime.sleep(1.5)', { timeoutMs: 10_000 }).then(() => order.push('sleeper'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 5; i++) await other.run('n += 1');
    order.push('other');
    await sleeping;
    assert.deepEqual(order, ['other', 'sleeper']);
    assert.equal((await other.run('n')).value, 5);
  });

  test('a run queued behind a busy worker moves to a worker that becomes free', { timeout: 30_000 }, async () => {
    const p = createPool({ maxWorkers: 2 });
    pools.push(p);
    const g1 = gate();
    const g2 = gate();
    const a = await p.createSession({ functions: { wait: g1.wait }, timeoutMs: 20_000 });
    const b = await p.createSession({ functions: { wait: g2.wait }, timeoutMs: 20_000 });
    const c = await a.fork(); // beside a
    await c.run('mine = "c"');
    const order: string[] = [];
    const blockedA = a.run('import host\nhost.wait()', { timeoutMs: 20_000 }).then(() => order.push('a'));
    const blockedB = b.run('import host\nhost.wait()', { timeoutMs: 20_000 }).then(() => order.push('b'));
    await Promise.all([g1.entered, g2.entered]);
    // Both workers are busy: c's run waits in a queue, and a one-shot run too.
    const queued = c.run('mine').then((r) => {
      order.push('c');
      return r;
    });
    const oneShot = p.run('6 * 7').then((r) => {
      order.push('one-shot');
      return r;
    });
    g2.open(); // b's worker becomes free: it takes the queued work
    await blockedB;
    assert.equal((await queued).value, 'c');
    assert.equal((await oneShot).value, 42);
    g1.open();
    await blockedA;
    assert.deepEqual(order.slice(0, 1), ['b']);
    assert.equal(order.at(-1), 'a', `order: ${order.join(', ')}`);
  });

  test('with no spare worker, runs queue in order and none is lost', { timeout: 30_000 }, async () => {
    const p = createPool({ maxWorkers: 1 });
    pools.push(p);
    const a = await p.createSession();
    const b = await p.createSession();
    const results = await Promise.all([
      a.run('x = 1'), b.run('y = 2'), a.run('x += 1'), b.run('y += 1'), a.run('x'), b.run('y'),
    ]);
    assert.equal(results[4]!.value, 2);
    assert.equal(results[5]!.value, 3);
  });

  test('requests made one after another stay in order while a session moves', { timeout: 30_000 }, async () => {
    const p = createPool({ maxWorkers: 3 });
    pools.push(p);
    const g = gate();
    const a = await p.createSession({ functions: { wait: g.wait }, timeoutMs: 20_000 });
    const b = await a.fork();
    const blocked = a.run('import host\nhost.wait()', { timeoutMs: 20_000 });
    await g.entered;
    // Issued in one tick: they must run in this order wherever b ends up.
    const steps = await Promise.all([b.run('log = [1]'), b.run('log.append(2)'), b.fs.writeFile('/tmp/f', 'three'), b.run('log.append(open("/tmp/f").read())\nlog')]);
    assert.deepEqual(steps[3]!.value, [1, 2, 'three']);
    g.open();
    await blocked;
  });
});

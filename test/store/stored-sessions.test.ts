import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import {
  LeaseLostError, MemorySessionStore, SessionLeasedError, SnapshotAuthError, StoredSessions, sealSnapshot, SnapshotKeys, type Lease, type SessionStore,
} from '../../src/store/index.js';

/**
 * Two StoredSessions over one store stand for two nodes: a session moves between them through
 * its sealed snapshot, one runs it at a time, and a node that dies holding a lease loses only the
 * run it was doing.
 */

const KEY = randomBytes(32);
const store = new MemorySessionStore();
const options = { store, snapshotKey: KEY, session: { timeoutMs: 2000, memoryLimit: 16 * 1024 * 1024 }, leaseMs: 2000, leaseWaitMs: 5000 };
const nodeA = new StoredSessions(options);
const nodeB = new StoredSessions(options);
after(() => Promise.all([nodeA.close(), nodeB.close()]));

describe('stored sessions across nodes', () => {
  test('state moves between nodes through the store; a node reuses its live copy while it is current', async () => {
    const first = await nodeA.run('s-move', 'items = [1]');
    assert.equal(first.origin, 'new');
    assert.equal(first.generation, 1);
    const onB = await nodeB.run('s-move', 'items.append(2)\nitems');
    assert.equal(onB.origin, 'store');
    assert.deepEqual(onB.value, [1, 2]);
    const backOnA = await nodeA.run('s-move', 'items.append(3)\nitems');
    assert.equal(backOnA.origin, 'store', 'A\'s copy was stale (generation 1 < 2), so it restored');
    assert.deepEqual(backOnA.value, [1, 2, 3]);
    const againA = await nodeA.run('s-move', 'len(items)');
    assert.equal(againA.origin, 'local');
    assert.equal(againA.value, 3);
  });

  test('a guest exception keeps the state the code reached; the next call sees it', async () => {
    const r = await nodeA.run('s-exc', 'x = 5\nraise ValueError("bad")');
    assert.equal(r.error?.type, 'ValueError');
    assert.equal((await nodeB.run('s-exc', 'x')).value, 5);
  });

  test('calls on one session are serialised across nodes by the lease', async () => {
    await nodeA.run('s-serial', 'log = []');
    const slow = nodeA.run('s-serial', 'import time\nlog.append("a1")\ntime.sleep(0.3)\nlog.append("a2")');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fast = nodeB.run('s-serial', 'log.append("b")\nlog');
    await slow;
    assert.deepEqual((await fast).value, ['a1', 'a2', 'b'], 'B waited for A\'s run and continued from its result');
  });

  test('a node that dies holding the lease loses only that run: the next call continues from the last good state', async () => {
    await nodeA.run('s-dead', 'count = 1');
    // A node takes the lease and dies before saving (it never renews or releases).
    const deadLease = await store.acquire('s-dead', 300);
    assert.ok(deadLease);
    const r = await nodeB.run('s-dead', 'count += 1\ncount');
    assert.equal(r.value, 2);
  });

  test('a session held longer than the wait gives SessionLeasedError (retry later)', async () => {
    const impatient = new StoredSessions({ ...options, leaseWaitMs: 100 });
    const held = await store.acquire('s-held', 5_000);
    await assert.rejects(impatient.run('s-held', '1'), (e: unknown) => e instanceof SessionLeasedError && (e as SessionLeasedError).code === 'SESSION_BUSY');
    await store.release(held!);
    assert.equal((await impatient.run('s-held', '1 + 1')).value, 2);
    await impatient.close();
  });

  test('a tampered or forged snapshot in the store is refused, never loaded', async () => {
    await nodeA.run('s-tamper', 'secret = "kept"');
    const generation = await store.generation('s-tamper');
    const lease = (await store.acquire('s-tamper', 5_000))!;
    const tampered = (await store.load('s-tamper'))!.slice();
    tampered[tampered.length - 100]! ^= 0xff;
    await store.save(lease, generation, tampered, 60_000);
    await store.release(lease);
    await assert.rejects(nodeB.run('s-tamper', 'secret'), SnapshotAuthError);

    // A forged image: a real snapshot of another session, sealed with another key.
    const attacker = new StoredSessions({ ...options, snapshotKey: randomBytes(32) });
    await attacker.run('s-tamper-src', 'secret = "forged"');
    const forged = (await store.load('s-tamper-src'))!;
    const lease2 = (await store.acquire('s-tamper', 5_000))!;
    await store.save(lease2, 5, forged, 60_000);
    await store.release(lease2);
    await assert.rejects(nodeA.run('s-tamper', 'secret'), SnapshotAuthError, 'A\'s live copy is stale (generation 5 is newer), so it must load, and refuses');
    await attacker.close();

    // Bytes sealed by the right key but for another session are refused too.
    const moved = sealSnapshot(new SnapshotKeys(KEY), { sessionId: 's-other', generation: 9, snapshot: new Uint8Array(8) });
    const lease3 = (await store.acquire('s-tamper', 5_000))!;
    await store.save(lease3, 9, moved, 60_000);
    await store.release(lease3);
    await assert.rejects(nodeB.run('s-tamper', 'secret'), /another session/);
  });

  test('reset forgets the session on every node', async () => {
    await nodeA.run('s-reset', 'v = 1');
    assert.equal(await nodeB.reset('s-reset'), true);
    const r = await nodeA.run('s-reset', 'v');
    assert.equal(r.error?.type, 'NameError');
    assert.equal(r.origin, 'new');
  });

  test('maxSessions caps the sessions in the store, across nodes; a reset frees a place', async () => {
    const capped = new MemorySessionStore();
    const opts = { store: capped, snapshotKey: KEY, session: { timeoutMs: 2000 }, maxSessions: 2 };
    const [one, two] = [new StoredSessions(opts), new StoredSessions(opts)];
    await one.run('cap-a', '1');
    await two.run('cap-b', '1');
    await assert.rejects(one.run('cap-c', '1'), { code: 'QUEUE_FULL' });
    assert.equal((await two.run('cap-a', '2')).value, 2, 'existing sessions still run');
    await one.reset('cap-a');
    assert.equal((await two.run('cap-c', '3')).value, 3);
    await Promise.all([one.close(), two.close()]);
  });

  test('bad options are refused with typed errors', () => {
    assert.throws(() => new StoredSessions({ store, snapshotKey: 'too short' }), { code: 'INVALID_OPTIONS' });
    assert.throws(() => new StoredSessions({ store: {} as SessionStore, snapshotKey: KEY }), { code: 'INVALID_OPTIONS' });
    assert.throws(() => new StoredSessions({ store, snapshotKey: KEY, leaseMs: 0 }), { code: 'INVALID_OPTIONS' });
    assert.throws(() => new StoredSessions({ store, snapshotKey: KEY, session: { timeoutMs: -1 } }), { code: 'INVALID_OPTIONS' });
  });
});

describe('a lease lost during a run (fencing)', () => {
  test('the run is cancelled, nothing is saved, the call fails with LeaseLostError and the next call continues from the saved state', async () => {
    class LosingStore extends MemorySessionStore {
      losing = false;
      override async renew(lease: Lease, ttlMs: number): Promise<boolean> {
        return this.losing ? false : super.renew(lease, ttlMs);
      }
    }
    const losing = new LosingStore();
    const node = new StoredSessions({ store: losing, snapshotKey: KEY, session: { timeoutMs: 5000 }, leaseMs: 1000 });
    await node.run('s-lost', 'v = "saved"');
    losing.losing = true;
    await assert.rejects(node.run('s-lost', 'v = "unsaved"\nimport time\nwhile True:\n    time.sleep(0.01)'), LeaseLostError);
    losing.losing = false;
    assert.equal((await node.run('s-lost', 'v')).value, 'saved');
    await node.close();
  });

  test('an aborted signal while waiting for a lease gives AbortedError', async () => {
    const held = await store.acquire('s-abort', 5_000);
    await assert.rejects(nodeA.run('s-abort', '1', { signal: AbortSignal.timeout(50) }), { code: 'ABORTED' });
    await store.release(held!);
  });
});

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createClient } from 'redis';
import { connectRedisSessionStore, SnapshotAuthError, StoredSessions, type RedisSessionStore } from '../../src/store/index.js';
import { REDIS_MISSING, redisAvailable, startRedis, type RedisProcess } from '../../bench/cluster-redis.js';

/**
 * Stored sessions on a real Redis, two "nodes" with their own connections, and someone with
 * write access to Redis changing what is stored: the nodes refuse it.
 */

const skip = redisAvailable() ? false : REDIS_MISSING;

describe('stored sessions on Redis', { skip }, () => {
  let redis: RedisProcess;
  const stores: RedisSessionStore[] = [];
  const nodes: StoredSessions[] = [];
  let raw: ReturnType<typeof createClient>;
  const key = randomBytes(32).toString('hex');

  before(async () => {
    redis = (await startRedis())!;
    for (let i = 0; i < 2; i++) {
      const store = await connectRedisSessionStore(redis.url, { prefix: 'it:' });
      stores.push(store);
      nodes.push(new StoredSessions({ store, snapshotKey: key, session: { timeoutMs: 3000 }, leaseMs: 2000 }));
    }
    raw = createClient({ url: redis.url });
    await raw.connect();
  });
  after(async () => {
    await Promise.all(nodes.map((n) => n.close()));
    await Promise.all(stores.map((s) => s.close()));
    await raw?.close();
    await redis?.stop();
  });

  test('a session moves between nodes through Redis', async () => {
    await nodes[0]!.run('r1', 'data = {"a": [1, 2]}');
    const r = await nodes[1]!.run('r1', 'data["a"].append(3)\ndata');
    assert.equal(r.origin, 'store');
    assert.deepEqual(r.value, { a: [1, 2, 3] });
    assert.equal(await raw.get('it:{r1}:generation'), '2');
  });

  test('one byte changed in Redis: the snapshot is refused by every node, never loaded', async () => {
    await nodes[0]!.run('r2', 'secret = 1');
    const length = await raw.strLen('it:{r2}:snapshot');
    await raw.setRange('it:{r2}:snapshot', Math.floor(length / 2), 'X');
    await raw.incr('it:{r2}:generation'); // so node 0's live copy is stale too
    for (const node of nodes) await assert.rejects(node.run('r2', 'secret'), SnapshotAuthError);
  });

  test('a crafted image with a matching generation record is refused', async () => {
    await nodes[0]!.run('r3', 'x = 1');
    await raw.set('it:{r3}:snapshot', Buffer.concat([Buffer.from('MPSS'), randomBytes(2000)]));
    await raw.set('it:{r3}:generation', '7');
    await assert.rejects(nodes[1]!.run('r3', 'x'), /authentication tag does not match/);
  });

  test('another session\'s valid snapshot copied into this session\'s slot is refused', async () => {
    await nodes[0]!.run('r4-victim', 'owner = "victim"');
    await nodes[0]!.run('r4-other', 'owner = "other"');
    await raw.copy('it:{r4-other}:snapshot', 'it:{r4-victim}:snapshot', { REPLACE: true });
    await raw.set('it:{r4-victim}:generation', '1');
    await assert.rejects(nodes[1]!.run('r4-victim', 'owner'), /another session/);
  });
});

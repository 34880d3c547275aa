import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectRedisSessionStore, MemorySessionStore, type SessionStore } from '../../src/store/index.js';
import { REDIS_MISSING, redisAvailable, startRedis, type RedisProcess } from '../../bench/cluster-redis.js';

/** The same contract, checked against the in-memory store and a real Redis. */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function contract(name: string, open: () => Promise<SessionStore | null>, skip: () => string | false): void {
  describe(`${name} store`, () => {
    let store: SessionStore;
    before(async () => {
      const s = await open();
      if (s) store = s;
    });
    after(() => store?.close());

    test('a lease is exclusive until released', { skip: skip() }, async () => {
      const a = await store.acquire('s1', 5_000);
      assert.ok(a);
      assert.equal(await store.acquire('s1', 5_000), null);
      assert.ok(await store.acquire('s2', 5_000), 'other sessions are independent');
      await store.release(a);
      const b = await store.acquire('s1', 5_000);
      assert.ok(b && b.token !== a.token);
      await store.release(b);
    });

    test('an unrenewed lease expires; the old holder can then neither save, renew nor release it', { skip: skip() }, async () => {
      const dead = await store.acquire('s3', 100);
      assert.ok(dead);
      assert.equal(await store.save(dead, 1, new Uint8Array([1]), 60_000), true);
      await sleep(200);
      const next = await store.acquire('s3', 5_000);
      assert.ok(next, 'the lease expired');
      assert.equal(await store.save(dead, 2, new Uint8Array([2]), 60_000), false, 'fenced: a stale holder cannot overwrite');
      assert.equal(await store.renew(dead, 5_000), false);
      await store.release(dead);
      assert.equal(await store.acquire('s3', 5_000), null, 'a stale release does not free the new holder\'s lease');
      assert.equal(await store.generation('s3'), 1);
      assert.deepEqual([...(await store.load('s3'))!], [1]);
      assert.equal(await store.delete(next), true);
      assert.equal(await store.generation('s3'), 0);
      assert.equal(await store.load('s3'), null);
      await store.release(next);
    });

    test('renewing keeps a lease past its first lifetime', { skip: skip() }, async () => {
      const lease = await store.acquire('s4', 200);
      assert.ok(lease);
      assert.equal(await store.renew(lease, 30_000), true);
      await sleep(400);
      assert.equal(await store.acquire('s4', 200), null, 'still held after its first 200 ms');
      assert.equal(await store.renew(lease, 30_000), true);
      await store.release(lease);
      assert.ok(await store.acquire('s4', 200), 'released');
    });

    test('count() sees saved sessions, not deleted or expired ones', { skip: skip() }, async () => {
      const before = await store.count();
      const a = (await store.acquire('c1', 5_000))!;
      const b = (await store.acquire('c2', 5_000))!;
      await store.save(a, 1, new Uint8Array([1]), 60_000);
      await store.save(b, 1, new Uint8Array([1]), 300);
      assert.equal(await store.count(), before + 2);
      await store.delete(a);
      await sleep(500);
      assert.equal(await store.count(), before, 'one deleted, one expired');
      await store.release(a);
      await store.release(b);
    });

    test('binary snapshots round-trip byte for byte; idle sessions are forgotten', { skip: skip() }, async () => {
      const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) & 0xff);
      const lease = (await store.acquire('s5', 5_000))!;
      assert.equal(await store.save(lease, 3, bytes, 1000), true);
      assert.deepEqual(Buffer.from((await store.load('s5'))!), Buffer.from(bytes));
      await sleep(1100);
      assert.equal(await store.load('s5'), null);
      assert.equal(await store.generation('s5'), 0);
      await store.release(lease);
    });
  });
}

contract('in-memory', async () => new MemorySessionStore(), () => false);

let redis: RedisProcess | null = null;
let redisStore: SessionStore | null = null;
contract('Redis', async () => {
  redis = await startRedis();
  if (redis) redisStore = await connectRedisSessionStore(redis.url, { prefix: 'test:' });
  return redisStore;
}, () => (redisAvailable() ? false : REDIS_MISSING));
after(async () => {
  await redisStore?.close();
  await redis?.stop();
});

import { randomUUID } from 'node:crypto';
import { InvalidOptionsError } from '../core/errors.js';
import type { Lease, SessionStore } from './session-store.js';

/**
 * Sessions in Redis, for several server processes behind a load balancer. Per session: a lease
 * key (`SET NX PX`: one holder at a time, gone when its holder stops renewing it), the sealed
 * snapshot and its generation. Saves, renewals and releases are Lua scripts that first check the
 * caller's token still holds the lease, so a node that stalled past its lease (and lost it to
 * another) can never overwrite newer state: the check and the write are one atomic step in Redis.
 *
 * Keys share a hash tag per session (`<prefix>{<id>}:lease`), so a Redis Cluster keeps each
 * session's keys in one slot. Uses the `redis` package (node-redis 6), an optional peer dependency.
 */

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const SAVE = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[4])
redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4])
return 1`;
const DELETE = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2], KEYS[3])
return 1`;

/** What the store needs of a Redis client: node-redis's `sendCommand`. */
export interface RedisCommander {
  sendCommand(args: ReadonlyArray<string | Buffer>, options?: { typeMapping?: Record<number, unknown> }): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** Prefix of every key. Default `mps:`. */
  prefix?: string;
}

/** RESP type code of bulk strings (node-redis RESP_TYPES.BLOB_STRING): map them to Buffers. */
const BINARY = { typeMapping: { 36: Buffer } };

export class RedisSessionStore implements SessionStore {
  private readonly prefix: string;

  /**
   * `client` is a connected node-redis client; the store does not close it (close it yourself, or
   * use connectRedisSessionStore, whose store owns its connection).
   */
  constructor(private readonly client: RedisCommander, options: RedisStoreOptions = {}, private readonly onClose?: () => Promise<void>) {
    const prefix = options.prefix ?? 'mps:';
    if (typeof prefix !== 'string' || /[{}\s]/.test(prefix)) throw new InvalidOptionsError('prefix', 'must be a string without braces or spaces');
    this.prefix = prefix;
  }

  /** A sorted set of session ids scored by expiry, for count(); outside the per-session scripts. */
  private get index(): string {
    return `${this.prefix}sessions`;
  }

  private keys(sessionId: string): [string, string, string] {
    const base = `${this.prefix}{${sessionId}}`;
    return [`${base}:lease`, `${base}:snapshot`, `${base}:generation`];
  }

  private async eval(script: string, keys: string[], args: Array<string | Buffer>): Promise<number> {
    return Number(await this.client.sendCommand(['EVAL', script, String(keys.length), ...keys, ...args]));
  }

  async acquire(sessionId: string, ttlMs: number): Promise<Lease | null> {
    const token = randomUUID();
    const reply = await this.client.sendCommand(['SET', this.keys(sessionId)[0], token, 'NX', 'PX', String(Math.ceil(ttlMs))]);
    return reply === null || reply === undefined ? null : { sessionId, token };
  }

  async renew(lease: Lease, ttlMs: number): Promise<boolean> {
    return (await this.eval(RENEW, [this.keys(lease.sessionId)[0]], [lease.token, String(Math.ceil(ttlMs))])) === 1;
  }

  async release(lease: Lease): Promise<void> {
    await this.eval(RELEASE, [this.keys(lease.sessionId)[0]], [lease.token]);
  }

  async generation(sessionId: string): Promise<number> {
    const reply = await this.client.sendCommand(['GET', this.keys(sessionId)[2]]);
    if (reply === null || reply === undefined) return 0;
    const generation = Number(String(reply));
    return Number.isSafeInteger(generation) && generation >= 0 ? generation : -1;
  }

  async load(sessionId: string): Promise<Uint8Array | null> {
    const reply = await this.client.sendCommand(['GET', this.keys(sessionId)[1]], BINARY);
    if (reply === null || reply === undefined) return null;
    return reply instanceof Uint8Array ? reply : Buffer.from(String(reply), 'binary');
  }

  async save(lease: Lease, generation: number, sealed: Uint8Array, idleTtlMs: number): Promise<boolean> {
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    const saved = (await this.eval(SAVE, this.keys(lease.sessionId), [lease.token, bytes, String(generation), String(Math.ceil(idleTtlMs))])) === 1;
    if (saved) await this.client.sendCommand(['ZADD', this.index, String(Date.now() + Math.ceil(idleTtlMs)), lease.sessionId]);
    return saved;
  }

  async delete(lease: Lease): Promise<boolean> {
    const deleted = (await this.eval(DELETE, this.keys(lease.sessionId), [lease.token])) === 1;
    if (deleted) await this.client.sendCommand(['ZREM', this.index, lease.sessionId]);
    return deleted;
  }

  async count(): Promise<number> {
    await this.client.sendCommand(['ZREMRANGEBYSCORE', this.index, '-inf', String(Date.now())]);
    return Number(await this.client.sendCommand(['ZCARD', this.index]));
  }

  async close(): Promise<void> {
    await this.onClose?.();
  }
}

/**
 * Connects to Redis at `url` (`redis://host:port`) and returns a store that owns the connection.
 * Needs the `redis` package installed next to this one.
 */
export async function connectRedisSessionStore(url: string, options: RedisStoreOptions = {}): Promise<RedisSessionStore> {
  let redis: typeof import('redis');
  try {
    redis = await import('redis');
  } catch (error) {
    throw new InvalidOptionsError('redis', `needs the 'redis' package: npm install redis@^6 (${(error as Error).message.split('\n')[0]})`);
  }
  const client = redis.createClient({ url, socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) } });
  // Connection errors surface on the commands that fail; the client reconnects on its own.
  client.on('error', () => {});
  await client.connect();
  return new RedisSessionStore(client as unknown as RedisCommander, options, async () => {
    await client.close().catch(() => client.destroy());
  });
}

import { checkSessionOptions } from '../sandbox/check-options.js';
import { createSession, restoreSession } from '../sandbox/run.js';
import type { SessionOptions } from '../sandbox/pool.js';
import type { Session, SessionRunOptions, SessionRunResult } from '../sandbox/session.js';
import { AbortedError, InvalidOptionsError, QueueFullError, SessionClosedError } from '../core/errors.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
import { LeaseLostError, SessionLeasedError } from './errors.js';
import { openSnapshot, sealSnapshot, SnapshotKeys, type SnapshotKey } from './sealed-snapshot.js';
import type { Lease, SessionStore } from './session-store.js';

/**
 * Named sessions whose state lives in a SessionStore, so any process sharing the store can serve
 * any session. A call takes the session's lease (waiting while another node runs it), brings the
 * session to the stored generation (reusing this process's live copy when it is current, else
 * restoring the sealed snapshot), runs, saves the new state under the lease, and releases it.
 * The lease is renewed while the code runs; if it is lost anyway the run is cancelled and its
 * state is not saved. A node that dies mid-run loses only that run: its lease expires and the
 * next call, on any node, continues from the last saved state.
 */

export interface StoredSessionsOptions {
  store: SessionStore;
  /** Key(s) sealing snapshots (at least 32 bytes): the first seals, all open (rotation). */
  snapshotKey: SnapshotKey | readonly SnapshotKey[];
  /** Limits and grants of every session (host functions are not stored: pass them here on every node). */
  session?: SessionOptions;
  /** Lease lifetime without renewal: how long a dead node blocks its sessions. Default 10 s. */
  leaseMs?: number;
  /** How long a call waits for a session that runs elsewhere. Default: run timeout + lease + 2 s. */
  leaseWaitMs?: number;
  /** A session not saved for this long is forgotten by the store. Default 15 minutes. */
  idleTtlMs?: number;
  /** Live sessions kept in this process to skip restores (state is in the store either way). Default 100. */
  maxLocalSessions?: number;
  /**
   * Sessions in the store at once (all processes): a call that would create one more fails with
   * QueueFullError. A soft cap (processes creating sessions at the same moment can pass it by a
   * few). Default: no cap (sessions still expire after idleTtlMs).
   */
  maxSessions?: number;
}

/** Where a call found its session. */
export type SessionOrigin = 'local' | 'store' | 'new';

export type StoredRunResult = SessionRunResult & { origin: SessionOrigin; generation: number };

interface Local {
  session: Session;
  generation: number;
  busy: boolean;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidOptionsError(`options.${name}`, 'must be a positive integer');
  return value;
}

export class StoredSessions {
  private readonly store: SessionStore;
  private readonly keys: SnapshotKeys;
  private readonly sessionOptions: SessionOptions;
  private readonly leaseMs: number;
  private readonly leaseWaitMs: number;
  private readonly idleTtlMs: number;
  private readonly maxLocal: number;
  private readonly maxSessions: number | undefined;
  /** Insertion order is recency order (an entry is re-inserted on use). */
  private readonly local = new Map<string, Local>();
  private closed = false;
  private warming: Promise<void> | undefined;

  constructor(options: StoredSessionsOptions) {
    if (!options || typeof options.store?.acquire !== 'function') throw new InvalidOptionsError('options.store', 'must be a SessionStore');
    this.store = options.store;
    this.keys = new SnapshotKeys(options.snapshotKey);
    this.sessionOptions = options.session ?? {};
    checkSessionOptions(this.sessionOptions);
    this.leaseMs = positive('leaseMs', options.leaseMs, 10_000);
    const timeoutMs = this.sessionOptions.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    this.leaseWaitMs = positive('leaseWaitMs', options.leaseWaitMs, timeoutMs + this.leaseMs + 2_000);
    this.idleTtlMs = positive('idleTtlMs', options.idleTtlMs, 15 * 60_000);
    this.maxLocal = positive('maxLocalSessions', options.maxLocalSessions, 100);
    this.maxSessions = options.maxSessions === undefined ? undefined : positive('maxSessions', options.maxSessions, 1);
  }

  /** Live sessions held by this process. */
  get localSize(): number {
    return this.local.size;
  }

  /**
   * Starts this process's engine (workers, compiled module) before the first lease is taken, so
   * a cold start, which can hold the event loop for a while, never eats into a lease.
   */
  warm(): Promise<void> {
    this.warming ??= createSession(this.sessionOptions).then((s) => s.close(), (error: unknown) => {
      this.warming = undefined;
      throw error;
    });
    return this.warming;
  }

  private async acquire(sessionId: string, signal: AbortSignal | undefined): Promise<Lease> {
    await this.warm();
    const started = Date.now();
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      if (this.closed) throw new SessionClosedError('stored sessions');
      const lease = await this.store.acquire(sessionId, this.leaseMs);
      if (lease) return lease;
      if (signal?.aborted) throw new AbortedError(signal.reason);
      const waited = Date.now() - started;
      if (waited >= this.leaseWaitMs) throw new SessionLeasedError(sessionId, waited);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, this.leaseWaitMs - waited)));
    }
  }

  /** Brings this process's copy of the session to the stored generation. */
  private async current(sessionId: string): Promise<{ entry: Local; origin: SessionOrigin }> {
    const generation = await this.store.generation(sessionId);
    const cached = this.local.get(sessionId);
    if (cached && cached.generation === generation) {
      this.local.delete(sessionId);
      this.local.set(sessionId, cached);
      return { entry: cached, origin: 'local' };
    }
    if (cached) await this.drop(sessionId);
    let session: Session;
    let origin: SessionOrigin;
    const sealed = generation === 0 ? null : await this.store.load(sessionId);
    if (sealed) {
      // Throws SnapshotAuthError for anything not sealed by our key for this session and generation.
      session = await restoreSession(openSnapshot(this.keys, sealed, { sessionId, generation }), this.sessionOptions);
      origin = 'store';
    } else {
      if (this.maxSessions !== undefined && (await this.store.count()) >= this.maxSessions) {
        throw new QueueFullError(`too many sessions (${this.maxSessions}); reset one first or wait for idle ones to expire`);
      }
      session = await createSession(this.sessionOptions);
      origin = 'new';
    }
    const entry: Local = { session, generation: sealed ? generation : 0, busy: false };
    this.local.set(sessionId, entry);
    await this.evict();
    return { entry, origin };
  }

  private async evict(): Promise<void> {
    for (const [id, entry] of this.local) {
      if (this.local.size <= this.maxLocal) return;
      if (!entry.busy) await this.drop(id);
    }
  }

  private async drop(sessionId: string): Promise<void> {
    const entry = this.local.get(sessionId);
    this.local.delete(sessionId);
    await entry?.session.close();
  }

  /** Runs code in the named session, on this node, continuing from its last saved state. */
  async run(sessionId: string, code: string, options: SessionRunOptions = {}): Promise<StoredRunResult> {
    if (typeof sessionId !== 'string' || sessionId.length === 0 || sessionId.length > 256) {
      throw new InvalidOptionsError('sessionId', 'must be a string of 1 to 256 characters');
    }
    const lease = await this.acquire(sessionId, options.signal);
    const lost = new AbortController();
    const renewal = setInterval(() => {
      this.store.renew(lease, this.leaseMs).then((held) => {
        if (!held) lost.abort(new LeaseLostError(sessionId));
      }, () => { /* a store hiccup: the fenced save decides */ });
    }, Math.max(1, Math.floor(this.leaseMs / 3)));
    renewal.unref();
    let entry: Local | undefined;
    try {
      const found = await this.current(sessionId);
      entry = found.entry;
      entry.busy = true;
      if (lost.signal.aborted) throw new LeaseLostError(sessionId);
      const signal = options.signal ? AbortSignal.any([options.signal, lost.signal]) : lost.signal;
      const result = await entry.session.run(code, { ...options, signal });
      const generation = entry.generation + 1;
      const sealed = sealSnapshot(this.keys, { sessionId, generation, snapshot: await entry.session.snapshot() });
      if (lost.signal.aborted || !(await this.store.save(lease, generation, sealed, this.idleTtlMs))) {
        await this.drop(sessionId);
        throw new LeaseLostError(sessionId);
      }
      entry.generation = generation;
      return Object.assign(result, { origin: found.origin, generation });
    } catch (error) {
      // Whatever this copy holds now may differ from the store: the next call restores.
      if (entry && this.local.get(sessionId) === entry) await this.drop(sessionId).catch(() => {});
      throw error;
    } finally {
      if (entry) entry.busy = false;
      clearInterval(renewal);
      await this.store.release(lease).catch(() => {});
    }
  }

  /** Forgets the session everywhere (waiting for its lease). Returns whether it had state. */
  async reset(sessionId: string): Promise<boolean> {
    const lease = await this.acquire(sessionId, undefined);
    try {
      const existed = (await this.store.generation(sessionId)) !== 0 || this.local.has(sessionId);
      await this.drop(sessionId);
      if (!(await this.store.delete(lease))) throw new LeaseLostError(sessionId);
      return existed;
    } finally {
      await this.store.release(lease).catch(() => {});
    }
  }

  /** Closes this process's live sessions (their state stays in the store). Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.local.keys()].map((id) => this.drop(id)));
  }
}

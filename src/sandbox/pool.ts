import { randomUUID } from 'node:crypto';
import { getCompiledEngine } from '../engine/module.js';
import { WorkerPool, type PoolOptions as WorkerPoolOptions } from '../worker/pool.js';
import { AbortedError, InvalidOptionsError, SessionClosedError } from '../core/errors.js';
import {
  GRANT_NAMES, LIMIT_NAMES, RUN_EXTRA_NAMES, checkKeys, resolveCapabilities, resolveLimits, resolveRunExtras, resolveSessionConfig,
  type ResolvedLimits, type ResolvedRunExtras, type RunExtras, type SandboxOptions,
} from './options.js';
import type { HostCapabilities } from '../host-calls/registry.js';
import type { SessionConfig } from '../worker/session-config.js';
import type { RunResult } from './result.js';
import { checkCode, outputRouter, resultFrom, toWireLimits } from './run-wire.js';
import { Session, type SessionHost, type SessionSettings } from './session.js';

/**
 * A set of worker threads that run sandboxes off the caller's thread. Most users never make one:
 * `run()` and `createSession()` use a shared default pool. Make your own to bound concurrency
 * (`maxWorkers`), the number of live sessions (`maxSessions`) and the backlog (`maxQueue`).
 */
export interface PoolOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  maxWorkers?: number;
  /** Live sessions in this pool; one more is refused with QueueFullError. Default 10,000. */
  maxSessions?: number;
  /** Requests waiting for a busy worker; beyond it, QueueFullError. Default 10,000. */
  maxQueue?: number;
}

export type RunOptions = SandboxOptions & RunExtras & { pool?: Pool };

export type SessionOptions = SessionSettings & {
  /** The pool to live on; default: the shared default pool. */
  pool?: Pool;
};

const POOL_OPTION_NAMES = ['maxWorkers', 'maxSessions', 'maxQueue'];
export const RUN_OPTION_NAMES = [...LIMIT_NAMES, ...GRANT_NAMES, ...RUN_EXTRA_NAMES, 'pool'];

function checkPoolOptions(options: unknown): WorkerPoolOptions {
  const o = checkKeys(options, [...POOL_OPTION_NAMES, 'workerFactory', 'watchdogMarginMs']);
  const out: WorkerPoolOptions = {};
  for (const name of POOL_OPTION_NAMES as Array<'maxWorkers' | 'maxSessions' | 'maxQueue'>) {
    const value = o[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < (name === 'maxQueue' ? 0 : 1)) {
      throw new InvalidOptionsError(`options.${name}`, `must be a ${name === 'maxQueue' ? 'non-negative' : 'positive'} integer`);
    }
    out[name] = value;
  }
  // Undocumented, for tests: how workers are made, and a watchdog that fires at the time limit.
  if (o['workerFactory'] !== undefined) out.workerFactory = o['workerFactory'] as WorkerPoolOptions['workerFactory'] & {};
  const margin = o['watchdogMarginMs'];
  if (margin !== undefined) {
    if (typeof margin !== 'number' || !(margin >= 0)) throw new InvalidOptionsError('options.watchdogMarginMs', 'must be a non-negative number');
    out.watchdogMarginMs = margin;
  }
  return out;
}

/** What a one-shot run's options resolve to, besides its host capabilities (made per run). */
interface RunPlan {
  limits: ResolvedLimits;
  extras: ResolvedRunExtras;
  config: SessionConfig;
}

function planRun(o: Record<string, unknown>, capabilities: HostCapabilities): RunPlan {
  const limits = resolveLimits(o);
  return Object.freeze({ limits, extras: resolveRunExtras(o), config: resolveSessionConfig(o, limits, false, capabilities) });
}

/** The plan of a run with no options (only sent to workers, never changed). */
let noOptions: RunPlan | undefined;

export class Pool implements SessionHost {
  private workers: Promise<WorkerPool> | undefined;
  private closed = false;
  private readonly options: WorkerPoolOptions;

  constructor(options?: PoolOptions) {
    this.options = checkPoolOptions(options);
  }

  /** @internal */
  engine(): Promise<WorkerPool> {
    if (this.closed) return Promise.reject(new SessionClosedError('pool'));
    this.workers ??= getCompiledEngine().then((artifact) => new WorkerPool(artifact, this.options));
    return this.workers;
  }

  /** Runs `code` once in a fresh VM on one of this pool's workers. */
  async run(code: string, options?: RunOptions): Promise<RunResult> {
    const source = checkCode(code);
    const o = checkKeys(options, RUN_OPTION_NAMES);
    const capabilities = resolveCapabilities(o);
    // run(code) alone, the common case: its limits and configuration are the same every time.
    const { limits, extras, config } = options === undefined ? (noOptions ??= planRun(o, capabilities)) : planRun(o, capabilities);
    if (extras.signal?.aborted) throw new AbortedError(extras.signal.reason);
    const engine = await this.engine();
    const reply = await engine.runOnce(config, capabilities, source, toWireLimits(limits, extras), outputRouter(extras), extras.signal);
    return resultFrom(reply.outcome);
  }

  /** Creates a resident session on this pool. */
  async createSession(options?: Omit<SessionOptions, 'pool'>): Promise<Session> {
    return Session.create(this, options ?? {});
  }

  /** Rebuilds a session from `session.snapshot()` bytes, on this pool. */
  async restoreSession(snapshot: Uint8Array, options?: Omit<SessionOptions, 'pool'>): Promise<Session> {
    return Session.create(this, options ?? {}, snapshot);
  }

  /** Live sessions and worker threads, for monitoring. */
  async stats(): Promise<{ workers: number; sessions: number; perWorker: Array<Record<string, number>> }> {
    const engine = await this.engine();
    return { workers: engine.workerCount, sessions: engine.sessionCount, perWorker: await engine.stats() };
  }

  /** Terminates the workers. Pending and queued work fails with SessionClosedError. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const workers = this.workers;
    this.workers = undefined;
    if (workers) await (await workers).close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** @internal */
  newSessionId(): string {
    return randomUUID();
  }
}

let defaultPool: Pool | undefined;

/** The pool `run()` and `createSession()` use when none is given. Its workers never keep the process alive while idle. */
export function getDefaultPool(): Pool {
  defaultPool ??= new Pool();
  return defaultPool;
}

/** Creates a pool with its own bounds. */
export function createPool(options?: PoolOptions): Pool {
  return new Pool(options);
}

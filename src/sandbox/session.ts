import { checkFunctions, type HostFunction } from '../host-calls/registry.js';
import type { WorkerPool } from '../worker/pool.js';
import type { FsOp } from '../worker/protocol.js';
import { AbortedError, InvalidOptionsError, SessionClosedError } from '../core/errors.js';
import {
  GRANT_NAMES, LIMIT_NAMES, RUN_EXTRA_NAMES, checkKeys, describe, resolveCapabilities, resolveLimits, resolveRunExtras,
  resolveSessionConfig,
  type LimitOptions, type ResolvedLimits, type RunExtras, type SandboxOptions,
} from './options.js';
import { toRunResult, type RunResult } from './result.js';
import { checkCode, outputRouter, toWireLimits } from './run-wire.js';

/**
 * A resident Python session: globals, functions, classes and imports persist from one run to the
 * next. A session's runs are serialised; different sessions run in parallel while the pool has
 * workers to spare (an idle session whose worker is busy moves to a free one). A run stopped hard
 * (its VM discarded) is followed by an automatic rebuild from the session's last good state; the
 * result says so in `recovered`.
 */

/** Session options other than the pool to live on (see SessionOptions in pool.ts). */
export type SessionSettings = SandboxOptions & {
  /** Keep the last good state so a hard stop can be undone (costs a copy per run). Default true. */
  recovery?: boolean;
};

/** What a session needs of the pool it lives on (Pool implements it). */
export interface SessionHost {
  engine(): Promise<WorkerPool>;
  newSessionId(): string;
}

/** Per-run options for a session: limits for this run only (memory is fixed per session). */
export type SessionRunOptions = Omit<LimitOptions, 'memoryLimit'> & RunExtras;

export type SessionRunResult = RunResult & {
  /**
   * Present when the session had to be rebuilt: `snapshot` after a hard stop, or after the worker
   * it lived on was lost (state as it was after its last good run, before this one); `reset` when
   * it kept no state to come back to (`recovery: false`): its state is lost.
   */
  recovered?: 'snapshot' | 'reset';
};

/** Host-side access to the session's filesystem. */
export interface SessionFiles {
  readFile(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Regular files under `dir` (recursively), as absolute guest paths. */
  listFiles(dir?: string): Promise<string[]>;
}

const SESSION_OPTION_NAMES = [...LIMIT_NAMES, ...GRANT_NAMES, 'recovery'];
const SESSION_RUN_OPTION_NAMES = [...LIMIT_NAMES.filter((n) => n !== 'memoryLimit'), ...RUN_EXTRA_NAMES];

export class Session {
  private closed = false;
  readonly fs: SessionFiles;

  private constructor(
    readonly id: string,
    private readonly pool: SessionHost,
    private readonly limits: ResolvedLimits,
  ) {
    this.fs = {
      readFile: (path) => this.fsCall({ kind: 'readFile', path: checkPath(path) }) as Promise<Uint8Array>,
      readText: async (path) => new TextDecoder().decode((await this.fsCall({ kind: 'readFile', path: checkPath(path) })) as Uint8Array),
      writeFile: async (path, data) => {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        if (!(bytes instanceof Uint8Array)) throw new InvalidOptionsError('data', 'must be a string or Uint8Array');
        await this.fsCall({ kind: 'writeFile', path: checkPath(path), data: bytes });
      },
      listFiles: (dir = '/') => this.fsCall({ kind: 'listFiles', path: checkPath(dir) }) as Promise<string[]>,
    };
  }

  /** @internal Use createSession() / restoreSession() / pool.createSession(). */
  static async create(pool: SessionHost, options: SessionSettings, snapshot?: Uint8Array): Promise<Session> {
    const o = checkKeys(options, SESSION_OPTION_NAMES);
    const limits = resolveLimits(o);
    const recovery = o['recovery'] ?? true;
    if (typeof recovery !== 'boolean') throw new InvalidOptionsError('options.recovery', `must be a boolean, got ${describe(recovery)}`);
    const capabilities = resolveCapabilities(o);
    const config = resolveSessionConfig(o, limits, recovery, capabilities);
    if (snapshot !== undefined && !(snapshot instanceof Uint8Array)) {
      throw new InvalidOptionsError('snapshot', `must be a Uint8Array, got ${describe(snapshot)}`);
    }
    const id = pool.newSessionId();
    const engine = await pool.engine();
    await engine.createSession(id, config, capabilities, snapshot);
    return new Session(id, pool, limits);
  }

  private assertOpen(): void {
    if (this.closed) throw new SessionClosedError();
  }

  /** Runs code in the session. Guest failures and limits are reported in the result, not thrown. */
  async run(code: string, options?: SessionRunOptions): Promise<SessionRunResult> {
    this.assertOpen();
    const source = checkCode(code);
    const o = checkKeys(options, SESSION_RUN_OPTION_NAMES);
    const limits = resolveLimits(o, this.limits);
    const extras = resolveRunExtras(o);
    if (extras.signal?.aborted) throw new AbortedError(extras.signal.reason);
    const engine = await this.pool.engine();
    const reply = await engine.runInSession(this.id, source, toWireLimits(limits, extras), outputRouter(extras), extras.signal);
    const result: SessionRunResult = toRunResult(reply.outcome);
    if (reply.recovered) result.recovered = reply.recovered;
    return result;
  }

  /**
   * Makes more host functions callable from this session (same rules as the `functions` option).
   * They become importable from `host` and callable by name from the next run on.
   */
  async expose(functions: Record<string, HostFunction>): Promise<void> {
    this.assertOpen();
    const checked = checkFunctions(functions, 'functions');
    const engine = await this.pool.engine();
    await engine.expose(this.id, checked);
  }

  /** The session's complete state as bytes (versioned, integrity-checked); see restoreSession(). */
  async snapshot(): Promise<Uint8Array> {
    this.assertOpen();
    const engine = await this.pool.engine();
    return (await engine.call(this.id, { type: 'snapshot', sessionId: this.id })) as Uint8Array;
  }

  /** A new, independent session starting from this one's current state. */
  async fork(): Promise<Session> {
    this.assertOpen();
    const engine = await this.pool.engine();
    const id = this.pool.newSessionId();
    await engine.forkSession(this.id, id);
    return new Session(id, this.pool, this.limits);
  }

  private async fsCall(op: FsOp): Promise<unknown> {
    this.assertOpen();
    const engine = await this.pool.engine();
    return engine.call(this.id, { type: 'fs', sessionId: this.id, op });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Frees the session's VM and memory. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const engine = await this.pool.engine().catch(() => undefined);
    await engine?.closeSession(this.id);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

function checkPath(path: unknown): string {
  if (typeof path !== 'string' || path.length === 0 || path.includes('\0')) {
    throw new InvalidOptionsError('path', `must be a non-empty string without NUL, got ${describe(path)}`);
  }
  return path;
}

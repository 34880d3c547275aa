import { getDefaultPool, type RunOptions, type SessionOptions } from './pool.js';
import type { RunResult } from './result.js';
import type { Session } from './session.js';

/**
 * Runs `code` once in a fresh VM on a worker thread and resolves with the result. Nothing survives
 * the run: the VM, its files and its memory are discarded (or reset to the pristine template).
 */
export async function run(code: string, options?: RunOptions): Promise<RunResult> {
  const pool = options?.pool ?? getDefaultPool();
  if (options?.pool) {
    const { pool: _omit, ...rest } = options;
    return pool.run(code, rest);
  }
  return pool.run(code, options);
}

/** Creates a resident session whose state persists between runs. */
export async function createSession(options?: SessionOptions): Promise<Session> {
  const { pool, ...rest } = options ?? {};
  return (pool ?? getDefaultPool()).createSession(rest);
}

/** Rebuilds a session from `session.snapshot()` bytes (in this or another process). */
export async function restoreSession(snapshot: Uint8Array, options?: SessionOptions): Promise<Session> {
  const { pool, ...rest } = options ?? {};
  return (pool ?? getDefaultPool()).restoreSession(snapshot, rest);
}

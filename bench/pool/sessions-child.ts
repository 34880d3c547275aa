import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createPool, type Session } from '../../src/index.js';
import { RESULT_MARKER } from '../child.js';

/**
 * Child process for the pool section: the memory cost of many idle sessions. It runs in a fresh
 * node process (started by bench/pool/section.ts with --expose-gc) so its RSS holds nothing but a pool and
 * the sessions. Protocol: one SessionsRequest as JSON on stdin; one SessionsResponse as JSON on
 * stdout, on a line starting with RESULT_MARKER.
 */

export interface SessionsRequest {
  sessions: number;
  /** Run once in every session after it is created, e.g. `x = 1`. */
  code: string;
  /** Sessions created concurrently at a time. */
  batch: number;
  /** Pause after the gc()s before reading RSS. */
  settleMs: number;
}

export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export interface SessionsResponse {
  gcExposed: boolean;
  before: MemorySample;
  after: MemorySample;
  statsBefore: PoolStats;
  statsAfter: PoolStats;
  createMs: number;
  runMs: number;
  failedRuns: number;
  firstFailure?: string;
}

export interface PoolStats {
  workers: number;
  sessions: number;
  /** Per-worker counters summed over the workers (keys as the workers report them). */
  totals: Record<string, number>;
}

const gc = (globalThis as { gc?: () => void }).gc;

async function settle(ms: number): Promise<MemorySample> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await sleep(ms / 3);
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
}

async function poolStats(pool: ReturnType<typeof createPool>): Promise<PoolStats> {
  const stats = await pool.stats();
  const totals: Record<string, number> = {};
  for (const worker of stats.perWorker) {
    for (const [key, value] of Object.entries(worker)) totals[key] = (totals[key] ?? 0) + value;
  }
  return { workers: stats.workers, sessions: stats.sessions, totals };
}

async function main(): Promise<void> {
  const request = JSON.parse(readFileSync(0, 'utf8')) as SessionsRequest;
  const pool = createPool();
  try {
    // Start every worker (and let each build its idle VMs) before the baseline, so the delta is
    // the sessions alone: two concurrent runs and a short-lived session.
    await Promise.all([pool.run('x = 1'), pool.run('x = 1')]);
    const warm = await pool.createSession();
    await warm.run(request.code);
    await warm.close();
    const before = await settle(request.settleMs);
    const statsBefore = await poolStats(pool);

    const sessions: Session[] = [];
    const createStarted = performance.now();
    while (sessions.length < request.sessions) {
      const count = Math.min(request.batch, request.sessions - sessions.length);
      sessions.push(...(await Promise.all(Array.from({ length: count }, () => pool.createSession()))));
    }
    const runStarted = performance.now();
    const results = await Promise.all(sessions.map((session) => session.run(request.code)));
    const runEnded = performance.now();
    const failures = results.filter((r) => !r.ok);

    const after = await settle(request.settleMs);
    const statsAfter = await poolStats(pool);
    const response: SessionsResponse = {
      gcExposed: gc !== undefined,
      before, after, statsBefore, statsAfter,
      createMs: runStarted - createStarted,
      runMs: runEnded - runStarted,
      failedRuns: failures.length,
      ...(failures[0] ? { firstFailure: `${failures[0].error?.type}: ${failures[0].error?.message}` } : {}),
    };
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(response)}\n`);
  } finally {
    await pool.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sessions child failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { createPool, type Pool, type RunResult } from '../../src/index.js';
import { summarize, type Summary } from '../measure.js';

/**
 * Load on the public API for the pool section: fresh-sandbox throughput with many calls in flight,
 * and the main thread's event-loop delay while guests spin on every worker.
 */

export const CODE = 'print(1)';
export const EXPECTED = '1\n';
export const ok = (r: RunResult): boolean => r.ok && r.stdout === EXPECTED;

/** Event-loop sampling interval; every sample includes it (see eventLoop()). */
export const ELD_RESOLUTION_MS = 10;
export const SPINNERS = 8;
export const SPIN_TIMEOUT_MS = 1000;
export const QUEUED_SESSIONS = 4;
export const SESSION_RUNS_EACH = 5;

// ---------- 2. throughput ----------

export interface Throughput {
  workers: number;
  inFlight: number;
  durationMs: number;
  completed: number;
  failed: number;
  runsPerSecond: number;
  latency: Summary;
}

/** Keeps `inFlight` calls of pool.run(CODE) going for `durationMs`; every completion counts. */
export async function throughput(pool: Pool, workers: number, inFlight: number, durationMs: number): Promise<Throughput> {
  let completed = 0;
  let failed = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + durationMs;
  const lane = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const result = await pool.run(CODE);
      latencies.push(performance.now() - t0);
      if (ok(result)) completed++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const elapsed = performance.now() - started;
  return { workers, inFlight, durationMs: elapsed, completed, failed, runsPerSecond: completed / (elapsed / 1000), latency: summarize(latencies) };
}

// ---------- 1b. the machine's floor for a worker round trip ----------

/** What a round trip to a worker costs on this machine before any of our code runs. */
export interface HopFloor {
  /** Reply at once. */
  immediate: Summary;
  /** Reply after `busyMs` of work in the worker; the work itself is subtracted. */
  afterWork: Summary;
  busyMs: number;
}

/**
 * A bare worker that echoes: the part of run()'s latency no code of ours can remove. A thread
 * that waits longer wakes more slowly on many machines (virtual CPUs are descheduled once idle),
 * so it is measured twice: answering at once, and answering after as long as a fresh run works.
 */
export async function hopFloor(iterations: number, warmup: number, busyMs: number): Promise<HopFloor> {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (busy) => { const t = performance.now(); while (performance.now() - t < busy); parentPort.postMessage(0); });`,
    { eval: true },
  );
  try {
    const once = (busy: number) => new Promise<number>((resolve) => {
      const t0 = performance.now();
      worker.once('message', () => resolve(performance.now() - t0 - busy));
      worker.postMessage(busy);
    });
    const sample = async (busy: number) => {
      for (let i = 0; i < warmup; i++) await once(busy);
      const out: number[] = [];
      for (let i = 0; i < iterations; i++) out.push(await once(busy));
      return summarize(out);
    };
    return { immediate: await sample(0), afterWork: await sample(busyMs), busyMs };
  } finally {
    await worker.terminate();
  }
}

// ---------- 4. event-loop delay ----------

export interface DelayStats {
  n: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface EventLoop {
  idle: DelayStats;
  busy: DelayStats;
  busyWallMs: number;
  spinnerOutcomes: Record<string, number>;
  /** Sum of the spinners' own run durations over the wall time they took: how many ran at once. */
  spinnerConcurrency: number;
  /** When each spinner finished, ms after they were all started. */
  spinnerFinishedMs: number[];
  sessionRunsOk: number;
  sessionRunsTotal: number;
  workers: number;
}

async function withDelayMonitor<T>(work: () => Promise<T>): Promise<{ stats: DelayStats; value: T }> {
  const histogram = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  histogram.enable();
  const value = await work();
  histogram.disable();
  const ms = (ns: number): number => ns / 1e6;
  return {
    value,
    stats: {
      n: histogram.count,
      medianMs: ms(histogram.percentile(50)),
      p99Ms: ms(histogram.percentile(99)),
      maxMs: ms(histogram.max),
      meanMs: ms(histogram.mean),
    },
  };
}

/**
 * Guests spinning `while True: pass` on every worker (more of them than workers, so they queue),
 * plus sessions whose runs queue behind them, while the main thread's event-loop delay is
 * sampled. Also an idle baseline: every sample includes the sampling interval itself.
 */
export async function eventLoop(): Promise<EventLoop> {
  const pool = createPool();
  try {
    await Promise.all([pool.run('x = 1'), pool.run('x = 1')]);
    const sessions = await Promise.all(Array.from({ length: QUEUED_SESSIONS }, () => pool.createSession()));
    const workers = (await pool.stats()).workers;
    const idle = await withDelayMonitor(() => sleep(1000));
    const started = performance.now();
    const busy = await withDelayMonitor(async () => {
      const spinners = Array.from({ length: SPINNERS }, async () => {
        const result = await pool.run('while True: pass', { timeoutMs: SPIN_TIMEOUT_MS, fuel: Number.MAX_SAFE_INTEGER });
        return { result, finishedMs: performance.now() - started };
      });
      const sessionWork = sessions.map(async (session) => {
        let good = 0;
        for (let i = 0; i < SESSION_RUNS_EACH; i++) if ((await session.run(`x = ${i}`)).ok) good++;
        return good;
      });
      return { spinners: await Promise.all(spinners), sessionRuns: await Promise.all(sessionWork) };
    });
    const busyWallMs = performance.now() - started;
    const spinnerOutcomes: Record<string, number> = {};
    const spinnerResults = busy.value.spinners.map((s) => s.result);
    const spinnerFinishedMs = busy.value.spinners.map((s) => s.finishedMs);
    const spinWall = Math.max(...spinnerFinishedMs);
    const spinnerConcurrency = spinnerResults.reduce((acc, r) => acc + r.durationMs, 0) / spinWall;
    for (const r of spinnerResults) {
      const key = r.ok ? 'ok' : r.error?.type ?? 'error';
      spinnerOutcomes[key] = (spinnerOutcomes[key] ?? 0) + 1;
    }
    return {
      idle: idle.stats,
      busy: busy.stats,
      busyWallMs,
      spinnerOutcomes,
      spinnerConcurrency,
      spinnerFinishedMs,
      sessionRunsOk: busy.value.sessionRuns.reduce((a, b) => a + b, 0),
      sessionRunsTotal: QUEUED_SESSIONS * SESSION_RUNS_EACH,
      workers,
    };
  } finally {
    await pool.close();
  }
}

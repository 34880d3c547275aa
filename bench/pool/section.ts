import { fileURLToPath } from 'node:url';
import { createPool, run } from '../../src/index.js';
import { ChildFailure, runJsonChild } from '../child.js';
import { sampleAsync, summarize, type Summary } from '../measure.js';
import { fmtMiB, fmtMs, loudBlock, renderTable, watchCpu } from '../report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from '../section.js';
import {
  CODE, ELD_RESOLUTION_MS, eventLoop, EXPECTED, hopFloor, ok, QUEUED_SESSIONS, SESSION_RUNS_EACH, SPIN_TIMEOUT_MS, SPINNERS, throughput, type Throughput,
} from './load.js';
import type { SessionsRequest, SessionsResponse } from './sessions-child.js';

/**
 * Section "pool": the public async API (src/index.ts) on worker threads.
 *  1. latency of `await run('print(1)')` on the warm default pool;
 *  2. throughput of fresh-sandbox runs with many calls in flight;
 *  3. memory of 1,000 idle sessions, in a child process so its RSS is meaningful;
 *  4. the host's event-loop delay while guests spin on every worker.
 */

/** Issue 11: a fresh run('print(1)') median at most this. */
export const RUN_LATENCY_TARGET_MS = 0.3;
/** Runs before the warm latency is measured: V8 has optimised the code of a run by then. */
const STEADY_WARMUP = 2000;
/** Issue 11: RSS per idle session at most this. */
export const IDLE_SESSION_TARGET_BYTES = 512 * 1024;
/** Earlier targets. */
export const THROUGHPUT_TARGET = 2000;
export const EVENT_LOOP_P99_TARGET_MS = 20;


const SESSIONS_CHILD = fileURLToPath(new URL('./sessions-child.js', import.meta.url));
const IDLE_SESSIONS = 1000;
const THROUGHPUT_IN_FLIGHT = 64;
const THROUGHPUT_WORKERS = 2;

function summaryLine(label: string, s: Summary): string {
  return `${label.padEnd(44)} median ${fmtMs(s.median).padStart(6)} ms   p99 ${fmtMs(s.p99).padStart(6)} ms   max ${fmtMs(s.max).padStart(6)} ms   (n=${s.n})`;
}

// ---------- the section ----------

export const poolSection: BenchSection = {
  id: 'pool',
  title: 'Public API on worker threads: run() latency, throughput, idle sessions, event-loop delay',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const cpu = watchCpu();
    const { latencyIterations: n, latencyWarmup: warmup } = ctx.options;
    const quick = n < 1000;
    const warnings: string[] = [];
    const verdicts: Verdict[] = [];

    // ---- 1. run() latency on the default pool: the first runs, then warm ----
    // V8 optimises the JavaScript of a run (ours, on both threads) only after several hundred
    // runs, so the first runs of a process and a warm process are measured apart.
    ctx.progress(`pool: (1) await run('print(1)'), ${n} iterations after ${warmup} warm-up, then ${n} after ${STEADY_WARMUP} more`);
    let latencyFailures = 0;
    const once = async () => {
      if (!ok(await run(CODE))) latencyFailures++;
    };
    const firstRuns = summarize(await sampleAsync(n, warmup, once));
    const latencySamples = await sampleAsync(n, STEADY_WARMUP, once);
    const latency = summarize(latencySamples);
    // A fresh run keeps its worker busy ~0.1 ms (VM from the pool, run, reply).
    const floor = await hopFloor(n, warmup, 0.1);
    if (latencyFailures) warnings.push(`(1) run(): ${latencyFailures} runs did not succeed with ${JSON.stringify(EXPECTED)}`);
    verdicts.push({
      id: 'run-latency',
      issue: 11,
      target: `fresh await run('print(1)') median <= ${RUN_LATENCY_TARGET_MS} ms (public API, warm default pool)`,
      status: latencyFailures === 0 && latency.median <= RUN_LATENCY_TARGET_MS ? 'PASS' : 'FAIL',
      measured: `median ${fmtMs(latency.median)} ms, p99 ${fmtMs(latency.p99)} ms (n=${latency.n}, after ${warmup + n + STEADY_WARMUP} runs; ` +
        `runs ${warmup + 1}-${warmup + n} of the process: median ${fmtMs(firstRuns.median)} ms); ` +
        `this machine's bare worker round trip: ${fmtMs(floor.immediate.median)} ms, ${fmtMs(floor.afterWork.median)} ms around ${floor.busyMs} ms of work`,
      ...(latencyFailures ? { detail: 'some runs failed or printed the wrong output' } : {}),
    });

    // ---- 2. throughput ----
    const workers = THROUGHPUT_WORKERS;
    const durationMs = quick ? 1000 : 3000;
    ctx.progress(`pool: (2) throughput, ${workers} workers, ${THROUGHPUT_IN_FLIGHT} in flight, ${durationMs / 1000} s`);
    const tpPool = createPool({ maxWorkers: workers });
    let tp: Throughput;
    try {
      await throughput(tpPool, workers, THROUGHPUT_IN_FLIGHT, 500); // warm-up: workers started, code tiered up
      tp = await throughput(tpPool, workers, THROUGHPUT_IN_FLIGHT, durationMs);
    } finally {
      await tpPool.close();
    }
    if (tp.failed) warnings.push(`(2) throughput: ${tp.failed} runs failed or printed the wrong output`);
    verdicts.push({
      id: 'throughput',
      target: `>= ${THROUGHPUT_TARGET} fresh-sandbox runs/s of print(1) (pool of ${workers} workers, ${THROUGHPUT_IN_FLIGHT} in flight)`,
      status: tp.failed === 0 && tp.runsPerSecond >= THROUGHPUT_TARGET ? 'PASS' : 'FAIL',
      measured: `${Math.round(tp.runsPerSecond)} runs/s (${tp.completed} in ${(tp.durationMs / 1000).toFixed(1)} s)`,
      ...(tp.failed ? { detail: `${tp.failed} runs failed` } : {}),
    });

    // ---- 3. idle sessions, in a child process ----
    ctx.progress(`pool: (3) ${IDLE_SESSIONS} idle sessions in a child process`);
    const request: SessionsRequest = { sessions: IDLE_SESSIONS, code: 'x = 1', batch: 100, settleMs: 300 };
    let sessions: SessionsResponse | undefined;
    let sessionsError: string | undefined;
    try {
      sessions = await runJsonChild<SessionsResponse>({
        command: process.execPath,
        args: ['--expose-gc', SESSIONS_CHILD],
        input: request,
        timeoutMs: 120_000,
      });
    } catch (error) {
      sessionsError = error instanceof ChildFailure ? error.message : String(error);
      warnings.push(`(3) idle sessions: child failed: ${sessionsError}`);
    }
    const rssDelta = sessions ? sessions.after.rss - sessions.before.rss : NaN;
    const perSession = rssDelta / IDLE_SESSIONS;
    if (sessions?.failedRuns) warnings.push(`(3) idle sessions: ${sessions.failedRuns} of ${IDLE_SESSIONS} runs failed (first: ${sessions.firstFailure ?? '?'})`);
    if (sessions && !sessions.gcExposed) warnings.push('(3) idle sessions: global.gc was not available in the child');
    verdicts.push({
      id: 'idle-session-memory',
      issue: 11,
      target: `<= ${IDLE_SESSION_TARGET_BYTES / 1024} KiB RSS per idle session (${IDLE_SESSIONS} sessions, child process)`,
      status: sessions && sessions.failedRuns === 0 && perSession <= IDLE_SESSION_TARGET_BYTES ? 'PASS' : 'FAIL',
      measured: sessions ? `${(perSession / 1024).toFixed(0)} KiB per session (RSS +${fmtMiB(rssDelta)} MiB for ${IDLE_SESSIONS})` : 'not measured',
      ...(sessionsError ? { detail: sessionsError } : sessions?.failedRuns ? { detail: `${sessions.failedRuns} runs failed` } : {}),
    });

    // ---- 4. event-loop delay ----
    ctx.progress(`pool: (4) event-loop delay with ${SPINNERS} spinning guests + ${QUEUED_SESSIONS} sessions`);
    const loop = await eventLoop();
    const expectedStops = loop.spinnerOutcomes['Timeout'] ?? 0;
    if (expectedStops !== SPINNERS) warnings.push(`(4) spinning guests: expected ${SPINNERS} Timeouts, got ${JSON.stringify(loop.spinnerOutcomes)}`);
    if (loop.sessionRunsOk !== loop.sessionRunsTotal) warnings.push(`(4) queued session runs: ${loop.sessionRunsOk}/${loop.sessionRunsTotal} ok`);
    verdicts.push({
      id: 'event-loop-delay',
      target: `host event-loop delay p99 < ${EVENT_LOOP_P99_TARGET_MS} ms while ${SPINNERS} guests spin (monitorEventLoopDelay, resolution ${ELD_RESOLUTION_MS} ms)`,
      status: loop.busy.p99Ms < EVENT_LOOP_P99_TARGET_MS ? 'PASS' : 'FAIL',
      measured: `p99 ${fmtMs(loop.busy.p99Ms)} ms, max ${fmtMs(loop.busy.maxMs)} ms (n=${loop.busy.n}; idle baseline p99 ${fmtMs(loop.idle.p99Ms)} ms)`,
    });

    // ---- lines ----
    const lines = [
      "1. await run('print(1)'), public API, default pool, sequential",
      summaryLine(`   runs ${warmup + 1}-${warmup + n} of the process`, firstRuns),
      summaryLine(`   warm (after ${warmup + n + STEADY_WARMUP} runs)`, latency),
      "   the machine's floor: a bare worker that echoes (no code of ours), round trip minus its work",
      summaryLine('   replying at once', floor.immediate),
      summaryLine(`   replying after ${floor.busyMs} ms of work`, floor.afterWork),
      '',
      `2. throughput: pool.run('print(1)'), fresh sandbox per run, ${tp.workers} workers, ${tp.inFlight} calls in flight`,
      `   ${tp.completed} runs in ${(tp.durationMs / 1000).toFixed(2)} s = ${Math.round(tp.runsPerSecond)} runs/s` +
        (tp.failed ? `, ${tp.failed} failed` : ''),
      summaryLine('   per-call latency under this load', tp.latency),
      '',
      `3. ${IDLE_SESSIONS} idle sessions (default options) in a fresh child process (node --expose-gc), one '${request.code}' run each`,
    ];
    if (sessions) {
      const b = sessions.statsBefore;
      const a = sessions.statsAfter;
      // pool.stats() counters summed over the workers ('sessions' is already a column).
      const statKeys = [...new Set([...Object.keys(b.totals), ...Object.keys(a.totals)])].filter((k) => k !== 'sessions');
      const statCell = (key: string, value: number | undefined): string =>
        value === undefined ? 'n/a' : /bytes/i.test(key) ? `${fmtMiB(value)} MiB` : String(value);
      lines.push(
        ...renderTable(
          ['', 'RSS MiB', 'JS heap MiB', 'external MiB', 'workers', 'sessions', ...statKeys],
          [
            ['before', fmtMiB(sessions.before.rss), fmtMiB(sessions.before.heapUsed), fmtMiB(sessions.before.external), String(b.workers), String(b.sessions), ...statKeys.map((k) => statCell(k, b.totals[k]))],
            ['after', fmtMiB(sessions.after.rss), fmtMiB(sessions.after.heapUsed), fmtMiB(sessions.after.external), String(a.workers), String(a.sessions), ...statKeys.map((k) => statCell(k, a.totals[k]))],
          ],
        ).map((l) => `   ${l}`),
        `   RSS delta ${fmtMiB(rssDelta)} MiB = ${(perSession / 1024).toFixed(0)} KiB per session; created in ${(sessions.createMs / 1000).toFixed(2)} s ` +
          `(batches of ${request.batch}), ${IDLE_SESSIONS} runs in ${(sessions.runMs / 1000).toFixed(2)} s` +
          (a.totals['memoryBytes'] !== undefined ? `; VM linear memory per session ${(((a.totals['memoryBytes'] ?? 0) - (b.totals['memoryBytes'] ?? 0)) / IDLE_SESSIONS / 1024).toFixed(0)} KiB (reserved, not all resident)` : ''),
        '   (pool.stats() columns are summed over the workers)',
      );
    } else {
      lines.push(`   not measured: ${sessionsError ?? 'unknown error'}`);
    }
    lines.push(
      '',
      `4. main-thread event-loop delay, monitorEventLoopDelay({ resolution: ${ELD_RESOLUTION_MS} }), pool of ${loop.workers} workers (default):`,
      `   ${SPINNERS} x pool.run('while True: pass', { timeoutMs: ${SPIN_TIMEOUT_MS}, fuel: MAX_SAFE_INTEGER }) at once` +
        ` + ${QUEUED_SESSIONS} sessions x ${SESSION_RUNS_EACH} runs queued behind them (${(loop.busyWallMs / 1000).toFixed(1)} s)`,
      ...renderTable(
        ['', 'n', 'median ms', 'p99 ms', 'max ms', 'mean ms'],
        [
          ['idle (1 s, nothing running)', String(loop.idle.n), fmtMs(loop.idle.medianMs), fmtMs(loop.idle.p99Ms), fmtMs(loop.idle.maxMs), fmtMs(loop.idle.meanMs)],
          ['guests spinning', String(loop.busy.n), fmtMs(loop.busy.medianMs), fmtMs(loop.busy.p99Ms), fmtMs(loop.busy.maxMs), fmtMs(loop.busy.meanMs)],
        ],
      ).map((l) => `   ${l}`),
      `   every sample includes the ${ELD_RESOLUTION_MS} ms sampling interval (so ~${ELD_RESOLUTION_MS} ms = no delay)`,
      `   spinners: ${JSON.stringify(loop.spinnerOutcomes)}, finished at ${loop.spinnerFinishedMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s; ` +
        `${loop.spinnerConcurrency.toFixed(2)} ran at once on average (of ${loop.workers} workers); session runs ok ${loop.sessionRunsOk}/${loop.sessionRunsTotal}`,
    );
    const note = cpu.note('during this section');
    if (note) lines.push(note);
    if (warnings.length) lines.push('', ...loudBlock('pool: problems', warnings));

    return {
      lines,
      verdicts,
      warnings,
      data: {
        otherCpus: cpu.otherCpus() ?? null,
        runLatency: { iterations: n, warmup, steadyWarmup: STEADY_WARMUP, failures: latencyFailures, firstRuns, summary: latency, samplesMs: latencySamples, hopFloor: floor },
        throughput: tp,
        idleSessions: sessions
          ? { request, ...sessions, rssDeltaBytes: rssDelta, bytesPerSession: perSession }
          : { request, error: sessionsError ?? null },
        eventLoop: { resolutionMs: ELD_RESOLUTION_MS, spinners: SPINNERS, spinTimeoutMs: SPIN_TIMEOUT_MS, queuedSessions: QUEUED_SESSIONS, sessionRunsEach: SESSION_RUNS_EACH, ...loop },
      },
    };
  },
};

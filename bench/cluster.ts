import { cpus, loadavg } from 'node:os';
import { runClusterLoad, type ClusterLoadOptions, type ClusterLoadResult } from './cluster-load.js';
import { fmtMs } from './report.js';
import type { BenchSection, SectionOutcome, Verdict } from './section.js';

/**
 * Section "cluster": the load test of sessions across processes (cluster-load.ts): two server
 * processes, one Redis, N agents with a session each, one process SIGKILLed halfway. Reports
 * runs/s, p50/p99 latency, the runs lost in flight on the killed process, and sessions lost
 * (target: 0). Bounded: 16 agents x 12 calls. Also `npm run bench:cluster` alone.
 */

export const CLUSTER_LOAD: ClusterLoadOptions = {
  agents: 16,
  callsPerAgent: 12,
  leaseMs: 2000,
  // A little of everything an agent's call does: data in, a loop, a dict, state kept.
  work: 'rows = [{"k": i % 7, "v": i} for i in range(300)]\nagg = {}\nfor r in rows:\n    agg[r["k"]] = agg.get(r["k"], 0) + r["v"]',
};

export function clusterLines(r: ClusterLoadResult): string[] {
  return [
    `two server processes (mcp --mcp-http --redis), one redis-server, ${r.agents} agents x ${r.callsPerAgent} calls, each agent its own session; node A SIGKILLed at half`,
    `runs/s           ${r.runsPerSecond.toFixed(1)} (${r.runsOk} runs in ${(r.wallMs / 1000).toFixed(1)} s, snapshot saved to Redis after each)`,
    `latency          p50 ${fmtMs(r.p50Ms)} ms, p99 ${fmtMs(r.p99Ms)} ms, max ${fmtMs(r.maxMs)} ms (per call: MCP over HTTP, lease, run, snapshot, sealed save)`,
    `                 first call of each session (creates it; all ${r.agents} at once): p50 ${fmtMs(r.firstCallP50Ms)} ms, max ${fmtMs(r.firstCallMaxMs)} ms; later calls: p50 ${fmtMs(r.laterP50Ms)} ms, p99 ${fmtMs(r.laterP99Ms)} ms`,
    `after the kill   slowest call ${fmtMs(r.failoverMaxMs)} ms (includes waiting out the dead node's ${CLUSTER_LOAD.leaseMs} ms lease)`,
    `lost             ${r.runsLostInFlight} runs in flight on the killed node; ${r.runsFailed} other failed runs; sessions lost: ${r.sessionsLost}; calls retried (lease busy or lost, nothing saved): ${r.retries}`,
    `machine          load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} CPUs`,
    ...r.problems.map((p) => `problem: ${p}`),
  ];
}

export const clusterSection: BenchSection = {
  id: 'cluster',
  title: 'Sessions across processes: load test with a node killed (Redis)',
  async run(ctx): Promise<SectionOutcome> {
    const result = await runClusterLoad({ ...CLUSTER_LOAD, progress: (m) => ctx.progress(m) });
    if ('skipped' in result) {
      return {
        lines: [`skipped: ${result.skipped}`],
        verdicts: [{ id: 'cluster-sessions-lost', target: 'sessions lost when a node dies = 0', status: 'N/A', measured: result.skipped, issue: 15 }],
        data: result,
        warnings: [],
      };
    }
    const verdicts: Verdict[] = [{
      id: 'cluster-sessions-lost',
      target: 'sessions lost when a node dies = 0',
      status: result.sessionsLost === 0 && result.runsFailed === 0 ? 'PASS' : 'FAIL',
      measured: `${result.sessionsLost} sessions lost, ${result.runsFailed} failed runs (${result.runsLostInFlight} in flight on the killed node)`,
      issue: 15,
    }];
    return { lines: clusterLines(result), verdicts, data: result, warnings: result.problems };
  },
};

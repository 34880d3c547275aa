import { randomBytes } from 'node:crypto';
import { startRedis } from './cluster-redis.js';
import { AgentClient, Balancer, NodeDownError } from './cluster-client.js';
import { startNode, type ServerNode } from './cluster-nodes.js';

/**
 * The cluster load: two server processes sharing one Redis, N agents each with its own session
 * making calls concurrently (half start on each node), one process killed (SIGKILL) once half of
 * the calls are done. Each call increments a counter in its session and returns it, so the
 * state every session ends with proves whether anything beyond the killed in-flight runs was lost.
 */

export interface ClusterLoadOptions {
  agents: number;
  callsPerAgent: number;
  /** Lease lifetime: how long the killed process blocks the sessions it was running. */
  leaseMs: number;
  /** Python run per call besides the counter (some work). */
  work: string;
  progress?: (message: string) => void;
}

export interface ClusterLoadResult {
  agents: number;
  callsPerAgent: number;
  runsOk: number;
  /** Calls in flight on the killed process (their outcome unknown to the agent). */
  runsLostInFlight: number;
  /** Calls that failed otherwise (must be 0). */
  runsFailed: number;
  /**
   * Calls answered "retry" (the session's lease was busy past the wait, or lost mid-run, so
   * nothing was saved) and sent again, as the error says is safe.
   */
  retries: number;
  /** Sessions whose state went back further than the lost in-flight runs, or vanished (must be 0). */
  sessionsLost: number;
  wallMs: number;
  runsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Slowest call that started after the kill (includes waiting out the dead node's lease). */
  failoverMaxMs: number;
  /** Latency of each session's first call (creates the session; all agents start at once). */
  firstCallP50Ms: number;
  firstCallMaxMs: number;
  /** p50/p99 of the other calls. */
  laterP50Ms: number;
  laterP99Ms: number;
  problems: string[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function runClusterLoad(options: ClusterLoadOptions): Promise<ClusterLoadResult | { skipped: string }> {
  const progress = options.progress ?? (() => {});
  const redis = await startRedis();
  if (!redis) return { skipped: 'redis-server is not installed' };
  const nodes: ServerNode[] = [];
  const agents: AgentClient[] = [];
  try {
    const settings = { redisUrl: redis.url, snapshotKey: randomBytes(32).toString('hex'), leaseMs: options.leaseMs, flags: ['--timeout', '5s'] };
    nodes.push(...(await Promise.all([startNode('A', settings), startNode('B', settings)])));
    progress(`cluster: redis ${redis.url}, nodes ${nodes.map((n) => n.url).join(' ')}`);
    const balancer = new Balancer(nodes.map((n) => n.url));
    const total = options.agents * options.callsPerAgent;
    let done = 0;
    let killedAt: number | undefined;
    const latencies: number[] = [];
    const afterKill: number[] = [];
    const first: number[] = [];
    const later: number[] = [];
    const problems: string[] = [];
    let lostInFlight = 0;
    let failed = 0;
    let retries = 0;
    let sessionsLost = 0;

    const started = performance.now();
    await Promise.all(Array.from({ length: options.agents }, async (_, i) => {
      const agent = new AgentClient(balancer, i % 2);
      agents.push(agent);
      const session = `agent-${i}-${randomBytes(4).toString('hex')}`;
      let acked = 0;
      let lost = 0;
      for (let call = 0; call < options.callsPerAgent; call++) {
        const code = call === 0 ? `n = 1\n${options.work}\nn` : `n += 1\n${options.work}\nn`;
        const t0 = performance.now();
        try {
          let r = await agent.run(session, code);
          for (let attempt = 0; !r.ok && /^sandbox error: .*retry/.test(r.text) && attempt < 3; attempt++) {
            retries++;
            await new Promise((resolve) => setTimeout(resolve, 100));
            r = await agent.run(session, code);
          }
          const ms = performance.now() - t0;
          if (!r.ok) {
            failed++;
            problems.push(`${session} call ${call}: ${r.text.split('\n').slice(0, 3).join(' | ')}`);
            continue;
          }
          latencies.push(ms);
          (call === 0 ? first : later).push(ms);
          if (killedAt !== undefined && t0 >= killedAt) afterKill.push(ms);
          const n = Number(r.value);
          if (!(n >= acked + 1 && n <= acked + 1 + lost)) {
            problems.push(`${session}: counter ${n} after ${acked} acknowledged and ${lost} lost calls`);
          }
          acked = n;
          lost = 0;
        } catch (error) {
          if (!(error instanceof NodeDownError)) throw error;
          lostInFlight++;
          lost++;
        }
        if (++done >= total / 2 && killedAt === undefined) {
          killedAt = performance.now();
          progress(`cluster: ${done}/${total} calls done, killing node A (SIGKILL)`);
          void nodes[0]!.kill();
        }
      }
      const final = await agent.run(session, 'n');
      const n = Number(final.value);
      if (!final.ok || !(n >= acked && n <= acked + lost)) {
        sessionsLost++;
        problems.push(`${session}: final state ${final.ok ? n : final.text.split('\n')[0]} after ${acked} acknowledged, ${lost} lost calls`);
      }
    }));
    const wallMs = performance.now() - started;
    const sorted = [...latencies].sort((a, b) => a - b);
    const firstSorted = [...first].sort((a, b) => a - b);
    const laterSorted = [...later].sort((a, b) => a - b);
    return {
      agents: options.agents,
      callsPerAgent: options.callsPerAgent,
      runsOk: latencies.length,
      runsLostInFlight: lostInFlight,
      runsFailed: failed,
      retries,
      sessionsLost,
      wallMs,
      runsPerSecond: latencies.length / (wallMs / 1000),
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.at(-1) ?? NaN,
      failoverMaxMs: afterKill.length ? Math.max(...afterKill) : NaN,
      firstCallP50Ms: percentile(firstSorted, 50),
      firstCallMaxMs: firstSorted.at(-1) ?? NaN,
      laterP50Ms: percentile(laterSorted, 50),
      laterP99Ms: percentile(laterSorted, 99),
      problems,
    };
  } finally {
    await Promise.all(agents.map((a) => a.close()));
    await Promise.all(nodes.map((n) => n.stop().catch(() => null)));
    await redis.stop();
  }
}

/**
 * Soak test (`npm run soak`, not part of `npm test`): many runs mixing honest programs and the
 * hostile ones of test/attacks/ (CPU, memory, output floods, deep recursion, exception text,
 * file entry and byte floods, big reads inside imports, host-call floods) across a worker pool,
 * while long-lived sessions hold state, sessions are created, snapshotted, restored and closed,
 * and workers are killed under them. Reports runs/s, unexpected outcomes (must be 0), host RSS
 * (growth must stay under a stated bound) and the main thread's event-loop delay (p99 target
 * below 20 ms). Exits non-zero on any unexpected outcome, excess growth or a missed delay target.
 *
 *   npm run soak                          # 100,000 runs
 *   npm run soak -- --runs 2000           # CI-sized
 *   npm run soak -- --runs 5000 --kill-every 500 --concurrency 8
 */
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createPool, type Pool, type RunResult, type Session } from '../src/index.js';

interface Case {
  name: string;
  weight: number;
  code: string;
  hostile?: boolean;
  options?: Record<string, unknown>;
  expect: (r: RunResult) => boolean;
}

const MiB = 1024 * 1024;
const limitOf = (r: RunResult, limit: string) => r.error?.kind === 'limit' && r.error.limit === limit;
/** Input a guest reads in 15 MiB gulps (class 1 of the hostile review); made once, shared by runs. */
const BIG_STDIN = new Uint8Array(15 * MiB).fill(0x61);
let hostCalls = 0;
const FUNCTIONS = { f: () => ++hostCalls, echo: (x: unknown) => x };

const CASES: Case[] = [
  // honest
  { name: 'arithmetic', weight: 20, code: 'sum(i * i for i in range(200))', expect: (r) => r.value === 2646700 },
  { name: 'strings', weight: 10, code: '"-".join(str(i) for i in range(50)).count("-")', expect: (r) => r.value === 49 },
  { name: 'json', weight: 8, code: 'import json\njson.loads(json.dumps({"a": [1, 2, {"b": None}]}))["a"][2]', expect: (r) => JSON.stringify(r.value) === '{"b":null}' },
  { name: 'fib', weight: 6, code: 'def f(n): return n if n < 2 else f(n-1) + f(n-2)\nf(16)', expect: (r) => r.value === 987 },
  { name: 'print', weight: 8, code: 'for i in range(20): print(i)', expect: (r) => r.ok && r.stdout.split('\n').length === 21 },
  { name: 'class', weight: 4, code: 'class A:\n    def __init__(self): self.v = [1]\n[A().v for _ in range(10)][-1]', expect: (r) => JSON.stringify(r.value) === '[1]' },
  { name: 'files', weight: 3, code: 'open("/tmp/a", "w").write("x" * 1000)\nlen(open("/tmp/a").read())', expect: (r) => r.value === 1000 },
  { name: 'host call', weight: 3, code: 'echo([1, "two", {"three": 3}])', options: { functions: FUNCTIONS }, expect: (r) => JSON.stringify(r.value) === '[1,"two",{"three":3}]' },
  { name: 'syntax error', weight: 2, code: 'def (:', expect: (r) => r.error?.type === 'SyntaxError' },
  { name: 'input eof', weight: 2, code: 'input()', expect: (r) => r.error?.type === 'EOFError' },
  // hostile: CPU
  { name: 'spin (fuel)', hostile: true, weight: 6, code: 'while True: pass', options: { fuel: 300_000 }, expect: (r) => limitOf(r, 'fuel') },
  { name: 'spin (timeout)', hostile: true, weight: 0.3, code: 'while True: pass', options: { timeoutMs: 50, fuel: Number.MAX_SAFE_INTEGER }, expect: (r) => limitOf(r, 'timeout') },
  { name: 'swallow interrupt', hostile: true, weight: 1, code: 'while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass', options: { fuel: 300_000 }, expect: (r) => r.error?.stop === 'hard' },
  { name: 'pow', hostile: true, weight: 0.3, code: 'x = 7 ** (10 ** 7)', options: { fuel: 2_000_000 }, expect: (r) => r.error?.stop === 'hard' || limitOf(r, 'fuel') },
  // hostile: memory
  { name: 'memory bomb', hostile: true, weight: 3, code: 'x = bytearray(10**10)', options: { memoryLimit: 8 * MiB }, expect: (r) => r.error?.type === 'MemoryError' || r.error?.type === 'OverflowError' },
  { name: 'list growth', hostile: true, weight: 1, code: 'a = []\nwhile True: a.append("x" * 1000)', options: { memoryLimit: 8 * MiB, fuel: 50_000_000 }, expect: (r) => r.error?.type === 'MemoryError' },
  // hostile: recursion
  { name: 'recursion', hostile: true, weight: 2, code: 'def f(): f()\nf()', expect: (r) => r.error?.type === 'RecursionError' || r.error?.type === 'RuntimeError' },
  { name: 'C recursion', hostile: true, weight: 1, code: 'a = []\nfor i in range(200000): a = [a]\nrepr(a)', options: { memoryLimit: 32 * MiB }, expect: (r) => r.error?.type === 'RecursionError' || r.error?.type === 'MemoryError' },
  { name: 'json nesting', hostile: true, weight: 0.5, code: 'import json\njson.loads("[" * 100000 + "]" * 100000)', options: { memoryLimit: 32 * MiB }, expect: (r) => /RecursionError|MemoryError|ValueError/.test(r.error?.type ?? '') },
  // hostile: output and exception text
  { name: 'stdout flood', hostile: true, weight: 2, code: 'while True: print("x" * 100)', options: { stdoutLimit: 4096, fuel: 2_000_000 }, expect: (r) => r.truncated.stdout && r.stdout.length <= 4096 },
  { name: 'stderr flood', hostile: true, weight: 1, code: 'import sys\nwhile True: sys.stderr.write("e" * 4096)', options: { stderrLimit: 4096, fuel: 2_000_000 }, expect: (r) => r.truncated.stderr && r.stderr.length <= 4096 },
  { name: 'exception text', hostile: true, weight: 0.5, code: 'raise ValueError("m" * 2_000_000)', options: { memoryLimit: 32 * MiB, fuel: 100_000_000 }, expect: (r) => r.error?.type === 'ValueError' && r.error.truncated && r.error.traceback.length <= 65536 },
  // hostile: files
  { name: 'entry flood', hostile: true, weight: 1, code: 'import os\nn = 0\ntry:\n    while True:\n        open("/tmp/f%d" % n, "w").close()\n        n += 1\nexcept OSError as e:\n    err = e.errno\n(n, err)', options: { fsMaxEntries: 300 }, expect: (r) => Array.isArray(r.value) && (r.value[0] as number) < 300 && r.value[1] === 28 },
  { name: 'byte flood', hostile: true, weight: 1, code: 'f = open("/tmp/big", "wb")\ntry:\n    while True: f.write(b"x" * 65536)\nexcept OSError as e:\n    err = e.errno\nerr', options: { fsQuota: MiB }, expect: (r) => r.value === 28 },
  { name: 'readinto 15 MiB', hostile: true, weight: 0.2, code: 'import sys\nbuf = bytearray(15 * 1024 * 1024)\nwhile True:\n    sys.stdin.buffer.readinto(buf) if hasattr(sys.stdin, "buffer") else sys.stdin.read(1 << 20)', options: { stdin: BIG_STDIN, memoryLimit: 64 * MiB, timeoutMs: 300, fuel: Number.MAX_SAFE_INTEGER }, expect: (r) => r.error?.kind === 'limit' || r.error?.type === 'EOFError' || r.ok },
  // hostile: host calls
  { name: 'host-call flood', hostile: true, weight: 1, code: 'n = 0\ntry:\n    while True:\n        f()\n        n += 1\nexcept Exception as e:\n    pass\nn', options: { functions: FUNCTIONS, hostCalls: { maxCallsPerRun: 200 }, timeoutMs: 20_000 }, expect: (r) => r.value === 200 },
  { name: 'host-call big args', hostile: true, weight: 0.5, code: 'try:\n    echo("x" * 2_000_000)\nexcept Exception as e:\n    r = type(e).__name__\nr', options: { functions: FUNCTIONS, memoryLimit: 32 * MiB }, expect: (r) => typeof r.value === 'string' && r.value.length > 0 },
  // hostile: escapes
  { name: 'passwd', hostile: true, weight: 2, code: 'open("/etc/passwd")', expect: (r) => r.error?.type === 'OSError' },
  { name: 'js escape', hostile: true, weight: 2, code: 'import js\njs.process', expect: (r) => r.error?.type === 'ImportError' || r.error?.type === 'AttributeError' },
];

function pick(random: () => number): Case {
  const total = CASES.reduce((n, c) => n + c.weight, 0);
  let x = random() * total;
  for (const c of CASES) {
    x -= c.weight;
    if (x <= 0) return c;
  }
  return CASES[0]!;
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function numberArg(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === `--${name}` ? args[i + 1] : a.startsWith(`--${name}=`) ? a.slice(name.length + 3) : undefined;
    if (value === undefined) continue;
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${value}`);
    return n;
  }
  return fallback;
}

const RSS_GROWTH_BOUND = 256 * MiB;
const DELAY_P99_TARGET_MS = 20;

/** The run was on a worker the soak killed: a crash result, not the case's own outcome. */
function lostToKill(r: RunResult): boolean {
  return r.error?.kind === 'crash' && r.error.type === 'InterpreterCrash' && r.error.message === 'the worker running this code was lost';
}

/**
 * Long-lived sessions holding state the soak checks all along: a counter each one increments,
 * and a file. Their state must survive hostile runs in them, their neighbours' hard stops, and
 * the loss of their worker (coming back with `recovered: 'snapshot'`, never 'reset').
 */
class Resident {
  count = 0;
  private busy: Promise<void> = Promise.resolve();

  private constructor(readonly session: Session, readonly name: string) {}

  static async create(pool: Pool, name: string): Promise<Resident> {
    const session = await pool.createSession();
    const r = await session.run(`count = 0\nname = ${JSON.stringify(name)}\nopen("/tmp/name", "w").write(name)`);
    if (!r.ok) throw new Error(`resident ${name} could not start: ${r.error?.message}`);
    return new Resident(session, name);
  }

  /** One step, serialised per resident: increment and check everything, or a hostile run in between. */
  step(hostile: Case | undefined, note: (name: string, ok: boolean, detail?: string) => void): Promise<void> {
    this.busy = this.busy.then(async () => {
      try {
        if (hostile) {
          const r = await this.session.run(hostile.code, hostile.options as never);
          if (lostToKill(r)) note('lost to a kill', r.recovered === 'snapshot');
          else note(`resident: ${hostile.name}`, hostile.expect(r) && r.recovered !== 'reset', r.error?.type);
          return;
        }
        const r = await this.session.run('count += 1\n(count, name, open("/tmp/name").read())');
        if (lostToKill(r)) {
          // The run died with its worker: the session is back as it was before it.
          note('lost to a kill', r.recovered === 'snapshot');
          return;
        }
        this.count++;
        const ok = JSON.stringify(r.value) === JSON.stringify([this.count, this.name, this.name]) && r.recovered !== 'reset';
        note('resident state', ok, `${JSON.stringify(r.value)} expected count ${this.count}, recovered ${String(r.recovered)}, error ${JSON.stringify(r.error)}`);
        if (r.recovered) note(`recovered: ${r.recovered}`, r.recovered === 'snapshot');
      } catch (error) {
        note('resident state', false, String(error));
      }
    });
    return this.busy;
  }
}

async function main(): Promise<void> {
  const total = numberArg('runs', 100_000);
  const concurrency = numberArg('concurrency', 4 * availableParallelism());
  const killEvery = numberArg('kill-every', 2_000);
  const pool = createPool({ maxQueue: 100_000 });
  const engine = await pool.engine();
  const random = mulberry(20261121);
  const unexpected = new Map<string, number>();
  const counts = new Map<string, number>();
  const note = (name: string, ok: boolean, detail?: string) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (ok) return;
    unexpected.set(name, (unexpected.get(name) ?? 0) + 1);
    if ((unexpected.get(name) ?? 0) <= 3) console.error(`unexpected ${name}: ${detail ?? ''}`.slice(0, 400));
  };

  // Warm up: every case a few times on every worker (so each worker's heap, VM pool and caches
  // have met the largest inputs), then take the baseline: growth after it is what a leak shows.
  await Promise.all(Array.from({ length: 50 }, () => pool.run('1')));
  for (let round = 0; round < 3; round++) {
    await Promise.all(CASES.map((c) => pool.run(c.code, c.options as never).catch(() => undefined)));
  }
  const residents = await Promise.all(Array.from({ length: 6 }, (_, i) => Resident.create(pool, `resident-${i}`)));
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  const rssTrend: number[] = [];
  let rssPeak = rssStart;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 500);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const eluStart = performance.eventLoopUtilization();
  const started = performance.now();

  let issued = 0;
  let done = 0;
  let kills = 0;
  // Hostile programs a resident runs itself: those whose options a session run accepts.
  const RUN_OPTIONS = new Set(['fuel', 'timeoutMs', 'stdoutLimit', 'stderrLimit', 'stdin']);
  const hostileCases = CASES.filter((c) => c.hostile && c.weight >= 1 && Object.keys(c.options ?? {}).every((k) => RUN_OPTIONS.has(k)));
  const loop = async () => {
    while (issued < total) {
      const index = issued++;
      if (index % 500 === 250) {
        // Session churn: create, use, snapshot, restore, fork, close.
        try {
          const s = await pool.createSession();
          await s.run('state = list(range(10))');
          note('session', (await s.run('sum(state)')).value === 45);
          const restored = await pool.restoreSession(await s.snapshot());
          note('restore', (await restored.run('len(state)')).value === 10);
          const fork = await s.fork();
          note('fork', (await fork.run('state[-1]')).value === 9);
          await Promise.all([restored.close(), s.close(), fork.close()]);
        } catch (error) {
          note('session', false, String(error));
        }
      }
      if (index % 50 === 0) {
        const resident = residents[index % residents.length]!;
        const hostile = index % 150 === 0 ? hostileCases[Math.floor(random() * hostileCases.length)] : undefined;
        void resident.step(hostile, note);
      }
      if (killEvery > 0 && index % killEvery === killEvery - 1) {
        // A worker is lost under residents holding state (as a watchdog kill would do).
        kills++;
        const victim = residents[kills % residents.length]!;
        engine.crashWorkerOf(victim.session.id).catch((error: unknown) => note('kill', false, String(error)));
      }
      const c = pick(random);
      try {
        const result = await pool.run(c.code, c.options as never);
        // A run on a worker lost to a kill ends in a crash result, which is expected then.
        if (lostToKill(result)) note('lost to a kill', true);
        else note(c.name, c.expect(result), JSON.stringify(result.error ?? result.value)?.slice(0, 300));
      } catch (error) {
        note(c.name, false, `threw ${String(error)}`);
      }
      done++;
      if (done % Math.max(1, Math.floor(total / 10)) === 0) rssTrend.push(process.memoryUsage().rss);
      if (done % 5_000 === 0) process.stderr.write(`  ${done} runs, ${((done / (performance.now() - started)) * 1000).toFixed(0)} runs/s, RSS ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  // Every resident's state, once more, after everything.
  await Promise.all(residents.map((r) => r.step(undefined, note)));
  const seconds = (performance.now() - started) / 1000;
  const elu = performance.eventLoopUtilization(eluStart);
  delay.disable();
  clearInterval(sampler);
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const rssEnd = process.memoryUsage().rss;
  const stats = await pool.stats();
  await pool.close();

  // Each kill ends at most the one run its worker was serving (and any run nested in its host calls).
  const lost = counts.get('lost to a kill') ?? 0;
  if (lost > kills) note('more runs lost than kills', false, `${lost} runs lost to ${kills} kills`);
  const bad = [...unexpected.values()].reduce((n, v) => n + v, 0);
  const growth = rssEnd - rssStart;
  const p99 = delay.percentile(99) / 1e6;
  console.log(`\nsoak: ${done} runs (+ ${residents.length} resident sessions, session churn, ${kills} worker kills) in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} runs/s, ${concurrency} in flight, ${stats.workers} workers`);
  console.log('\ncase                      runs   unexpected');
  const names = [...new Set([...CASES.map((c) => c.name), ...counts.keys()])];
  for (const name of names) {
    console.log(`${name.padEnd(24)} ${String(counts.get(name) ?? 0).padStart(7)}   ${unexpected.get(name) ?? 0}`);
  }
  console.log(`\nunexpected outcomes: ${bad}`);
  console.log(`RSS at each tenth of the runs: ${rssTrend.map((n) => (n / MiB).toFixed(0)).join(', ')} MiB`);
  console.log(`RSS: start (after warm-up) ${(rssStart / MiB).toFixed(1)} MiB, peak ${(rssPeak / MiB).toFixed(1)} MiB, end ${(rssEnd / MiB).toFixed(1)} MiB, growth ${(growth / MiB).toFixed(1)} MiB (bound ${RSS_GROWTH_BOUND / MiB} MiB)`);
  console.log(`event-loop delay: p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target < ${DELAY_P99_TARGET_MS} ms), max ${(delay.max / 1e6).toFixed(1)} ms (10 ms sampling)`);
  console.log(`main thread busy ${(elu.utilization * 100).toFixed(1)}% of the time (event-loop utilisation); machine load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  const pass = bad === 0 && growth < RSS_GROWTH_BOUND && p99 < DELAY_P99_TARGET_MS;
  console.log(pass ? '\nPASS' : '\nFAIL');
  process.exitCode = pass ? 0 : 1;
}

await main();

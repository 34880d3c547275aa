/**
 * Soak test (`npm run soak`, not part of `npm test`): 100,000 runs mixing honest and hostile
 * programs across a worker pool, plus session churn. Reports runs/s, unexpected outcomes (must be
 * 0), RSS at start and end (growth must stay under a stated bound) and main-thread event-loop
 * delay. Exits non-zero on any unexpected outcome or excess growth.
 *
 *   npm run soak                 # 100,000 runs
 *   npm run soak -- --runs=5000  # shorter
 */
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createPool, type RunResult, type Session } from '../src/index.js';

interface Case {
  name: string;
  weight: number;
  code: string;
  options?: Record<string, unknown>;
  expect: (r: RunResult) => boolean;
}

const CASES: Case[] = [
  { name: 'arithmetic', weight: 20, code: 'sum(i * i for i in range(200))', expect: (r) => r.value === 2646700 },
  { name: 'strings', weight: 10, code: '"-".join(str(i) for i in range(50)).count("-")', expect: (r) => r.value === 49 },
  { name: 'json', weight: 8, code: 'import json\njson.loads(json.dumps({"a": [1, 2, {"b": None}]}))["a"][2]', expect: (r) => JSON.stringify(r.value) === '{"b":null}' },
  { name: 'fib', weight: 6, code: 'def f(n): return n if n < 2 else f(n-1) + f(n-2)\nf(16)', expect: (r) => r.value === 987 },
  { name: 'print', weight: 8, code: 'for i in range(20): print(i)', expect: (r) => r.ok && r.stdout.split('\n').length === 21 },
  { name: 'class', weight: 4, code: 'class A:\n    def __init__(self): self.v = [1]\n[A().v for _ in range(10)][-1]', expect: (r) => JSON.stringify(r.value) === '[1]' },
  { name: 'spin (fuel)', weight: 6, code: 'while True: pass', options: { fuel: 300_000 }, expect: (r) => r.error?.type === 'FuelExhausted' },
  { name: 'spin (timeout)', weight: 0.2, code: 'while True: pass', options: { timeoutMs: 50, fuel: Number.MAX_SAFE_INTEGER }, expect: (r) => r.error?.type === 'Timeout' },
  { name: 'swallow interrupt', weight: 1, code: 'while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass', options: { fuel: 300_000 }, expect: (r) => r.error?.stop === 'hard' },
  { name: 'memory bomb', weight: 3, code: 'x = bytearray(10**10)', options: { memoryLimit: 8 * 1024 * 1024 }, expect: (r) => r.error?.type === 'MemoryError' || r.error?.type === 'OverflowError' },
  { name: 'list growth', weight: 1, code: 'a = []\nwhile True: a.append("x" * 1000)', options: { memoryLimit: 8 * 1024 * 1024, fuel: 50_000_000 }, expect: (r) => r.error?.type === 'MemoryError' },
  { name: 'passwd', weight: 3, code: 'open("/etc/passwd")', expect: (r) => r.error?.type === 'OSError' },
  { name: 'js escape', weight: 3, code: 'import js\njs.process', expect: (r) => r.error?.type === 'AttributeError' },
  { name: 'recursion', weight: 2, code: 'def f(): f()\nf()', expect: (r) => r.error?.type === 'RuntimeError' || r.error?.type === 'RecursionError' },
  { name: 'output flood', weight: 2, code: 'while True: print("x" * 100)', options: { stdoutLimit: 4096, fuel: 2_000_000 }, expect: (r) => r.truncated.stdout && r.stdout.length <= 4096 },
  { name: 'input eof', weight: 2, code: 'input()', expect: (r) => r.error?.type === 'EOFError' },
  { name: 'syntax error', weight: 2, code: 'def (:', expect: (r) => r.error?.type === 'SyntaxError' },
  { name: 'pow', weight: 0.3, code: 'x = 7 ** (10 ** 7)', options: { fuel: 2_000_000 }, expect: (r) => r.error?.stop === 'hard' },
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

const MiB = 1024 * 1024;
const RSS_GROWTH_BOUND = 256 * MiB;

async function main(): Promise<void> {
  const runsArg = process.argv.find((a) => a.startsWith('--runs='));
  const total = runsArg ? Number(runsArg.slice(7)) : 100_000;
  const concurrency = 4 * availableParallelism();
  const pool = createPool({ maxQueue: 100_000 });
  const random = mulberry(20261121);
  const unexpected = new Map<string, number>();
  const counts = new Map<string, number>();
  const note = (name: string, ok: boolean) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!ok) unexpected.set(name, (unexpected.get(name) ?? 0) + 1);
  };

  // Warm up, then take the baseline.
  await Promise.all(Array.from({ length: 50 }, () => pool.run('1')));
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();

  let issued = 0;
  let done = 0;
  const sessions: Session[] = [];
  const worker = async () => {
    while (issued < total) {
      const index = issued++;
      if (index % 500 === 0) {
        // Session churn: create, use, snapshot, close.
        try {
          const s = await pool.createSession();
          sessions.push(s);
          await s.run('state = list(range(10))');
          const r = await s.run('sum(state)');
          note('session', r.value === 45);
          const bytes = await s.snapshot();
          const restored = await pool.restoreSession(bytes);
          note('restore', (await restored.run('len(state)')).value === 10);
          await Promise.all([restored.close(), sessions.splice(sessions.indexOf(s), 1)[0]!.close()]);
        } catch (error) {
          note('session', false);
          console.error('session error', error);
        }
      }
      const c = pick(random);
      try {
        const result = await pool.run(c.code, c.options as never);
        note(c.name, c.expect(result));
        if (!c.expect(result) && (unexpected.get(c.name) ?? 0) <= 3) console.error(`unexpected ${c.name}:`, JSON.stringify(result.error ?? result.value));
      } catch (error) {
        note(c.name, false);
        console.error(`${c.name} threw`, error);
      }
      done++;
      if (done % 10_000 === 0) process.stderr.write(`  ${done} runs, ${((done / (performance.now() - started)) * 1000).toFixed(0)} runs/s\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const rssEnd = process.memoryUsage().rss;
  const stats = await pool.stats();
  await pool.close();

  const bad = [...unexpected.values()].reduce((n, v) => n + v, 0);
  const growth = rssEnd - rssStart;
  console.log(`\nsoak: ${done} runs (+ session churn) in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} runs/s, ${concurrency} in flight, ${stats.workers} workers`);
  console.log('\ncase                 runs   unexpected');
  for (const c of [...CASES.map((c) => c.name), 'session', 'restore']) {
    console.log(`${c.padEnd(20)} ${String(counts.get(c) ?? 0).padStart(6)}   ${unexpected.get(c) ?? 0}`);
  }
  console.log(`\nunexpected outcomes: ${bad}`);
  console.log(`RSS: start ${(rssStart / MiB).toFixed(1)} MiB, end ${(rssEnd / MiB).toFixed(1)} MiB, growth ${(growth / MiB).toFixed(1)} MiB (bound ${RSS_GROWTH_BOUND / MiB} MiB)`);
  console.log(`event-loop delay: p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(1)} ms (10 ms sampling)`);
  const pass = bad === 0 && growth < RSS_GROWTH_BOUND;
  console.log(pass ? '\nPASS' : '\nFAIL');
  process.exitCode = pass ? 0 : 1;
}

await main();

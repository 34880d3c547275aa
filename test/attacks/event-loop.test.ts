import assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * The host's event loop while a guest sends hostile host-call payloads. Host functions and HTTP
 * requests are served on the caller's main thread, so whatever a guest sends there is decoded
 * there: a payload of up to `maxArgBytes` (1 MiB) shaped to be expensive (500,000 levels of
 * nesting, 350,000 empty lists, 90,000 keys, big integers) must not hold the loop for more than
 * a few milliseconds at a time.
 *
 * Measured with perf_hooks.monitorEventLoopDelay, whose samples are the time between two timer
 * turns (the resolution plus any delay). One blocking decode of these payloads cost 100-200 ms,
 * and p99 over a run was hundreds of ms to seconds. Decoding now yields every few milliseconds;
 * what remains is the machine's own noise (scheduling and GC pauses reach tens of ms on a loaded
 * two-core machine). So each hostile run is judged against a benign one measured just before it,
 * under the same load: a guest spinning and making small host calls for a similar time. The
 * hostile p99 may exceed the benign one by a margin for garbage collection (the accepted payloads
 * are hundreds of thousands of values, built on the main thread): three times it plus 20 ms, with
 * a 50 ms floor; no single delay may reach 400 ms. A noisy moment may be retried twice; a
 * regression blocks every time.
  */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

const RESOLUTION_MS = 5;
const P99_FLOOR_MS = 50;
const MAX_BOUND_MS = 400;
const ATTEMPTS = 3;
const REPEAT = 4;
const SHAPES = 5;

/**
 * Guest code: builds each payload once, then sends it `repeat` times through `op`, wrapped as
 * that call expects (positional arguments for a function, a request object for HTTP).
 */
function hostileSender(op: 'host' | 'http', repeat: number): string {
  const call = op === 'host' ? '_host.call("host", "f", "[[" + v + "],{}]")' : '_host.call("http", "{\\"headers\\":" + v + "}")';
  return [
    'import _host',
    'N = 1024 * 1024 - 64',
    'values = [',
    '    "[" * (N // 2 - 16) + "]" * (N // 2 - 16),',
    '    "[" + "[]," * (N // 3 - 8) + "[]]",',
    '    "{" + ",".join("\\"%x\\":0" % i for i in range(N // 12)) + "}",',
    '    "[" + ",".join(["{\\"\\\\u0000i\\":\\"" + "9" * 100000 + "\\"}"] * 10) + "]",',
    '    "[" + "0," * (N // 2 - 16) + "0]",',
    ']',
    'replies = []',
    `for i in range(${repeat}):`,
    '    for v in values:',
    `        replies.append(${call}[:1])`,
    'replies',
  ].join('\n');
}

/** A benign guest for the same while: spinning, with a small host call every 20 ms. */
const BENIGN = [
  'import time',
  'end = time.ticks_add(time.ticks_ms(), 1500)',
  'due = time.ticks_ms()',
  'while time.ticks_diff(end, time.ticks_ms()) > 0:',
  '    if time.ticks_diff(time.ticks_ms(), due) >= 0:',
  '        f(1)',
  '        due = time.ticks_add(due, 20)',
].join('\n');

interface Delay {
  p99: number;
  max: number;
}

async function measure(work: () => Promise<void>): Promise<Delay> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return { p99: histogram.percentile(99) / 1e6 - RESOLUTION_MS, max: histogram.max / 1e6 - RESOLUTION_MS };
}

const show = (d: Delay) => `p99 ${d.p99.toFixed(1)} ms, max ${d.max.toFixed(1)} ms`;

describe('event loop under hostile host-call payloads', () => {
  for (const op of ['host', 'http'] as const) {
    attack(`1 MiB payloads shaped to be expensive, sent as '${op}' calls, never hold the event loop`, async () => {
      let calls = 0;
      const options = { functions: { f: () => { calls++; return 0; } }, net: { allow: ['127.0.0.1:9'] }, timeoutMs: 20_000, fuel: 1e10 };
      const measured: string[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const benign = await measure(async () => {
          const r = await pool.run(BENIGN, options);
          assert.equal(r.ok, true, `${r.error?.type}: ${r.error?.message}`);
        });
        calls = 0;
        let replies: string[] = [];
        const hostile = await measure(async () => {
          const r = await pool.run(hostileSender(op, REPEAT), options);
          assert.equal(r.ok, true, `${r.error?.type}: ${r.error?.message}`);
          replies = r.value as string[];
        });
        assert.equal(replies.length, REPEAT * SHAPES);
        // Deep nesting and oversized integers are refused before the function; the rest reach it.
        assert.equal(calls, replies.filter((reply) => reply === 'R').length);
        if (op === 'host') assert.equal(calls, REPEAT * 3);
        const bound = Math.max(P99_FLOOR_MS, 3 * benign.p99 + 20);
        measured.push(`hostile ${show(hostile)} against benign ${show(benign)}`);
        if (hostile.p99 < bound && hostile.max < MAX_BOUND_MS) break;
        assert.ok(attempt < ATTEMPTS - 1, `the event loop was held: ${measured.join('; ')}`);
      }
      await assertHostUnharmed(pool, canary);
    });
  }
});

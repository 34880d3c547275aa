import { Interpreter, type ExecLimits, type VmConfig } from '../src/interpreter/interpreter.js';
import { VmPool } from '../src/interpreter/vm-pool.js';
import { DEFAULT_LIMITS, GRACE_FUEL, GRACE_MS, HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../src/core/limits.js';
import { summarize, type Summary } from './measure.js';
import { fmtMs, loudBlock } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';

/**
 * Section "startup": how long a fresh VM takes to run `print(1)`, two ways:
 *  (a) a new instance loaded from the pool's template image (what the product does for a new VM),
 *  (b) a new instance initialised from scratch (MicroPython's full init + our prelude).
 * Product defaults throughout (memory cap, heap, stack, limits), so this is what a user gets.
 * The public async API end to end, run('print(1)'), is measured (with its target) in pool.ts.
 */

/** Median for (a) must be below this. */
export const FRESH_VM_TARGET_MS = 1.5;

const CODE = 'print(1)';
const EXPECTED = '1\n';

const VM_CONFIG: VmConfig = {
  memoryLimitBytes: DEFAULT_LIMITS.memoryLimit,
  heapInitialBytes: HEAP_INITIAL_BYTES,
  pystackWords: PYSTACK_WORDS,
};

const LIMITS: ExecLimits = {
  fuel: DEFAULT_LIMITS.fuel,
  timeoutMs: DEFAULT_LIMITS.timeoutMs,
  stdoutBytes: DEFAULT_LIMITS.stdoutLimit,
  stderrBytes: DEFAULT_LIMITS.stderrLimit,
  graceFuel: GRACE_FUEL,
  graceMs: GRACE_MS,
};

interface PhasedSamples {
  total: number[];
  create: number[];
  exec: number[];
  wrongOutputs: number;
}

/** Creates a VM with `create`, runs print(1) on it, and times both phases separately. */
function samplePhases(iterations: number, warmup: number, create: () => Interpreter): PhasedSamples {
  const samples: PhasedSamples = { total: [], create: [], exec: [], wrongOutputs: 0 };
  for (let i = 0; i < warmup + iterations; i++) {
    const t0 = performance.now();
    const vm = create();
    const t1 = performance.now();
    const outcome = vm.exec(CODE, LIMITS);
    const t2 = performance.now();
    vm.dispose();
    if (!outcome.ok || outcome.stdout !== EXPECTED) samples.wrongOutputs++;
    if (i < warmup) continue;
    samples.create.push(t1 - t0);
    samples.exec.push(t2 - t1);
    samples.total.push(t2 - t0);
  }
  return samples;
}

function summaryLine(label: string, s: Summary): string {
  return `${label.padEnd(46)} median ${fmtMs(s.median).padStart(6)} ms   p99 ${fmtMs(s.p99).padStart(6)} ms   (n=${s.n})`;
}

export const startupSection: BenchSection = {
  id: 'startup',
  title: 'Fresh VM start: print(1)',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const { latencyIterations: n, latencyWarmup: warmup } = ctx.options;
    const artifact = await ctx.artifact();

    ctx.progress(`startup: (a) from template image, ${n} iterations`);
    const pool = new VmPool(artifact);
    const image = pool.templateImage;
    const fromTemplate = samplePhases(n, warmup, () => new Interpreter(artifact, VM_CONFIG, image));

    ctx.progress(`startup: (b) from scratch, ${n} iterations`);
    const fromScratch = samplePhases(n, warmup, () => new Interpreter(artifact, VM_CONFIG));

    const a = summarize(fromTemplate.total);
    const b = summarize(fromScratch.total);
    const aCreate = summarize(fromTemplate.create);
    const aExec = summarize(fromTemplate.exec);
    const bCreate = summarize(fromScratch.create);

    const warnings: string[] = [];
    if (fromTemplate.wrongOutputs) warnings.push(`(a) template VM: ${fromTemplate.wrongOutputs} runs did not print ${JSON.stringify(EXPECTED)}`);
    if (fromScratch.wrongOutputs) warnings.push(`(b) scratch VM: ${fromScratch.wrongOutputs} runs did not print ${JSON.stringify(EXPECTED)}`);

    const lines = [
      summaryLine('(a) new Interpreter(template image) + exec', a),
      `      of which: create median ${fmtMs(aCreate.median)} ms, exec median ${fmtMs(aExec.median)} ms`,
      summaryLine('(b) new Interpreter(from scratch) + exec', b),
      `      of which: create (full init + prelude) median ${fmtMs(bCreate.median)} ms`,
      "(c) await run('print(1)') through the public API: see the pool section",
    ];
    if (warnings.length) lines.push('', ...loudBlock('startup: wrong outputs', warnings));

    const verdict: Verdict = {
      id: 'fresh-vm',
      target: `fresh VM + print(1) median < ${FRESH_VM_TARGET_MS} ms (template image, (a))`,
      status: fromTemplate.wrongOutputs === 0 && a.median < FRESH_VM_TARGET_MS ? 'PASS' : 'FAIL',
      measured: `median ${fmtMs(a.median)} ms, p99 ${fmtMs(a.p99)} ms`,
      ...(fromTemplate.wrongOutputs ? { detail: 'some runs printed the wrong output' } : {}),
    };

    return {
      lines,
      verdicts: [verdict],
      warnings,
      data: {
        iterations: n,
        warmup,
        vmConfig: VM_CONFIG,
        limits: LIMITS,
        fromTemplate: { total: a, create: aCreate, exec: aExec, samplesMs: fromTemplate.total },
        fromScratch: { total: b, create: bCreate, exec: summarize(fromScratch.exec), samplesMs: fromScratch.total },
      },
    };
  },
};

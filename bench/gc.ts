import { HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../src/core/limits.js';
import type { CompiledEngine } from '../src/engine/module.js';
import { Interpreter, type VmConfig } from '../src/interpreter/interpreter.js';
import { describeFailure, SPEED_LIMITS } from './engines/interpreter-engine.js';
import { fmtCount, fmtMiB, fmtMs, loudBlock, oneLine, renderTable, watchCpu } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';

/**
 * Section "gc": garbage collection during a run. Loops that allocate far more than the cap in
 * total, but keep little alive, must complete under a 32 MiB memory cap with peak linear memory
 * below it: the collector runs in the middle of the run, not only between runs.
 *
 * (The first engine also measured the same loops on a build without mid-run GC, and what mid-run
 * GC cost in speed; this engine has no such build: collection is part of the allocator.)
 */

const MiB = 1024 * 1024;
export const GC_MEMORY_CAP_BYTES = 32 * MiB;

const STRESS_VM_CONFIG: VmConfig = {
  memoryLimitBytes: GC_MEMORY_CAP_BYTES,
  heapInitialBytes: HEAP_INITIAL_BYTES,
  pystackWords: PYSTACK_WORDS,
};

interface StressProgram {
  name: string;
  /** Roughly what the loop allocates in total (the point: several times the cap), for the report. */
  allocates: string;
  source: string;
}

const STRESS_PROGRAMS: readonly StressProgram[] = [
  { name: 'str(i) x 2M', allocates: '~64 MiB (2M short strings)', source: 'for i in range(2_000_000): s = str(i)' },
  { name: 'float loop x 3M', allocates: '~96 MiB (6M boxed floats)', source: 'x = 0.0\nfor i in range(3_000_000): x = x * 0.5 + 1.5' },
  { name: "'x' * 1000 x 300k", allocates: '~300 MiB (300k 1 KiB strings)', source: "for i in range(300_000): s = 'x' * 1000" },
  {
    name: 'dicts of lists x 100k',
    allocates: '100k x (2 dicts, 3 lists, a tuple, a str)',
    source: 'for i in range(100_000):\n    d = {"a": [i, i + 1], "b": (i, str(i)), "c": {"n": i}}\n    l = [d, d["a"] * 10]',
  },
];

interface StressRun {
  program: string;
  allocates: string;
  ok: boolean;
  ms: number;
  fuelUsed: number;
  peakMemoryBytes: number;
  error?: string;
}

function runStress(engine: CompiledEngine, program: StressProgram): StressRun {
  const vm = new Interpreter(engine, STRESS_VM_CONFIG);
  try {
    const started = performance.now();
    const outcome = vm.exec(program.source, SPEED_LIMITS);
    const ms = performance.now() - started;
    return {
      program: program.name, allocates: program.allocates, ok: outcome.ok, ms, fuelUsed: outcome.fuelUsed, peakMemoryBytes: outcome.memoryBytes,
      ...(outcome.ok ? {} : { error: describeFailure(outcome) }),
    };
  } finally {
    vm.dispose();
  }
}

export const gcSection: BenchSection = {
  id: 'gc',
  title: 'Garbage collection during a run: garbage-heavy loops under a 32 MiB cap',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const cpu = watchCpu();
    const engine = await ctx.artifact();
    const runs: StressRun[] = [];
    for (const program of STRESS_PROGRAMS) {
      ctx.progress(`gc: ${program.name} under ${GC_MEMORY_CAP_BYTES / MiB} MiB`);
      runs.push(runStress(engine, program));
    }

    const failed = runs.filter((r) => !r.ok || r.peakMemoryBytes >= GC_MEMORY_CAP_BYTES);
    const peakMax = Math.max(...runs.map((r) => r.peakMemoryBytes));
    const warnings = runs.filter((r) => !r.ok).map((r) => `${r.program} FAILED under ${GC_MEMORY_CAP_BYTES / MiB} MiB: ${oneLine(r.error ?? '')}`);
    const verdict: Verdict = {
      id: 'gc-memory',
      target: `garbage-heavy loops complete under a ${GC_MEMORY_CAP_BYTES / MiB} MiB cap with peak linear memory under the cap (${runs.length} programs)`,
      status: failed.length === 0 ? 'PASS' : 'FAIL',
      measured: `${runs.filter((r) => r.ok).length}/${runs.length} ok, peak ${fmtMiB(peakMax)} MiB`,
      ...(failed.length ? { detail: failed.map((r) => `${r.program}: ${r.ok ? `peak ${fmtMiB(r.peakMemoryBytes)} MiB` : oneLine(r.error ?? '', 120)}`).join('; ') } : {}),
    };

    const lines = [
      `low-level Interpreter, memoryLimitBytes ${GC_MEMORY_CAP_BYTES / MiB} MiB (collection every cap / 8 allocated), one run each, fuel and time never bind`,
      '',
      ...renderTable(
        ['program', 'allocates in total', 'result', 'ms', 'fuel', 'peak MiB'],
        runs.map((r) => [r.program, r.allocates, r.ok ? 'ok' : 'FAIL', fmtMs(r.ms), fmtCount(r.fuelUsed), fmtMiB(r.peakMemoryBytes)]),
      ),
      '',
      'no build without mid-run GC exists for this engine (the collector is part of the allocator), so there is no with/without comparison',
    ];
    const note = cpu.note('during this section');
    if (note) lines.push(note);
    if (warnings.length) lines.push('', ...loudBlock('gc: failures', warnings));
    return {
      lines,
      verdicts: [verdict],
      warnings,
      data: { otherCpus: cpu.otherCpus() ?? null, vmConfig: STRESS_VM_CONFIG, limits: SPEED_LIMITS, capBytes: GC_MEMORY_CAP_BYTES, programs: runs },
    };
  },
};

import {
  cacheDirectory,
  compileArtifact,
  loadTransformedArtifact,
  type CompiledArtifact,
} from '../src/artifact/module-cache.js';
import { Interpreter, type ExecLimits, type VmConfig } from '../src/interpreter/interpreter.js';
import { HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../src/core/limits.js';
import { geomean, ratio } from './measure.js';
import { measureOurs, SPEED_VM_CONFIG } from './ours.js';
import type { ProgramRun } from './programs.js';
import { fmtCount, fmtMiB, fmtMs, fmtRatio, loudBlock, oneLine, renderTable, watchCpu } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';
import { selectPrograms } from './speed.js';

/**
 * Section "gc": garbage collection in the middle of a run (a build-time transform of the engine).
 *
 *  1. Garbage-heavy loops under a 32 MiB memory cap, on the product engine (target: all complete
 *     with peak linear memory under the cap) and on the same engine transformed WITHOUT mid-run
 *     GC (evidence that the transform is what makes them pass).
 *  2. What mid-run GC costs in speed: the speed programs on both builds, best-of-N, interleaved
 *     repetition by repetition, under a 256 MiB cap so the no-GC build has room to finish.
 */

/** geomean(with GC ms / without GC ms) over the speed programs must not exceed this. */
export const GC_SPEED_COST_TARGET = 1.15;

const MiB = 1024 * 1024;
export const GC_MEMORY_CAP_BYTES = 32 * MiB;

const STRESS_VM_CONFIG: VmConfig = {
  memoryLimitBytes: GC_MEMORY_CAP_BYTES,
  heapInitialBytes: HEAP_INITIAL_BYTES,
  pystackWords: PYSTACK_WORDS,
};

/** Limits that never bind on the GC build: the memory cap is the only thing under test. */
const STRESS_LIMITS: ExecLimits = {
  fuel: 1e12,
  timeoutMs: 120_000,
  stdoutBytes: MiB,
  stderrBytes: MiB,
  graceFuel: 5e6,
  graceMs: 250,
};

/**
 * The no-GC build gets this multiple of the fuel the GC build needed for the same program: a
 * program that could finish without mid-run GC fits easily (collection work is metered too, so
 * the GC build uses at least as much), and one that cannot is stopped in seconds, not minutes.
 */
const NO_GC_FUEL_FACTOR = 2;
/** Used when the GC build itself failed, so there is no fuel figure to scale. */
const NO_GC_FALLBACK_FUEL = 2e9;

interface StressProgram {
  name: string;
  source: string;
}

/** Every program loops on a module-level `i`, which the MemoryError probe prints. */
const STRESS_PROGRAMS: readonly StressProgram[] = [
  { name: 'str(i) x 2M', source: 'for i in range(2_000_000): s = str(i)' },
  { name: 'float loop x 3M', source: 'x = 0.0\nfor i in range(3_000_000): x = x * 0.5 + 1.5' },
  { name: "'x' * 1000 x 300k", source: "for i in range(300_000): s = 'x' * 1000" },
];

/**
 * The probe: the same program inside try/except MemoryError, printing how far the loop got. It
 * tells "ran out of memory" apart from "stopped by a limit for some other reason".
 */
function probeSource(source: string): string {
  const body = source.split('\n').map((line) => `    ${line}`).join('\n');
  return `try:\n${body}\nexcept MemoryError:\n    print('MemoryError at i =', i)\n`;
}

interface StressRun {
  ok: boolean;
  ms: number;
  fuelUsed: number;
  peakMemoryBytes: number;
  stdout: string;
  /** Python exception type or limit name (FuelExhausted, Timeout, ...) when not ok. */
  errorType?: string;
  error?: string;
  /** Fuel limit the run had. */
  fuelLimit: number;
}

function runStress(artifact: CompiledArtifact, source: string, limits: ExecLimits): StressRun {
  const vm = new Interpreter(artifact, STRESS_VM_CONFIG);
  try {
    const started = performance.now();
    const outcome = vm.exec(source, limits);
    const ms = performance.now() - started;
    const run: StressRun = { ok: outcome.ok, ms, fuelUsed: outcome.fuelUsed, peakMemoryBytes: outcome.memoryBytes, stdout: outcome.stdout, fuelLimit: limits.fuel };
    if (!outcome.ok) {
      run.errorType = outcome.error?.type ?? 'Error';
      run.error = `${run.errorType}: ${outcome.error?.message ?? ''}`;
    }
    return run;
  } finally {
    vm.dispose();
  }
}

interface StressRow {
  program: string;
  source: string;
  gc: StressRun;
  noGc: StressRun;
  noGcProbe: StressRun;
  /** What the probe printed about MemoryError, if it caught one. */
  probeMemoryError: string | undefined;
}

function resultCell(run: StressRun): string {
  return run.ok ? 'ok' : run.errorType ?? 'failed';
}

function probeCell(row: StressRow): string {
  if (row.probeMemoryError) return `${row.probeMemoryError} (${fmtMs(row.noGcProbe.ms)} ms)`;
  if (row.noGcProbe.ok) return 'no MemoryError';
  return resultCell(row.noGcProbe);
}

/** The product engine transformed without mid-run GC (first call transforms, ~5-10 s; then cached). */
async function loadNoGcArtifact(): Promise<CompiledArtifact> {
  const loaded = await loadTransformedArtifact(cacheDirectory(), { meterFuel: true, midRunGc: false });
  return compileArtifact(loaded);
}

interface SpeedRow {
  program: string;
  gc: ProgramRun;
  noGc: ProgramRun;
  /** gc ms / no-GC ms; NaN when either failed or the outputs differ. */
  ratio: number;
  mismatch: boolean;
}

export const gcSection: BenchSection = {
  id: 'gc',
  title: 'Garbage collection during a run: memory under a cap, and its speed cost',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const cpu = watchCpu();
    const withGc = await ctx.artifact();
    const started = performance.now();
    ctx.progress('gc: loading the engine built without mid-run GC (first time: transform, ~10 s)');
    const noGc = await loadNoGcArtifact();
    const loadMs = performance.now() - started;

    // ---- 1. garbage-heavy loops under a 32 MiB cap ----
    const stress: StressRow[] = [];
    for (const program of STRESS_PROGRAMS) {
      ctx.progress(`gc: ${program.name} under ${GC_MEMORY_CAP_BYTES / MiB} MiB, with and without mid-run GC`);
      const gc = runStress(withGc, program.source, STRESS_LIMITS);
      const noGcLimits: ExecLimits = { ...STRESS_LIMITS, fuel: gc.ok ? Math.max(1e7, gc.fuelUsed * NO_GC_FUEL_FACTOR) : NO_GC_FALLBACK_FUEL };
      const noGcRun = runStress(noGc, program.source, noGcLimits);
      const noGcProbe = runStress(noGc, probeSource(program.source), noGcLimits);
      const caught = /MemoryError at i = \d+/.exec(noGcProbe.stdout)?.[0];
      stress.push({ program: program.name, source: program.source, gc, noGc: noGcRun, noGcProbe, probeMemoryError: caught });
    }

    // ---- 2. speed cost ----
    const programs = selectPrograms(ctx.options.only);
    const reps = ctx.options.gcReps;
    ctx.progress(`gc: speed programs with vs without mid-run GC, best of ${reps}, interleaved`);
    const measured = measureOurs(programs, [{ id: 'gc', artifact: withGc }, { id: 'noGc', artifact: noGc }], reps, ctx.progress);
    const speed: SpeedRow[] = programs.map((program, index) => {
      const gc = measured.get('gc')![index]!;
      const noGcRun = measured.get('noGc')![index]!;
      const mismatch = gc.ok && noGcRun.ok && gc.stdout !== noGcRun.stdout;
      return { program: program.name, gc, noGc: noGcRun, mismatch, ratio: mismatch ? NaN : ratio(gc.ok ? gc.bestMs : undefined, noGcRun.ok ? noGcRun.bestMs : undefined) };
    });
    const ratios = speed.map((r) => r.ratio);
    const speedGeomean = ratios.every((r) => Number.isFinite(r)) ? geomean(ratios) : NaN;

    // ---- warnings ----
    const warnings: string[] = [];
    for (const row of stress) {
      if (!row.gc.ok) warnings.push(`${row.program} FAILED with mid-run GC under ${GC_MEMORY_CAP_BYTES / MiB} MiB: ${oneLine(row.gc.error ?? '')}`);
    }
    for (const row of speed) {
      if (!row.gc.ok) warnings.push(`${row.program} FAILED on the GC build: ${oneLine(row.gc.error ?? 'unknown error')}`);
      if (!row.noGc.ok) warnings.push(`${row.program} FAILED on the no-GC build: ${oneLine(row.noGc.error ?? 'unknown error')}`);
      if (row.mismatch) warnings.push(`${row.program} OUTPUT MISMATCH: GC build printed ${JSON.stringify(row.gc.stdout)}, no-GC build ${JSON.stringify(row.noGc.stdout)}`);
    }

    // ---- verdicts ----
    const allOk = stress.every((r) => r.gc.ok && r.gc.peakMemoryBytes < GC_MEMORY_CAP_BYTES);
    const peakMax = Math.max(...stress.map((r) => r.gc.peakMemoryBytes));
    const noGcOk = stress.filter((r) => r.noGc.ok).length;
    const noGcOom = stress.filter((r) => r.probeMemoryError !== undefined).length;
    const memoryVerdict: Verdict = {
      id: 'gc-memory',
      target: `garbage-heavy loops complete under a ${GC_MEMORY_CAP_BYTES / MiB} MiB cap with peak linear memory under the cap (${stress.length} programs)`,
      status: allOk ? 'PASS' : 'FAIL',
      measured: `${stress.filter((r) => r.gc.ok).length}/${stress.length} ok, peak ${fmtMiB(peakMax)} MiB; without mid-run GC: ${noGcOk}/${stress.length} ok, ${noGcOom}/${stress.length} hit MemoryError`,
      ...(allOk ? {} : { detail: stress.filter((r) => !r.gc.ok || r.gc.peakMemoryBytes >= GC_MEMORY_CAP_BYTES).map((r) => `${r.program}: ${r.gc.ok ? `peak ${fmtMiB(r.gc.peakMemoryBytes)} MiB` : oneLine(r.gc.error ?? '', 120)}`).join('; ') }),
    };
    const invalid = speed.filter((r) => !Number.isFinite(r.ratio)).map((r) => r.program);
    const over = speed.filter((r) => r.ratio > GC_SPEED_COST_TARGET).map((r) => `${r.program} ${fmtRatio(r.ratio)}`);
    const speedDetails: string[] = [];
    if (invalid.length) speedDetails.push(`not comparable (failed or different output): ${invalid.join(', ')}`);
    if (over.length) speedDetails.push(`over ${GC_SPEED_COST_TARGET}x on: ${over.join(', ')}`);
    const speedVerdict: Verdict = {
      id: 'gc-speed-cost',
      target: `mid-run GC costs <= ${Math.round((GC_SPEED_COST_TARGET - 1) * 100)}% speed (geomean with-GC ms / without-GC ms <= ${GC_SPEED_COST_TARGET})`,
      status: Number.isFinite(speedGeomean) && speedGeomean <= GC_SPEED_COST_TARGET ? 'PASS' : 'FAIL',
      measured: `geomean ${fmtRatio(speedGeomean)} over ${speed.length} programs (best of ${reps})`,
      ...(speedDetails.length ? { detail: speedDetails.join('; ') } : {}),
    };

    // ---- lines ----
    const stressTable = renderTable(
      ['program', 'GC', 'ms', 'fuel', 'peak MiB', 'no GC', 'ms', 'fuel', 'peak MiB', 'no-GC MemoryError probe'],
      stress.map((r) => [
        r.program,
        resultCell(r.gc), fmtMs(r.gc.ms), fmtCount(r.gc.fuelUsed), fmtMiB(r.gc.peakMemoryBytes),
        resultCell(r.noGc), fmtMs(r.noGc.ms), fmtCount(r.noGc.fuelUsed), fmtMiB(r.noGc.peakMemoryBytes),
        probeCell(r),
      ]),
    );
    // The no-GC build raised MemoryError (the probe caught it) but the bare program did not end
    // with it: the uncaught MemoryError kept the VM busy until a limit stopped it.
    const spun = stress.filter((r) => r.probeMemoryError && !r.noGc.ok && r.noGc.errorType !== 'MemoryError');
    const speedTable = renderTable(
      ['program', 'GC ms', 'no-GC ms', 'GC/no-GC', 'GC peak MiB', 'no-GC peak MiB'],
      [
        ...speed.map((r) => [
          r.program + (r.mismatch ? ' (!)' : ''),
          r.gc.ok ? fmtMs(r.gc.bestMs) : 'FAIL',
          r.noGc.ok ? fmtMs(r.noGc.bestMs) : 'FAIL',
          fmtRatio(r.ratio),
          fmtMiB(r.gc.peakMemoryBytes),
          fmtMiB(r.noGc.peakMemoryBytes),
        ]),
        ['geomean', '', '', fmtRatio(speedGeomean), '', ''],
      ],
      [speed.length],
    );
    const lines = [
      `1. garbage-heavy loops, memoryLimitBytes ${GC_MEMORY_CAP_BYTES / MiB} MiB, low-level Interpreter, one run each`,
      `   GC = product engine (mid-run GC); no GC = same engine transformed with midRunGc: false`,
      `   limits: GC build fuel 1e12, timeout ${STRESS_LIMITS.timeoutMs / 1000} s (never bind);`,
      `   no-GC build: ${NO_GC_FUEL_FACTOR}x the fuel the GC build needed (a program that fits without GC has room)`,
      `   probe = the same program inside try/except MemoryError on the no-GC build, printing the loop index`,
      '',
      ...stressTable,
    ];
    if (spun.length) {
      lines.push(
        '',
        `   observed: on the no-GC build the uncaught MemoryError did not end the run (${spun.map((r) => r.program).join(', ')}):`,
        `   the VM kept running until ${[...new Set(spun.map((r) => r.noGc.errorType))].join(' / ')} stopped it (the probe shows MemoryError was raised)`,
      );
    }
    lines.push(
      '',
      `2. speed cost of mid-run GC: speed programs, best of ${reps}, builds interleaved rep by rep, ${SPEED_VM_CONFIG.memoryLimitBytes / MiB} MiB cap`,
      '',
      ...speedTable,
      '',
      `geomean GC/no-GC ${fmtRatio(speedGeomean)} (target <= ${GC_SPEED_COST_TARGET}x)`,
    );
    const note = cpu.note('during this section');
    if (note) lines.push(note);
    if (warnings.length) lines.push('', ...loudBlock('gc: failures / output mismatches', warnings));

    return {
      lines,
      verdicts: [memoryVerdict, speedVerdict],
      warnings,
      data: {
        noGcArtifactLoadMs: loadMs,
        otherCpus: cpu.otherCpus() ?? null,
        stress: {
          vmConfig: STRESS_VM_CONFIG,
          gcLimits: STRESS_LIMITS,
          noGcFuelFactor: NO_GC_FUEL_FACTOR,
          programs: stress,
        },
        speed: {
          reps,
          vmConfig: SPEED_VM_CONFIG,
          programs: speed,
          geomeanGcOverNoGc: speedGeomean,
        },
      },
    };
  },
};

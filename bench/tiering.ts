import { fileURLToPath } from 'node:url';
import { ChildFailure, runJsonChild } from './child.js';
import { quantile } from './measure.js';
import { SPEED_PROGRAMS } from './programs/index.js';
import { fmtMs, fmtRatio, loudBlock, oneLine, renderTable, watchCpu } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';
import type { TieringRequest, TieringResponse } from './tiering-child.js';

/**
 * Section "tiering": does V8 make the first run of a CPU-bound program in a fresh process much
 * slower than later runs? V8 compiles wasm with its baseline compiler (Liftoff) first and tiers
 * hot functions up to TurboFan later; a function already running (the interpreter loop) keeps
 * its baseline code until it returns. Each measurement is a child process that has run nothing
 * before (tiering-child.ts), running one program `RUNS` times; we compare the first run with the
 * last. Both paths (public API on a worker, Interpreter on the thread), a loop-heavy and a
 * call-heavy program, and three V8 configurations, so the engine engineer can pick a fix from the
 * numbers: the default, `--no-liftoff` (everything compiled by TurboFan up front) and
 * `--no-wasm-dynamic-tiering` (Liftoff, then every function tiered up in the background at once).
 * Medians over `tieringProcesses` fresh processes per cell.
 */

const CHILD = fileURLToPath(new URL('./tiering-child.js', import.meta.url));
const RUNS = 5;
const PROGRAMS = ['loop', 'calls'] as const;
const MODES = ['api', 'interpreter'] as const;

/** "Several times slower" made a number: the first run may take at most this multiple of the last. */
export const FIRST_RUN_RATIO_TARGET = 2;

interface FlagSet {
  id: string;
  flags: readonly string[];
}

const FLAG_SETS: readonly FlagSet[] = [
  { id: 'default', flags: [] },
  { id: '--no-liftoff', flags: ['--no-liftoff'] },
  { id: '--no-wasm-dynamic-tiering', flags: ['--no-wasm-dynamic-tiering'] },
];

interface Cell {
  program: string;
  mode: (typeof MODES)[number];
  flags: string;
  processes: TieringResponse[];
  failures: string[];
  /** Medians over the processes. */
  startMs: number;
  firstMs: number;
  secondMs: number;
  lastMs: number;
  /** Median of each process's first / last. */
  firstOverLast: number;
  worstFirstOverLast: number;
}

const median = (values: readonly number[]): number => quantile([...values].sort((a, b) => a - b), 0.5);

async function measureCell(program: string, mode: Cell['mode'], flagSet: FlagSet, processes: number): Promise<Cell> {
  const source = SPEED_PROGRAMS.find((p) => p.name === program)!.source;
  const responses: TieringResponse[] = [];
  const failures: string[] = [];
  for (let i = 0; i < processes; i++) {
    const input: TieringRequest = { mode, source, runs: RUNS };
    try {
      const response = await runJsonChild<TieringResponse>({ command: process.execPath, args: [...flagSet.flags, CHILD], input, timeoutMs: 300_000 });
      if (response.error) failures.push(response.error);
      else responses.push(response);
    } catch (error) {
      failures.push(error instanceof ChildFailure ? error.message : String(error));
    }
  }
  const ratios = responses.map((r) => r.runsMs[0]! / r.runsMs[RUNS - 1]!);
  return {
    program, mode, flags: flagSet.id, processes: responses, failures,
    startMs: median(responses.map((r) => r.startMs)),
    firstMs: median(responses.map((r) => r.runsMs[0]!)),
    secondMs: median(responses.map((r) => r.runsMs[1]!)),
    lastMs: median(responses.map((r) => r.runsMs[RUNS - 1]!)),
    firstOverLast: median(ratios),
    worstFirstOverLast: ratios.length ? Math.max(...ratios) : NaN,
  };
}

export const tieringSection: BenchSection = {
  id: 'tiering',
  title: 'V8 tiering: the first run of a CPU-bound program in a fresh process vs later runs',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const cpu = watchCpu();
    const processes = ctx.options.tieringProcesses;
    const cells: Cell[] = [];
    for (const flagSet of FLAG_SETS) {
      for (const mode of MODES) {
        for (const program of PROGRAMS) {
          ctx.progress(`tiering: ${program} via ${mode}, node ${flagSet.id}, ${processes} fresh process(es)`);
          cells.push(await measureCell(program, mode, flagSet, processes));
        }
      }
    }

    const warnings = cells.flatMap((c) => c.failures.map((f) => `${c.program} via ${c.mode} (${c.flags}): ${oneLine(f, 200)}`));
    const defaults = cells.filter((c) => c.flags === 'default');
    const judged = defaults.filter((c) => Number.isFinite(c.firstOverLast));
    const worst = [...judged].sort((a, b) => b.firstOverLast - a.firstOverLast)[0];
    const verdict: Verdict = {
      id: 'first-run-tiering',
      issue: 11,
      target: `the first run in a fresh process is not several times slower than later runs (run 1 / run ${RUNS} <= ${FIRST_RUN_RATIO_TARGET}, default node flags, median of ${processes} process(es))`,
      status: judged.length === defaults.length && judged.every((c) => c.firstOverLast <= FIRST_RUN_RATIO_TARGET) ? 'PASS' : 'FAIL',
      measured: defaults.map((c) => `${c.program}/${c.mode} ${fmtRatio(c.firstOverLast)}`).join(', '),
      ...(worst ? { detail: `worst ${worst.program} via ${worst.mode}: run 1 ${fmtMs(worst.firstMs)} ms, run ${RUNS} ${fmtMs(worst.lastMs)} ms` } : {}),
    };

    const lines = [
      `each cell: fresh node process(es) running one program ${RUNS} times; times are medians over ${processes} process(es)`,
      `api = await run(program) on the default pool (start = the first run('pass'): pool, worker, module); interpreter = Interpreter.exec on the thread, fresh VM (start = compiling the module)`,
      '',
      ...renderTable(
        ['program', 'path', 'node flags', 'start ms', 'run 1 ms', 'run 2 ms', `run ${RUNS} ms`, `run 1 / run ${RUNS}`, 'worst process'],
        cells.map((c) => [c.program, c.mode, c.flags, fmtMs(c.startMs), fmtMs(c.firstMs), fmtMs(c.secondMs), fmtMs(c.lastMs), fmtRatio(c.firstOverLast), fmtRatio(c.worstFirstOverLast)]),
      ),
    ];
    const note = cpu.note('during this section');
    if (note) lines.push(note);
    if (warnings.length) lines.push('', ...loudBlock('tiering: failures', warnings));
    return {
      lines,
      verdicts: [verdict],
      warnings,
      data: {
        runs: RUNS, processes, otherCpus: cpu.otherCpus() ?? null,
        cells: cells.map((c) => ({ ...c, processes: c.processes.map((p) => ({ startMs: p.startMs, runsMs: p.runsMs, innerMs: p.innerMs ?? null })) })),
      },
    };
  },
};

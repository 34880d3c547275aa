import { findCPython, measureCPython } from './cpython.js';
import { measureGlue } from './glue.js';
import { geomean, ratio } from './measure.js';
import { loadUnmeteredArtifact, measureOurs, SPEED_LIMITS, SPEED_VM_CONFIG } from './ours.js';
import { SPEED_PROGRAMS, type ProgramRun, type SpeedProgram } from './programs.js';
import { fmtCount, fmtMiB, fmtMs, fmtRatio, loudBlock, oneLine, renderTable } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';

/**
 * Section "speed": the Python programs on four engines in the same run (ours, ours without fuel
 * metering, the official glue, CPython), the outputs cross-checked, and the ratios the speed
 * targets are stated in.
 */

/** glue_ms / ours_ms must reach this on every program. */
export const GLUE_SPEEDUP_TARGET = 4;
/** geomean of ours_ms / cpython_ms must not exceed this. */
export const CPYTHON_RATIO_TARGET = 2;

type EngineId = 'ours' | 'noFuel' | 'glue' | 'cpython';
const ENGINES: readonly EngineId[] = ['ours', 'noFuel', 'glue', 'cpython'];

interface ProgramRow {
  program: string;
  about: string;
  runs: Partial<Record<EngineId, ProgramRun>>;
  /** Engines whose output differs from the reference output. */
  mismatched: EngineId[];
  /** Engine whose output was taken as the reference ('cpython' when it ran). */
  reference: EngineId | undefined;
  glueOverOurs: number;
  oursOverCPython: number;
  fuelOverhead: number;
}

export function selectPrograms(only: readonly string[] | undefined): SpeedProgram[] {
  if (!only) return [...SPEED_PROGRAMS];
  const unknown = only.filter((name) => !SPEED_PROGRAMS.some((p) => p.name === name));
  if (unknown.length) {
    throw new Error(`unknown program(s): ${unknown.join(', ')}; known: ${SPEED_PROGRAMS.map((p) => p.name).join(', ')}`);
  }
  return SPEED_PROGRAMS.filter((p) => only.includes(p.name));
}

/** A run counts for a ratio only if it succeeded and printed the reference output. */
function usable(row: ProgramRow, engine: EngineId): number | undefined {
  const run = row.runs[engine];
  if (!run?.ok || row.mismatched.includes(engine)) return undefined;
  return run.bestMs;
}

function buildRow(program: SpeedProgram, runs: Partial<Record<EngineId, ProgramRun>>): ProgramRow {
  // CPython is the reference for "correct output"; without it, our own metered engine is.
  const reference = (['cpython', 'ours', 'noFuel', 'glue'] as const).find((e) => runs[e]?.ok);
  const expected = reference ? runs[reference]!.stdout : undefined;
  const mismatched = ENGINES.filter((e) => runs[e]?.ok && expected !== undefined && runs[e]!.stdout !== expected);
  const row: ProgramRow = {
    program: program.name, about: program.about, runs, mismatched, reference,
    glueOverOurs: NaN, oursOverCPython: NaN, fuelOverhead: NaN,
  };
  row.glueOverOurs = ratio(usable(row, 'glue'), usable(row, 'ours'));
  row.oursOverCPython = ratio(usable(row, 'ours'), usable(row, 'cpython'));
  row.fuelOverhead = ratio(usable(row, 'ours'), usable(row, 'noFuel'));
  return row;
}

/** A time cell: the number, FAIL for a failed run, a trailing ! for a wrong output. */
function timeCell(row: ProgramRow, engine: EngineId, measured: boolean): string {
  const run = row.runs[engine];
  if (!measured || !run) return 'n/a';
  if (!run.ok) return 'FAIL';
  return fmtMs(run.bestMs) + (row.mismatched.includes(engine) ? '!' : '');
}

function geomeanOf(rows: readonly ProgramRow[], pick: (row: ProgramRow) => number): number {
  const values = rows.map(pick).filter((v) => Number.isFinite(v));
  return values.length === rows.length ? geomean(values) : NaN;
}

function glueVerdict(rows: readonly ProgramRow[], measured: boolean): Verdict {
  const target = `ours >= ${GLUE_SPEEDUP_TARGET}x faster than the official glue on every program (glue_ms / ours_ms)`;
  if (!measured) return { id: 'glue-speedup', target, status: 'N/A', measured: 'glue not measured (--no-glue)' };
  const invalid = rows.filter((r) => !Number.isFinite(r.glueOverOurs)).map((r) => r.program);
  const below = rows.filter((r) => r.glueOverOurs < GLUE_SPEEDUP_TARGET);
  const worst = rows.filter((r) => Number.isFinite(r.glueOverOurs)).sort((a, b) => a.glueOverOurs - b.glueOverOurs)[0];
  const measuredText = worst
    ? `min ${fmtRatio(worst.glueOverOurs)} (${worst.program}), geomean ${fmtRatio(geomeanOf(rows, (r) => r.glueOverOurs))}`
    : 'no comparable program';
  const details: string[] = [];
  if (below.length) details.push(`below ${GLUE_SPEEDUP_TARGET}x on ${below.length}/${rows.length}: ${below.map((r) => `${r.program} ${fmtRatio(r.glueOverOurs)}`).join(', ')}`);
  if (invalid.length) details.push(`not comparable (failed or wrong output): ${invalid.join(', ')}`);
  return {
    id: 'glue-speedup', target, measured: measuredText,
    status: below.length === 0 && invalid.length === 0 ? 'PASS' : 'FAIL',
    ...(details.length ? { detail: details.join('; ') } : {}),
  };
}

function cpythonVerdict(rows: readonly ProgramRow[], version: string | undefined): Verdict {
  const target = `ours within ${CPYTHON_RATIO_TARGET}x of CPython on the geomean (geomean ours_ms / cpython_ms <= ${CPYTHON_RATIO_TARGET})`;
  if (!version) return { id: 'cpython-ratio', target, status: 'N/A', measured: 'python3 not available' };
  const invalid = rows.filter((r) => !Number.isFinite(r.oursOverCPython)).map((r) => r.program);
  if (invalid.length) {
    return { id: 'cpython-ratio', target, status: 'FAIL', measured: 'geomean n/a', detail: `not comparable (failed or wrong output): ${invalid.join(', ')}` };
  }
  const value = geomeanOf(rows, (r) => r.oursOverCPython);
  const over = rows.filter((r) => r.oursOverCPython > CPYTHON_RATIO_TARGET).map((r) => `${r.program} ${fmtRatio(r.oursOverCPython)}`);
  return {
    id: 'cpython-ratio', target, measured: `geomean ${fmtRatio(value)} (CPython ${version})`,
    status: value <= CPYTHON_RATIO_TARGET ? 'PASS' : 'FAIL',
    ...(over.length ? { detail: `over ${CPYTHON_RATIO_TARGET}x on: ${over.join(', ')}` } : {}),
  };
}

function problems(rows: readonly ProgramRow[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    for (const engine of ENGINES) {
      const run = row.runs[engine];
      if (run && !run.ok) lines.push(`${row.program} FAILED on ${engine}: ${oneLine(run.error ?? 'unknown error')}`);
    }
    if (row.mismatched.length) {
      const expected = row.runs[row.reference!]!.stdout;
      lines.push(`${row.program} OUTPUT MISMATCH: ${row.reference} printed ${JSON.stringify(expected)}`);
      for (const engine of row.mismatched) lines.push(`    but ${engine} printed ${JSON.stringify(row.runs[engine]!.stdout)}`);
    }
  }
  return lines;
}

export const speedSection: BenchSection = {
  id: 'speed',
  title: 'Python speed programs: ours vs the official glue vs CPython',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const { options } = ctx;
    const programs = selectPrograms(options.only);

    ctx.progress(`speed: ours and ours-without-fuel, best of ${options.reps}, interleaved`);
    const metered = await ctx.artifact();
    const unmetered = await loadUnmeteredArtifact();
    const ours = measureOurs(programs, [{ id: 'ours', artifact: metered }, { id: 'noFuel', artifact: unmetered }], options.reps, ctx.progress);

    let glueVersion: string | undefined;
    let glueRuns: ProgramRun[] = [];
    if (options.glue) {
      ctx.progress(`speed: official glue (child process per program), best of ${options.glueReps}`);
      const glue = await measureGlue(programs, options.glueReps, options.programTimeoutMs, ctx.progress);
      glueVersion = glue.version;
      glueRuns = glue.runs;
    }

    const cpythonVersion = options.cpython ? findCPython() : undefined;
    let cpythonRuns: ProgramRun[] = [];
    if (cpythonVersion) {
      ctx.progress(`speed: CPython ${cpythonVersion}, best of ${options.reps}`);
      cpythonRuns = await measureCPython(programs, options.reps, options.programTimeoutMs, ctx.progress);
    }

    const rows = programs.map((program, index) => {
      const runs: Partial<Record<EngineId, ProgramRun>> = {
        ours: ours.get('ours')![index]!,
        noFuel: ours.get('noFuel')![index]!,
      };
      if (glueRuns[index]) runs.glue = glueRuns[index];
      if (cpythonRuns[index]) runs.cpython = cpythonRuns[index];
      return buildRow(program, runs);
    });

    const measuredGlue = options.glue;
    const measuredCPython = cpythonVersion !== undefined;
    const headers = ['program', 'ours ms', 'no-fuel ms', 'glue ms', 'cpython ms', 'glue/ours', 'ours/cpython', 'fuel overhead', 'fuelUsed', 'peak MiB'];
    const body = rows.map((row) => [
      row.program + (row.mismatched.length ? ' (!)' : ''),
      timeCell(row, 'ours', true),
      timeCell(row, 'noFuel', true),
      timeCell(row, 'glue', measuredGlue),
      timeCell(row, 'cpython', measuredCPython),
      fmtRatio(row.glueOverOurs),
      fmtRatio(row.oursOverCPython),
      fmtRatio(row.fuelOverhead),
      fmtCount(row.runs.ours?.fuelUsed),
      fmtMiB(row.runs.ours?.peakMemoryBytes),
    ]);
    const timeGeomean = (engine: EngineId): number => geomeanOf(rows, (r) => (r.runs[engine]?.ok ? r.runs[engine]!.bestMs : NaN));
    const geo = {
      oursMs: timeGeomean('ours'),
      noFuelMs: timeGeomean('noFuel'),
      glueMs: timeGeomean('glue'),
      cpythonMs: timeGeomean('cpython'),
      glueOverOurs: geomeanOf(rows, (r) => r.glueOverOurs),
      oursOverCPython: geomeanOf(rows, (r) => r.oursOverCPython),
      fuelOverhead: geomeanOf(rows, (r) => r.fuelOverhead),
    };
    body.push([
      'geomean', fmtMs(geo.oursMs), fmtMs(geo.noFuelMs), fmtMs(geo.glueMs), fmtMs(geo.cpythonMs),
      fmtRatio(geo.glueOverOurs), fmtRatio(geo.oursOverCPython), fmtRatio(geo.fuelOverhead), '', '',
    ]);

    const warnings = problems(rows);
    const lines = [
      `best of ${options.reps} (glue: ${options.glueReps}); ours = metered module via the synchronous Interpreter (fresh VM per run);`,
      `glue = ${'@micropython/micropython-webassembly-pyscript'}@${glueVersion ?? 'n/a'} in a child process; cpython = ${cpythonVersion ?? 'n/a'}`,
      '',
      ...renderTable(headers, body, [rows.length]),
      '',
      `geomeans: glue/ours ${fmtRatio(geo.glueOverOurs)}, ours/cpython ${fmtRatio(geo.oursOverCPython)}, fuel overhead ${fmtRatio(geo.fuelOverhead)}`,
      `outputs: ${warnings.some((w) => w.includes('MISMATCH')) ? 'MISMATCH (see below)' : 'identical on every engine that ran'}` +
        (rows.some((r) => r.mismatched.length) ? '; (!) marks a program whose outputs differ' : ''),
    ];
    if (warnings.length) lines.push('', ...loudBlock('speed: failures / output mismatches', warnings));

    return {
      lines,
      verdicts: [glueVerdict(rows, measuredGlue), cpythonVerdict(rows, cpythonVersion)],
      warnings,
      data: {
        reps: options.reps,
        glueReps: options.glueReps,
        engines: { glueVersion: glueVersion ?? null, cpythonVersion: cpythonVersion ?? null, oursVmConfig: SPEED_VM_CONFIG, oursLimits: SPEED_LIMITS },
        programs: rows.map((row) => ({
          name: row.program,
          about: row.about,
          source: programs.find((p) => p.name === row.program)!.source,
          reference: row.reference ?? null,
          mismatched: row.mismatched,
          glueOverOurs: row.glueOverOurs,
          oursOverCPython: row.oursOverCPython,
          fuelOverhead: row.fuelOverhead,
          runs: row.runs,
        })),
        geomean: geo,
      },
    };
  },
};

import { quantile } from '../measure.js';
import { fmtCount, fmtMiB, fmtMs, fmtRatio, oneLine, renderTable } from '../report.js';
import { ENGINE_IDS, type EngineId } from '../engines/types.js';
import type { ProgramRow, RatioGeomeans } from './rows.js';
import { timeGeomeans } from './rows.js';

/** The speed section's table and its problem lists. Formatting only. */

const SHORT: Record<EngineId, string> = { ours: 'ours', baseline: 'prev', native: 'native', glue: 'glue', cpython: 'cpython' };

/** A time cell: the number, FAIL for a failed run, a trailing ! for a wrong output, n/a when not run. */
function timeCell(row: ProgramRow, engine: EngineId): string {
  const run = row.runs[engine];
  if (!run) return 'n/a';
  if (!run.ok) return 'FAIL';
  return fmtMs(run.bestMs) + (row.mismatched.includes(engine) ? '!' : '');
}

function geoCell(g: { value: number; count: number; of: number } | undefined): string {
  if (!g || !Number.isFinite(g.value)) return 'n/a';
  return g.count === g.of ? fmtRatio(g.value) : `${fmtRatio(g.value)} (${g.count})`;
}

function timeGeoCell(g: { value: number; count: number; of: number } | undefined): string {
  if (!g || !Number.isFinite(g.value)) return 'n/a';
  return g.count === g.of ? fmtMs(g.value) : `${fmtMs(g.value)} (${g.count})`;
}

export function speedTable(rows: readonly ProgramRow[], engines: readonly EngineId[], geo: RatioGeomeans): string[] {
  const shown = ENGINE_IDS.filter((e) => engines.includes(e));
  const headers = [
    'program', ...shown.map((e) => `${SHORT[e]} ms`),
    'ours/cpython', 'glue/ours', 'ours/native', 'ours/prev', 'fuel', 'peak MiB',
  ];
  const body = rows.map((row) => [
    row.program + (row.mismatched.length ? ' (!)' : ''),
    ...shown.map((e) => timeCell(row, e)),
    fmtRatio(row.ratios.oursOverCPython),
    fmtRatio(row.ratios.glueOverOurs),
    fmtRatio(row.ratios.oursOverNative),
    fmtRatio(row.ratios.oursOverBaseline),
    fmtCount(row.runs.ours?.fuelUsed) + (row.fuelDeterministic === false ? '~' : ''),
    fmtMiB(row.runs.ours?.peakMemoryBytes),
  ]);
  const times = timeGeomeans(rows);
  body.push([
    'geomean',
    ...shown.map((e) => timeGeoCell(times[e])),
    geoCell(geo.oursOverCPython), geoCell(geo.glueOverOurs), geoCell(geo.oursOverNative), geoCell(geo.oursOverBaseline), '', '',
  ]);
  return renderTable(headers, body, [rows.length]);
}

/** Ours failing or any engine printing a different output: loud, the numbers are not comparable. */
export function speedProblems(rows: readonly ProgramRow[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const ours = row.runs.ours;
    if (ours && !ours.ok) lines.push(`${row.program} FAILED on ours: ${oneLine(ours.error ?? 'unknown error')}`);
    if (row.runs.cpython && !row.runs.cpython.ok) lines.push(`${row.program} FAILED on cpython: ${oneLine(row.runs.cpython.error ?? 'unknown error')}`);
    if (row.mismatched.length) {
      lines.push(`${row.program} OUTPUT MISMATCH: ${row.reference} printed ${JSON.stringify(row.runs[row.reference!]!.stdout)}`);
      for (const engine of row.mismatched) lines.push(`    but ${engine} printed ${JSON.stringify(row.runs[engine]!.stdout)}`);
    }
    if (row.fuelDeterministic === false) lines.push(`${row.program}: ours used different fuel on different repetitions: ${row.runs.ours?.fuelSamples?.join(', ')}`);
  }
  return lines;
}

/** Programs a reference engine (previous engine, native, glue) could not run, and why. */
export function referenceFailures(rows: readonly ProgramRow[]): string[] {
  const lines: string[] = [];
  for (const engine of ['baseline', 'native', 'glue'] as const) {
    for (const row of rows) {
      const run = row.runs[engine];
      if (run && !run.ok) lines.push(`${row.program} on ${SHORT[engine]}: ${oneLine(lastLine(run.error ?? 'unknown error'), 160)}`);
    }
  }
  return lines;
}

/** The last line of a traceback is the exception; the rest is frames. */
function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? text;
}

/** Median / best of a run's samples: how much the repetitions of one engine disagreed. */
function spread(samples: readonly number[]): number {
  if (samples.length < 2) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return quantile(sorted, 0.5) / sorted[0]!;
}

/**
 * One line per in-process engine on how noisy its repetitions were: a ratio that misses a target
 * by less than this spread may be noise (re-run, or use more --reps on a quieter machine).
 */
export function spreadLines(rows: readonly ProgramRow[], engines: readonly EngineId[]): string[] {
  const lines: string[] = [];
  for (const engine of engines.filter((e) => e === 'ours' || e === 'baseline')) {
    const values = rows.map((r) => ({ program: r.program, value: spread(r.runs[engine]?.ok ? r.runs[engine]!.samplesMs : []) }))
      .filter((v) => Number.isFinite(v.value));
    if (!values.length) continue;
    const worst = values.reduce((a, b) => (b.value > a.value ? b : a));
    const typical = quantile(values.map((v) => v.value).sort((a, b) => a - b), 0.5);
    lines.push(`repetition spread (median / best) on ${SHORT[engine]}: typically ${fmtRatio(typical)}, at most ${fmtRatio(worst.value)} (${worst.program})`);
  }
  return lines;
}

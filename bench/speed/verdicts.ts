import { fmtRatio } from '../report.js';
import type { Verdict } from '../section.js';
import type { EngineId } from '../engines/types.js';
import { geomeanOver, type ProgramRow, type Ratios } from './rows.js';

/** The speed targets of issue 11, judged on one run's rows. */

/** geomean of ours_ms / cpython_ms must not exceed this. */
export const CPYTHON_RATIO_TARGET = 3.0;
/** glue_ms / ours_ms must reach this on every program. */
export const GLUE_SPEEDUP_TARGET = 2;
/** ours_ms / baseline_ms must not exceed this on any program. */
export const BASELINE_SLOWDOWN_LIMIT = 1.1;
/** ours_ms / cpython_ms on the programs tagged c-exceptions must not exceed this. */
export const C_EXCEPTIONS_TARGET = 4;

const list = (rows: readonly ProgramRow[], key: keyof Ratios): string =>
  rows.map((r) => `${r.program} ${fmtRatio(r.ratios[key])}`).join(', ');

/** Programs where ours itself failed or printed a wrong output: no target about ours can pass. */
function oursBroken(rows: readonly ProgramRow[]): ProgramRow[] {
  return rows.filter((r) => !r.runs.ours?.ok || r.mismatched.includes('ours'));
}

/** Why `engine` has no usable time on a row: failed (and how), or printed something else. */
function unusable(rows: readonly ProgramRow[], engine: EngineId): ProgramRow[] {
  return rows.filter((r) => !r.runs[engine]?.ok || r.mismatched.includes(engine));
}

export function cpythonVerdict(rows: readonly ProgramRow[], measured: boolean): Verdict {
  const target = `ours within ${CPYTHON_RATIO_TARGET}x of CPython on the geomean of ${rows.length} programs (ours_ms / cpython_ms)`;
  if (!measured) return { id: 'cpython-ratio', target, status: 'N/A', measured: 'python3 not available (or --no-cpython)' };
  const g = geomeanOver(rows, (r) => r.ratios.oursOverCPython);
  const invalid = rows.filter((r) => !Number.isFinite(r.ratios.oursOverCPython));
  const worst = [...rows].filter((r) => Number.isFinite(r.ratios.oursOverCPython))
    .sort((a, b) => b.ratios.oursOverCPython - a.ratios.oursOverCPython).slice(0, 3);
  const details = [`worst: ${list(worst, 'oursOverCPython')}`];
  if (invalid.length) details.unshift(`not comparable (failed or wrong output): ${invalid.map((r) => r.program).join(', ')}`);
  return {
    id: 'cpython-ratio', target,
    status: invalid.length === 0 && g.value <= CPYTHON_RATIO_TARGET ? 'PASS' : 'FAIL',
    measured: `geomean ${fmtRatio(g.value)} over ${g.count}/${g.of}`,
    detail: details.join('; '),
  };
}

export function glueVerdict(rows: readonly ProgramRow[], measured: boolean): Verdict {
  const target = `ours >= ${GLUE_SPEEDUP_TARGET}x faster than the official glue on every program it runs (glue_ms / ours_ms)`;
  if (!measured) return { id: 'glue-speedup', target, status: 'N/A', measured: 'glue not measured (--no-glue or not installed)' };
  const broken = oursBroken(rows);
  const glueCannot = unusable(rows, 'glue').filter((r) => !broken.includes(r));
  const judged = rows.filter((r) => Number.isFinite(r.ratios.glueOverOurs));
  const below = judged.filter((r) => r.ratios.glueOverOurs < GLUE_SPEEDUP_TARGET);
  const worst = [...judged].sort((a, b) => a.ratios.glueOverOurs - b.ratios.glueOverOurs)[0];
  const g = geomeanOver(rows, (r) => r.ratios.glueOverOurs);
  const details: string[] = [];
  if (below.length) details.push(`below ${GLUE_SPEEDUP_TARGET}x on ${below.length}: ${list(below, 'glueOverOurs')}`);
  if (broken.length) details.push(`ours failed or printed a wrong output: ${broken.map((r) => r.program).join(', ')}`);
  if (glueCannot.length) details.push(`not judged, the glue cannot run them: ${glueCannot.map((r) => r.program).join(', ')}`);
  return {
    id: 'glue-speedup', target,
    status: below.length === 0 && broken.length === 0 && judged.length > 0 ? 'PASS' : 'FAIL',
    measured: worst ? `min ${fmtRatio(worst.ratios.glueOverOurs)} (${worst.program}), geomean ${fmtRatio(g.value)} over ${g.count}/${g.of}` : 'no comparable program',
    ...(details.length ? { detail: details.join('; ') } : {}),
  };
}

export function baselineVerdict(rows: readonly ProgramRow[], measured: boolean): Verdict {
  const target = `no program slower than the previous engine by more than ${Math.round((BASELINE_SLOWDOWN_LIMIT - 1) * 100)}% (ours_ms / baseline_ms <= ${BASELINE_SLOWDOWN_LIMIT})`;
  if (!measured) return { id: 'baseline-regression', target, status: 'N/A', measured: 'no --baseline <dir> given' };
  const broken = oursBroken(rows);
  const baselineCannot = unusable(rows, 'baseline').filter((r) => !broken.includes(r));
  const judged = rows.filter((r) => Number.isFinite(r.ratios.oursOverBaseline));
  const over = judged.filter((r) => r.ratios.oursOverBaseline > BASELINE_SLOWDOWN_LIMIT);
  const worst = [...judged].sort((a, b) => b.ratios.oursOverBaseline - a.ratios.oursOverBaseline)[0];
  const g = geomeanOver(rows, (r) => r.ratios.oursOverBaseline);
  const details: string[] = [];
  if (over.length) details.push(`slower by more than ${Math.round((BASELINE_SLOWDOWN_LIMIT - 1) * 100)}% on ${over.length}: ${list(over, 'oursOverBaseline')}`);
  if (broken.length) details.push(`ours failed or printed a wrong output: ${broken.map((r) => r.program).join(', ')}`);
  if (baselineCannot.length) details.push(`not judged, the previous engine cannot run them: ${baselineCannot.map((r) => r.program).join(', ')}`);
  return {
    id: 'baseline-regression', target,
    status: over.length === 0 && broken.length === 0 && judged.length > 0 ? 'PASS' : 'FAIL',
    measured: worst ? `worst ${fmtRatio(worst.ratios.oursOverBaseline)} (${worst.program}), geomean ${fmtRatio(g.value)} over ${g.count}/${g.of}` : 'no comparable program',
    ...(details.length ? { detail: details.join('; ') } : {}),
  };
}

export function cExceptionsVerdict(rows: readonly ProgramRow[], measured: boolean): Verdict {
  const tagged = rows.filter((r) => r.tags.includes('c-exceptions'));
  const target = `exceptions raised from C and caught in Python within ${C_EXCEPTIONS_TARGET}x of CPython (ours_ms / cpython_ms)`;
  if (!measured) return { id: 'c-exceptions', target, status: 'N/A', measured: 'python3 not available (or --no-cpython)' };
  if (!tagged.length) return { id: 'c-exceptions', target, status: 'N/A', measured: 'no c-exceptions program selected (--only)' };
  const invalid = tagged.filter((r) => !Number.isFinite(r.ratios.oursOverCPython));
  const over = tagged.filter((r) => r.ratios.oursOverCPython > C_EXCEPTIONS_TARGET);
  const native = tagged.filter((r) => r.runs.native?.ok && r.runs.cpython?.ok)
    .map((r) => `${r.program}: native/cpython ${fmtRatio(r.runs.native!.bestMs / r.runs.cpython!.bestMs)}`);
  return {
    id: 'c-exceptions', target,
    status: invalid.length === 0 && over.length === 0 ? 'PASS' : 'FAIL',
    measured: list(tagged, 'oursOverCPython'),
    ...(invalid.length || native.length
      ? { detail: [invalid.length ? `not comparable: ${invalid.map((r) => r.program).join(', ')}` : '', ...native].filter(Boolean).join('; ') }
      : {}),
  };
}

export function fuelVerdict(rows: readonly ProgramRow[], reps: number): Verdict {
  const varying = rows.filter((r) => r.fuelDeterministic === false);
  const measured = rows.filter((r) => r.fuelDeterministic !== undefined);
  return {
    id: 'fuel-deterministic',
    target: 'the same program uses the same fuel every time (every repetition of every speed program)',
    status: varying.length === 0 && measured.length > 0 ? 'PASS' : 'FAIL',
    measured: `${measured.length - varying.length}/${measured.length} programs identical over ${reps} repetitions`,
    ...(varying.length ? { detail: varying.map((r) => `${r.program}: ${r.runs.ours?.fuelSamples?.join(', ')}`).join('; ') } : {}),
  };
}

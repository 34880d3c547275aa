import { geomean, ratio } from '../measure.js';
import type { SpeedProgram } from '../programs/index.js';
import { ENGINE_IDS, type EngineId } from '../engines/types.js';
import type { ProgramRuns } from './run-programs.js';

/**
 * One row per program: its runs on every engine, whose outputs agree, and the ratios the targets
 * are stated in. A run counts for a ratio only if it succeeded and printed the reference output.
 */

/** The ratios of the report, each "how many times slower is the first than the second". */
export interface Ratios {
  /** ours_ms / cpython_ms: how far from normal Python (target: geomean <= 3). */
  oursOverCPython: number;
  /** glue_ms / ours_ms: how much faster than the official build (target: >= 2 on every program). */
  glueOverOurs: number;
  /** ours_ms / native_ms: what wasm and our port cost over the same interpreter built natively. */
  oursOverNative: number;
  /** ours_ms / baseline_ms: against the previous engine (target: <= 1.10 on every program). */
  oursOverBaseline: number;
}

export const RATIO_KEYS: readonly (keyof Ratios)[] = ['oursOverCPython', 'glueOverOurs', 'oursOverNative', 'oursOverBaseline'];

export interface ProgramRow {
  program: string;
  about: string;
  tags: readonly string[];
  runs: ProgramRuns;
  /** Engine whose output was taken as the reference (CPython when it ran). */
  reference: EngineId | undefined;
  /** Engines that ran to the end but printed something else than the reference. */
  mismatched: EngineId[];
  ratios: Ratios;
  /** Ours used the same fuel on every repetition (undefined when ours did not run). */
  fuelDeterministic: boolean | undefined;
}

/** Best time of a usable run (succeeded, printed the reference output), else undefined. */
export function usableMs(row: Pick<ProgramRow, 'runs' | 'mismatched'>, engine: EngineId): number | undefined {
  const run = row.runs[engine];
  if (!run?.ok || row.mismatched.includes(engine)) return undefined;
  return run.bestMs;
}

export function buildRow(program: SpeedProgram, runs: ProgramRuns): ProgramRow {
  const reference = (['cpython', 'ours', 'native', 'baseline', 'glue'] as const).find((e) => runs[e]?.ok);
  const expected = reference ? runs[reference]!.stdout : undefined;
  const mismatched = ENGINE_IDS.filter((e) => runs[e]?.ok && expected !== undefined && runs[e]!.stdout !== expected);
  const base = { runs, mismatched };
  const ms = (engine: EngineId): number | undefined => usableMs(base, engine);
  const fuel = runs.ours?.fuelSamples;
  return {
    program: program.name,
    about: program.about,
    tags: program.tags ?? [],
    runs,
    reference,
    mismatched,
    ratios: {
      oursOverCPython: ratio(ms('ours'), ms('cpython')),
      glueOverOurs: ratio(ms('glue'), ms('ours')),
      oursOverNative: ratio(ms('ours'), ms('native')),
      oursOverBaseline: ratio(ms('ours'), ms('baseline')),
    },
    fuelDeterministic: fuel && fuel.length > 0 ? fuel.every((f) => f === fuel[0]) : undefined,
  };
}

export interface Geomean {
  value: number;
  /** Programs the geomean is over (those with a usable value). */
  count: number;
  of: number;
}

/** Geomean over the programs where the value is usable (finite, > 0); `count` says how many. */
export function geomeanOver(rows: readonly ProgramRow[], pick: (row: ProgramRow) => number | undefined): Geomean {
  const values = rows.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0);
  return { value: values.length ? geomean(values) : NaN, count: values.length, of: rows.length };
}

export type RatioGeomeans = Record<keyof Ratios, Geomean>;

export function ratioGeomeans(rows: readonly ProgramRow[]): RatioGeomeans {
  return Object.fromEntries(RATIO_KEYS.map((key) => [key, geomeanOver(rows, (r) => r.ratios[key])])) as RatioGeomeans;
}

/** Geomean of each engine's best times, over the programs where that engine's run is usable. */
export function timeGeomeans(rows: readonly ProgramRow[]): Partial<Record<EngineId, Geomean>> {
  return Object.fromEntries(ENGINE_IDS.map((engine) => [engine, geomeanOver(rows, (r) => usableMs(r, engine))]));
}

import { CLASSIC_PROGRAMS } from './classic.js';
import { REALISTIC_PROGRAMS } from './realistic.js';
import type { SpeedProgram } from './types.js';

/**
 * The speed programs: plain source that runs unchanged on our engine, the previous engine, the
 * official glue (MicroPython 1.27), MicroPython's native unix port and CPython 3.11, each
 * printing a checksum so the harness can check that every engine computed the same thing.
 *
 * Rules that keep the outputs comparable:
 *  - work happens inside functions (locals are fast on every engine; module-level code would
 *    mostly measure globals-dict lookups);
 *  - integers, intermediate products included, stay below 2**30 (MicroPython's small-int range),
 *    so we measure the interpreter, not the bignum fallback (except in `bigint`, on purpose);
 *  - floats are only combined with + - * / and compared after int(), or formatted when their
 *    value is exact in binary (i / 8): IEEE results are identical everywhere, float printing of
 *    other values and libm functions are not;
 *  - checksums never depend on dict or set iteration order (upstream MicroPython's dicts, which
 *    the glue and the previous engine have, are not insertion-ordered) nor on sort stability
 *    (upstream's sort is not stable): sort keys are unique;
 *  - only built-in modules (`json`): the native unix port is built without our frozen library;
 *  - recursion is shallow except in `recursion` (~500 frames), which the glue, the previous
 *    engine and the native unix port cannot run (their C stack allows 120-200 frames).
 *
 * Sizes: about 30-250 ms each on CPython 3.11 on the 2-core development machine: big enough to
 * dwarf timer and start-up noise, small enough that best-of-5 on five engines keeps a full run
 * in minutes.
 */

export const SPEED_PROGRAMS: readonly SpeedProgram[] = [...CLASSIC_PROGRAMS, ...REALISTIC_PROGRAMS];

/** The programs named in `only` (all of them when undefined), in the canonical order. */
export function selectPrograms(only: readonly string[] | undefined): SpeedProgram[] {
  if (!only) return [...SPEED_PROGRAMS];
  const unknown = only.filter((name) => !SPEED_PROGRAMS.some((p) => p.name === name));
  if (unknown.length) {
    throw new Error(`unknown program(s): ${unknown.join(', ')}; known: ${SPEED_PROGRAMS.map((p) => p.name).join(', ')}`);
  }
  return SPEED_PROGRAMS.filter((p) => only.includes(p.name));
}

export type { ProgramRun, SpeedProgram } from './types.js';

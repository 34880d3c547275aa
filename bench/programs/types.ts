/**
 * What a speed program is, and what one engine's repetitions of it produced. Shared by the
 * program lists, every engine runner and the speed section.
 */

export interface SpeedProgram {
  name: string;
  /** What the program stresses, for the report. */
  about: string;
  source: string;
  /**
   * Tags used by targets that apply to a subset of the programs, e.g. `c-exceptions`: exceptions
   * raised from C (`d[k]`, `int('x')`, `l[i]`, `next(it)`) and caught in Python.
   */
  tags?: readonly string[];
}

/** One program's repetitions on one engine. */
export interface ProgramRun {
  program: string;
  /** Every repetition completed without a Python error or a limit stop. */
  ok: boolean;
  /** Wall time of each completed repetition, in milliseconds. */
  samplesMs: number[];
  /** Best of samplesMs; NaN when the program failed. */
  bestMs: number;
  /** Output of the first repetition (all repetitions must agree; a disagreement is an error). */
  stdout: string;
  error?: string;
  /** Our engines only: fuel each repetition used (deterministic: all equal). */
  fuelSamples?: number[];
  /** Our engines only: fuel the program used (the first repetition's). */
  fuelUsed?: number;
  /** Our engines only: peak linear memory of the VM over the repetitions. */
  peakMemoryBytes?: number;
}

/** Strips the common leading indentation so the sources can be written indented in TypeScript. */
export function py(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n');
}

import type { CompiledEngine } from '../src/engine/module.js';

/**
 * The shape every benchmark section has. main.ts runs a list of sections in order, prints each
 * one's lines, then every verdict, and writes one JSON document with each section's data under
 * its id. Adding a measurement means writing one more BenchSection and listing it in main.ts.
 */

export interface BenchOptions {
  /** Best-of-N repetitions for the speed programs on every engine but the glue. */
  reps: number;
  /**
   * Best-of-N for the official glue. Fewer by default: it is the slowest engine, it is only a
   * reference, and each repetition also pays for a fresh loadMicroPython().
   */
  glueReps: number;
  /** Timed iterations for latency measurements (VM start, run()). */
  latencyIterations: number;
  /** Untimed iterations before each latency measurement. */
  latencyWarmup: number;
  /** Fresh processes per configuration in the tiering section (medians over them). */
  tieringProcesses: number;
  /** Restrict the speed programs to these names (all when undefined). */
  only: readonly string[] | undefined;
  /** Run only the sections with these ids (all when undefined). */
  sections: readonly string[] | undefined;
  /** Measure the official glue (in a child process). */
  glue: boolean;
  /** Measure CPython, when python3 is on PATH. */
  cpython: boolean;
  /** Path of MicroPython's unix port built natively from the same source and patches. */
  native: string | undefined;
  /** A built checkout of an earlier version of this project, to compare against. */
  baseline: string | undefined;
  /** Wall-clock cap on one program's repetitions on one engine. */
  programTimeoutMs: number;
}

export interface BenchContext {
  options: BenchOptions;
  /** Our compiled module (what the product runs), compiled once per process. */
  artifact(): Promise<CompiledEngine>;
  /** Progress for the operator, on stderr so the report on stdout stays clean. */
  progress(message: string): void;
}

export type VerdictStatus = 'PASS' | 'FAIL' | 'N/A';

export interface Verdict {
  id: string;
  /** The target in words, e.g. "fresh VM + print(1) median < 1.5 ms". */
  target: string;
  status: VerdictStatus;
  /** What was measured, in words, e.g. "0.91 ms". */
  measured: string;
  /** The issue whose "what it must show" states this target (others come from earlier work). */
  issue?: number;
  /** Why a target failed or could not be judged beyond the number itself. */
  detail?: string;
}

export interface SectionOutcome {
  /** Console lines, printed as they are. */
  lines: string[];
  verdicts: Verdict[];
  /** Raw numbers for the JSON report (must be JSON-serialisable). */
  data: unknown;
  /** Loud problems (output mismatches, engine failures) repeated at the end of the report. */
  warnings: string[];
}

export interface BenchSection {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionOutcome>;
}

import type { ProgramRun, SpeedProgram } from '../programs/index.js';

/**
 * The engines a speed program runs on. Two kinds:
 *  - in-process engines (ours, the previous engine) run one repetition in a fresh VM in this
 *    process;
 *  - child-process engines (CPython, the official glue, the native unix port) run repetitions in
 *    children and report times measured inside the child, so process start-up is never part of a
 *    sample. The speed section asks them for one repetition at a time, to interleave every engine.
 */

export type EngineId = 'ours' | 'baseline' | 'native' | 'glue' | 'cpython';

/** Every engine, in the order the report lists them. */
export const ENGINE_IDS: readonly EngineId[] = ['ours', 'baseline', 'native', 'glue', 'cpython'];

/** One repetition on an in-process engine. */
export interface Repetition {
  ms: number;
  stdout: string;
  /** Set when the program raised or a limit stopped it. */
  error?: string;
  fuelUsed?: number;
  /** Peak linear memory of the VM. */
  memoryBytes?: number;
}

export interface EngineBase {
  id: EngineId;
  /** One line for the report: what exactly ran, e.g. a version or a path. */
  description: string;
}

export interface InProcessEngine extends EngineBase {
  kind: 'in-process';
  /** One timed run of `source` in a fresh VM (created outside the timed region). */
  runOnce(source: string): Repetition;
}

export interface ChildEngine extends EngineBase {
  kind: 'child';
  /** `reps` repetitions of one program, in child processes. Never throws: failures are ProgramRuns. */
  measure(program: SpeedProgram, reps: number): Promise<ProgramRun>;
}

export type SpeedEngine = InProcessEngine | ChildEngine;

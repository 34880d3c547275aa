import { best } from '../measure.js';
import type { ProgramRun, SpeedProgram } from '../programs/index.js';
import type { EngineId, InProcessEngine, Repetition, SpeedEngine } from '../engines/types.js';

/**
 * Runs the speed programs on every engine, program by program, and within a program repetition
 * by repetition: repetition 1 on every engine, then repetition 2 on every engine, ..., rotating
 * which engine goes first. The machine's speed drifts (on a shared machine by 2x within minutes),
 * so the engines compared in a ratio must run interleaved, seconds apart, not one after the other;
 * best-of-N then picks each engine's quiet moment from the same stretch of time.
 * Child-process engines run one repetition per child for this reason.
 */

export interface RepsPerEngine {
  /** Best-of-N for every engine but the glue. */
  reps: number;
  /** Best-of-N for the official glue (the slowest engine, only a reference). */
  glueReps: number;
}

export type ProgramRuns = Partial<Record<EngineId, ProgramRun>>;

function emptyRun(program: string): ProgramRun {
  return { program, ok: true, samplesMs: [], bestMs: NaN, stdout: '' };
}

/** Adds one repetition to `run`: a failure, or a sample whose output must match the first one's. */
function addRepetition(run: ProgramRun, once: Repetition, first: boolean): void {
  if (once.error !== undefined) {
    run.ok = false;
    run.error = once.error;
  } else if (!first && once.stdout !== run.stdout) {
    run.ok = false;
    run.error = `output changed between repetitions: ${JSON.stringify(run.stdout)} then ${JSON.stringify(once.stdout)}`;
  }
  if (first) run.stdout = once.stdout;
  if (run.ok) run.samplesMs.push(once.ms);
  if (once.fuelUsed !== undefined) {
    (run.fuelSamples ??= []).push(once.fuelUsed);
    run.fuelUsed ??= once.fuelUsed;
  }
  if (once.memoryBytes !== undefined) run.peakMemoryBytes = Math.max(run.peakMemoryBytes ?? 0, once.memoryBytes);
}

/** One repetition on any engine, as a Repetition. */
async function repetition(engine: SpeedEngine, program: SpeedProgram): Promise<Repetition> {
  if (engine.kind === 'in-process') return engine.runOnce(program.source);
  const run = await engine.measure(program, 1);
  return run.ok ? { ms: run.samplesMs[0]!, stdout: run.stdout } : { ms: NaN, stdout: run.stdout, error: run.error ?? 'failed' };
}

/** Best-of-N of one program on every engine, repetitions interleaved across the engines. */
export async function measureProgram(engines: readonly SpeedEngine[], program: SpeedProgram, reps: RepsPerEngine): Promise<ProgramRuns> {
  const runs = engines.map(() => emptyRun(program.name));
  const repsOf = (engine: SpeedEngine): number => (engine.id === 'glue' ? reps.glueReps : reps.reps);
  const rounds = Math.max(...engines.map(repsOf));
  for (let rep = 0; rep < rounds; rep++) {
    for (let k = 0; k < engines.length; k++) {
      const index = (rep + k) % engines.length; // rotate who goes first
      const engine = engines[index]!;
      const run = runs[index]!;
      // A failing program is not retried: it could take the full timeout each time.
      if (rep >= repsOf(engine) || !run.ok) continue;
      addRepetition(run, await repetition(engine, program), rep === 0);
    }
  }
  for (const run of runs) run.bestMs = run.ok ? best(run.samplesMs) : NaN;
  return Object.fromEntries(engines.map((engine, index) => [engine.id, runs[index]!]));
}

function cell(run: ProgramRun | undefined): string {
  if (!run) return 'n/a';
  return run.ok ? `${run.bestMs.toFixed(1)} ms` : 'FAILED';
}

/** Every program on every engine; `progress` gets one line per program. */
export async function runPrograms(
  programs: readonly SpeedProgram[],
  engines: readonly SpeedEngine[],
  reps: RepsPerEngine,
  progress: (message: string) => void,
): Promise<ProgramRuns[]> {
  // One untimed run per in-process engine first: V8 compiles wasm with its baseline compiler and
  // tiers hot functions up during the first runs (the tiering section measures that), which
  // would otherwise fall on the first program's repetitions only.
  const inProcess = engines.filter((e): e is InProcessEngine => e.kind === 'in-process');
  if (programs[0]) for (const engine of inProcess) engine.runOnce(programs[0].source);
  const all: ProgramRuns[] = [];
  for (const program of programs) {
    const runs = await measureProgram(engines, program, reps);
    all.push(runs);
    progress(`  ${program.name}: ${engines.map((e) => `${e.id} ${cell(runs[e.id])}`).join(', ')}`);
  }
  return all;
}

import {
  cacheDirectory,
  compileArtifact,
  loadTransformedArtifact,
  type CompiledArtifact,
} from '../src/artifact/module-cache.js';
import { Interpreter, type ExecLimits, type VmConfig } from '../src/interpreter/interpreter.js';
import { best } from './measure.js';
import type { ProgramRun, SpeedProgram } from './programs.js';

/**
 * Our engine, driven through the low-level synchronous Interpreter so the timings are the Python
 * work itself: no worker hop, no scheduling. The VM is created outside the timed region; only
 * exec() is timed (it includes compiling the source, as on the other engines).
 */

export const SPEED_VM_CONFIG: VmConfig = {
  memoryLimitBytes: 256 * 1024 * 1024,
  heapInitialBytes: 256 * 1024,
  pystackWords: 16384,
};

/** Limits that never bind: a speed program must finish, not be stopped. */
export const SPEED_LIMITS: ExecLimits = {
  fuel: 1e12,
  timeoutMs: 60_000,
  stdoutBytes: 1024 * 1024,
  stderrBytes: 1024 * 1024,
  graceFuel: 5e6,
  graceMs: 250,
};

export interface OurVariant {
  /** Key in the results, e.g. 'ours' or 'noFuel'. */
  id: string;
  artifact: CompiledArtifact;
}

/**
 * The same engine transformed WITHOUT fuel metering, to measure what metering costs. The first
 * call runs the transform (about 1.5 s); later runs read it from the on-disk cache.
 */
export async function loadUnmeteredArtifact(): Promise<CompiledArtifact> {
  const loaded = await loadTransformedArtifact(cacheDirectory(), { meterFuel: false, midRunGc: true });
  return compileArtifact(loaded);
}

/** One timed run of `source` in a fresh VM. */
function runOnce(artifact: CompiledArtifact, source: string): { ms: number; stdout: string; error?: string; fuelUsed: number; memory: number } {
  const vm = new Interpreter(artifact, SPEED_VM_CONFIG);
  try {
    const started = performance.now();
    const outcome = vm.exec(source, SPEED_LIMITS);
    const ms = performance.now() - started;
    const error = outcome.ok ? undefined
      : outcome.error?.traceback?.trim() || `${outcome.error?.type ?? 'Error'}: ${outcome.error?.message ?? ''}`;
    return { ms, stdout: outcome.stdout, fuelUsed: outcome.fuelUsed, memory: outcome.memoryBytes, ...(error ? { error } : {}) };
  } finally {
    vm.dispose();
  }
}

/**
 * Best-of-`reps` for every program on every variant. Variants are interleaved repetition by
 * repetition, so slow drift in machine load hits them alike and their ratio (the fuel overhead)
 * stays meaningful even on a busy machine.
 */
export function measureOurs(
  programs: readonly SpeedProgram[],
  variants: readonly OurVariant[],
  reps: number,
  progress: (message: string) => void,
): Map<string, ProgramRun[]> {
  const results = new Map<string, ProgramRun[]>(variants.map((v) => [v.id, []]));
  for (const program of programs) {
    const runs = variants.map((v): ProgramRun => ({ program: program.name, ok: true, samplesMs: [], bestMs: NaN, stdout: '' }));
    for (let rep = 0; rep < reps; rep++) {
      variants.forEach((variant, index) => {
        const run = runs[index]!;
        if (!run.ok) return; // a failing program is not retried: it could take the full timeout each time
        const once = runOnce(variant.artifact, program.source);
        if (once.error !== undefined) {
          run.ok = false;
          run.error = once.error;
        } else if (rep > 0 && once.stdout !== run.stdout) {
          run.ok = false;
          run.error = `output changed between repetitions: ${JSON.stringify(run.stdout)} then ${JSON.stringify(once.stdout)}`;
        }
        if (rep === 0) run.stdout = once.stdout;
        run.samplesMs.push(once.ms);
        run.fuelUsed = once.fuelUsed;
        run.peakMemoryBytes = Math.max(run.peakMemoryBytes ?? 0, once.memory);
      });
    }
    runs.forEach((run, index) => {
      run.bestMs = run.ok ? best(run.samplesMs) : NaN;
      results.get(variants[index]!.id)!.push(run);
    });
    progress(`  ${program.name}: ${runs.map((r, i) => `${variants[i]!.id} ${r.ok ? `${r.bestMs.toFixed(1)} ms` : 'FAILED'}`).join(', ')}`);
  }
  return results;
}

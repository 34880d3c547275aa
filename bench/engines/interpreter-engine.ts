import type { EngineId, InProcessEngine, Repetition } from './types.js';

/**
 * An in-process engine driven through a synchronous Interpreter: ours, or the previous version of
 * this project loaded from its build directory (baseline.ts). Only the shape both versions share
 * is used, so the same runner times both the same way: the VM is created outside the timed
 * region; exec() is timed (it includes compiling the source, as on the other engines).
 */

/** Limits of one exec, as every version of the Interpreter takes them. */
export interface ExecLimitsLike {
  fuel: number;
  timeoutMs: number;
  stdoutBytes: number;
  stderrBytes: number;
  graceFuel: number;
  graceMs: number;
}

/** What every version of Interpreter.exec() answers (the fields the benchmark reads). */
export interface ExecOutcomeLike {
  ok: boolean;
  stdout: string;
  error?: { type?: string; message?: string; traceback?: string } | undefined;
  fuelUsed: number;
  memoryBytes: number;
}

export interface VmLike {
  exec(source: string, limits: ExecLimitsLike): ExecOutcomeLike;
  dispose(): void;
}

/** Limits that never bind: a speed program must finish, not be stopped. */
export const SPEED_LIMITS: ExecLimitsLike = {
  fuel: 1e12,
  timeoutMs: 120_000,
  stdoutBytes: 1024 * 1024,
  stderrBytes: 1024 * 1024,
  graceFuel: 5e6,
  graceMs: 250,
};

/** The error text of a failed exec: the traceback when there is one. */
export function describeFailure(outcome: ExecOutcomeLike): string {
  return outcome.error?.traceback?.trim() || `${outcome.error?.type ?? 'Error'}: ${outcome.error?.message ?? ''}`;
}

export function interpreterEngine(id: EngineId, description: string, createVm: () => VmLike): InProcessEngine {
  return {
    kind: 'in-process',
    id,
    description,
    runOnce(source: string): Repetition {
      const vm = createVm();
      try {
        const started = performance.now();
        const outcome = vm.exec(source, SPEED_LIMITS);
        const ms = performance.now() - started;
        return {
          ms,
          stdout: outcome.stdout,
          fuelUsed: outcome.fuelUsed,
          memoryBytes: outcome.memoryBytes,
          ...(outcome.ok ? {} : { error: describeFailure(outcome) }),
        };
      } finally {
        vm.dispose();
      }
    },
  };
}

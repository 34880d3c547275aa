import type { ExecOutcome } from '../interpreter/interpreter.js';

/** What a run produced. Guest failures are reported here, never thrown. */
export interface RunResult {
  /** True when the code ran to the end without an uncaught exception or a limit. */
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Which streams were cut at their limit. */
  truncated: { stdout: boolean; stderr: boolean };
  error: RunError | null;
  /**
   * The final expression's value when it is plain data (JSON types) nested at most
   * MAX_VALUE_DEPTH deep; see `valueRepr`.
   */
  value?: unknown;
  /** repr() of the final expression's value, when the code ends with an expression that is not None. */
  valueRepr?: string;
  /** Fuel the run used (deterministic: the same code and inputs use the same fuel). */
  fuelUsed: number;
  durationMs: number;
  /** Peak linear memory of the VM during the run, in bytes. */
  memoryBytes: number;
}

export type LimitKind = 'fuel' | 'timeout' | 'memory' | 'cancelled';

export interface RunError {
  /**
   * The Python exception type (`ZeroDivisionError`, `MemoryError`, ...), or for limits and stops
   * `FuelExhausted`, `Timeout`, `Cancelled`; `InterpreterCrash` when the VM itself failed.
   */
  type: string;
  message: string;
  /** The guest's traceback text, as Python prints it. Empty when the VM was hard-stopped. */
  traceback: string;
  /** Line in the submitted code where the exception was raised, when known. */
  line?: number;
  /** `exception`: the guest raised; `limit`: a limit stopped it; `crash`: the VM failed. */
  kind: 'exception' | 'limit' | 'crash';
  /** For `kind: 'limit'`: which limit. */
  limit?: LimitKind;
  /** For stops: `soft` (KeyboardInterrupt, state kept) or `hard` (VM discarded). */
  stop?: 'soft' | 'hard';
}

export function toRunResult(outcome: ExecOutcome): RunResult {
  const result: RunResult = {
    ok: outcome.ok,
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    truncated: { stdout: outcome.stdoutTruncated, stderr: outcome.stderrTruncated },
    error: null,
    fuelUsed: outcome.fuelUsed,
    durationMs: outcome.durationMs,
    memoryBytes: outcome.memoryBytes,
  };
  if (outcome.valueRepr !== undefined) result.valueRepr = outcome.valueRepr;
  if (outcome.valueJson !== undefined) {
    try {
      const value: unknown = JSON.parse(outcome.valueJson);
      // The guest writes this JSON: deep nesting would make the caller's JSON.stringify overflow.
      if (nestingDepth(value) <= MAX_VALUE_DEPTH) result.value = value;
    } catch {
      // inf / nan have no JSON form: the repr alone reports them
    }
  }
  const e = outcome.error;
  if (e) {
    const error: RunError = { type: e.type, message: e.message, traceback: e.traceback, kind: 'exception' };
    if (e.line !== undefined) error.line = e.line;
    if (e.reason === 'crash') error.kind = 'crash';
    else if (e.reason) {
      error.kind = 'limit';
      error.limit = e.reason;
    }
    if (e.stop) error.stop = e.stop;
    result.error = error;
  }
  return result;
}

/** Deeper values are reported through `valueRepr` only. */
export const MAX_VALUE_DEPTH = 256;

function nestingDepth(root: unknown): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_VALUE_DEPTH) return deepest;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return deepest;
}

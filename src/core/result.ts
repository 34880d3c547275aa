/**
 * The shape of a run's result, shared by every layer that produces or reports one.
 */

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
  /**
   * True when the exception text was longer than the cap (64 KiB) and was cut: `traceback` keeps
   * its beginning, and `message` what of the exception's own line fits (like `truncated.stdout`).
   */
  truncated: boolean;
  /** Line in the submitted code where the exception was raised, when known. */
  line?: number;
  /** `exception`: the guest raised; `limit`: a limit stopped it; `crash`: the VM failed. */
  kind: 'exception' | 'limit' | 'crash';
  /** For `kind: 'limit'`: which limit. */
  limit?: LimitKind;
  /** For stops: `soft` (KeyboardInterrupt, state kept) or `hard` (VM discarded). */
  stop?: 'soft' | 'hard';
}

/**
 * The shape of a run's result, shared by every layer that produces or reports one.
 *
 * `RunResult` is a union on `ok`: after `if (!r.ok)`, TypeScript knows `r.error` is a `RunError`;
 * after `if (r.ok)`, that it is `null`. `RunError` is a union on `kind` in the same way.
 */

interface RunResultFields {
  stdout: string;
  stderr: string;
  /** Which streams were cut at their limit. */
  truncated: { stdout: boolean; stderr: boolean };
  /**
   * The final expression's value as plain JavaScript data, when it has a faithful form: `None`
   * is absent, bool/str/float as themselves (`nan`/`inf` as NaN/Infinity), ints outside the safe
   * range as `bigint`, bytes/bytearray as `Uint8Array`, list/tuple as arrays, dicts with str keys
   * as plain objects; nested at most MAX_VALUE_DEPTH deep and up to 64 KiB of text. Anything else
   * is reported through `valueRepr` only.
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

/** The code ran to the end. */
export interface RunSuccess extends RunResultFields {
  ok: true;
  error: null;
}

/** The code raised an uncaught exception, a limit stopped it, or the VM failed. */
export interface RunFailure extends RunResultFields {
  ok: false;
  error: RunError;
}

/** What a run produced. Guest failures are reported here, never thrown. */
export type RunResult = RunSuccess | RunFailure;

export type LimitKind = 'fuel' | 'timeout' | 'memory' | 'cancelled';

interface RunErrorFields {
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
  /** For stops: `soft` (KeyboardInterrupt, state kept) or `hard` (VM discarded). */
  stop?: 'soft' | 'hard';
}

/** The guest raised an exception nothing caught. */
export interface ExceptionError extends RunErrorFields {
  kind: 'exception';
}

/** A limit stopped the run (a MemoryError at the memory cap counts as one). */
export interface LimitError extends RunErrorFields {
  kind: 'limit';
  limit: LimitKind;
}

/** The VM itself failed; it was discarded. */
export interface CrashError extends RunErrorFields {
  kind: 'crash';
}

export type RunError = ExceptionError | LimitError | CrashError;

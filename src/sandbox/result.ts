import type { ExecOutcome } from '../interpreter/interpreter.js';
import { decodeGuestValue } from '../host-calls/values.js';
import type { RunError, RunResult } from '../core/result.js';

export type { RunError, RunResult, LimitKind } from '../core/result.js';

/** Deeper values are reported through `valueRepr` only. */
export const MAX_VALUE_DEPTH = 256;

export function toRunResult(outcome: ExecOutcome): RunResult {
  const fields = {
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    truncated: { stdout: outcome.stdoutTruncated, stderr: outcome.stderrTruncated },
    fuelUsed: outcome.fuelUsed,
    durationMs: outcome.durationMs,
    memoryBytes: outcome.memoryBytes,
  };
  const e = outcome.error;
  if (!e) {
    const result: RunResult = { ok: true, error: null, ...fields };
    if (outcome.valueRepr !== undefined) result.valueRepr = outcome.valueRepr;
    if (outcome.valueJson !== undefined) {
      // The guest writes this JSON: a value that does not decode is reported by its repr alone.
      const value = decodeGuestValue(outcome.valueJson, MAX_VALUE_DEPTH);
      if (value !== undefined) result.value = value;
    }
    return result;
  }
  const base = { type: e.type, message: e.message, traceback: e.traceback, truncated: e.tracebackTruncated === true };
  let error: RunError;
  if (e.reason === 'crash') error = { ...base, kind: 'crash' };
  else if (e.reason) error = { ...base, kind: 'limit', limit: e.reason };
  else error = { ...base, kind: 'exception' };
  if (e.line !== undefined) error.line = e.line;
  if (e.stop) error.stop = e.stop;
  return { ok: false, error, ...fields };
}

import type { ExecOutcome } from '../interpreter/interpreter.js';
import type { RunError, RunResult } from '../core/result.js';

export type { RunError, RunResult, LimitKind } from '../core/result.js';

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
    const error: RunError = { type: e.type, message: e.message, traceback: e.traceback, kind: 'exception', truncated: e.tracebackTruncated === true };
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

import type { RunResult } from '../../core/result.js';
import { hintFor } from './hints.js';

/**
 * What a tool call returns to a model: the same facts as a RunResult, shaped for reading. Text is
 * clipped so one call cannot flood the model's context; every cut is flagged.
 */

export interface ToolError {
  /** Python exception type, or `FuelExhausted` / `Timeout` / `Cancelled` / `MemoryError` for limits. */
  type: string;
  message: string;
  /** Line of the submitted code, when known. */
  line: number | null;
  /** The traceback, clipped. Empty for limits. */
  traceback: string;
  /** How to change the code. */
  hint: string;
}

export interface ToolOutput {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The final expression's value as plain data, when it is JSON-like; else null (see valueRepr). */
  value: unknown;
  /** repr() of the final expression, clipped; null when the code does not end with an expression. */
  valueRepr: string | null;
  error: ToolError | null;
  /** Which texts were cut, by the sandbox's output limits or by the tool's text limit. */
  truncated: { stdout: boolean; stderr: boolean; value: boolean };
  /** Set when the conversation's session had to be rebuilt (see SessionRunResult.recovered). */
  sessionReset: 'to-previous-state' | 'to-fresh-interpreter' | null;
}

/** Characters of each text kept for the model. */
export const DEFAULT_MAX_TEXT = 20_000;

function clip(text: string, max: number): [string, boolean] {
  return text.length > max ? [`${text.slice(0, max)}\n[... ${text.length - max} more characters cut ...]`, true] : [text, false];
}

export function toToolOutput(result: RunResult & { recovered?: 'snapshot' | 'reset' }, maxText = DEFAULT_MAX_TEXT): ToolOutput {
  const [stdout, stdoutCut] = clip(result.stdout, maxText);
  const [stderr, stderrCut] = clip(result.stderr, maxText);
  const [valueRepr, valueCut] = result.valueRepr === undefined ? [null, false] : clip(result.valueRepr, maxText);
  const e = result.error;
  let value = valueCut || result.value === undefined ? null : toJsonData(result.value, maxText);
  // An integer past 2^53 that arrived as a float: its exact digits are in the repr.
  if (typeof value === 'number' && !Number.isSafeInteger(value) && Number.isInteger(value) && /^-?\d+$/.test(valueRepr ?? '')) value = valueRepr;
  return {
    ok: result.ok,
    stdout,
    stderr,
    value,
    valueRepr,
    error: e ? { type: e.type, message: e.message, line: e.line ?? null, traceback: clip(e.traceback, maxText)[0], hint: hintFor(e) } : null,
    truncated: { stdout: stdoutCut || result.truncated.stdout, stderr: stderrCut || result.truncated.stderr, value: valueCut },
    sessionReset: result.recovered === 'snapshot' ? 'to-previous-state' : result.recovered === 'reset' ? 'to-fresh-interpreter' : null,
  };
}

/** The output as plain text, the form a model reads best. */
export function renderToolOutput(out: ToolOutput): string {
  const parts: string[] = [];
  if (out.stdout) parts.push(`stdout:\n${out.stdout}${out.truncated.stdout ? '\n[stdout was truncated]' : ''}`);
  if (out.stderr) parts.push(`stderr:\n${out.stderr}${out.truncated.stderr ? '\n[stderr was truncated]' : ''}`);
  if (out.error) {
    const where = out.error.line === null ? '' : ` at line ${out.error.line}`;
    parts.push(`error: ${out.error.type}${where}: ${out.error.message}`);
    if (out.error.traceback) parts.push(`traceback:\n${out.error.traceback}`);
    parts.push(`hint: ${out.error.hint}`);
  }
  if (out.valueRepr !== null) parts.push(`value: ${out.valueRepr}${out.truncated.value ? '\n[value was truncated]' : ''}`);
  if (out.sessionReset === 'to-previous-state') parts.push('note: the session was restored to its state before this call');
  if (out.sessionReset === 'to-fresh-interpreter') parts.push('note: the session was reset to a fresh interpreter; earlier variables are gone');
  if (parts.length === 0) parts.push('(no output; print() what you want to see, or end with an expression)');
  return parts.join('\n\n');
}

/**
 * The value as JSON data a framework can serialise: big integers become decimal strings, bytes
 * become null (their repr stays in valueRepr); null when the JSON would exceed `max` characters.
 */
function toJsonData(value: unknown, max: number): unknown {
  let binary = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Uint8Array) {
      binary = true;
      return null;
    }
    return v;
  });
  if (text === undefined || text.length > max) return null;
  return binary && value instanceof Uint8Array ? null : JSON.parse(text) as unknown;
}

import type { SandboxOptions } from '../sandbox/options.js';
import type { RunResult } from '../sandbox/result.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
import { DIALECT_NOTES } from '../core/dialect.js';

/** What the model is told about the tool, and how results are rendered for it. */

export { DIALECT_NOTES } from '../core/dialect.js';

export function runPythonDescription(options: SandboxOptions, idleTimeoutMs: number): string {
  const memory = Math.round((options.memoryLimit ?? DEFAULT_LIMITS.memoryLimit) / (1024 * 1024));
  const timeout = (options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs) / 1000;
  const net = options.net?.allow.length
    ? `Network: only through \`import requests\` (requests.get/post(url, json=..., headers=...) -> .status_code, .text, .json()) to: ${options.net.allow.join(', ')}.`
    : 'No network access.';
  const mounts = options.mounts?.length
    ? `Folders: ${options.mounts.map((m) => `${m.guestPath} (${m.mode ?? 'ro'})`).join(', ')}; plus a writable in-memory /tmp.`
    : 'Files: only a writable in-memory /tmp (empty at start).';
  return [
    'Run Python code in a sandboxed MicroPython interpreter (WebAssembly) and return its stdout, stderr, error and the value of a final expression.',
    `Limits per call: ${memory} MiB memory, ${timeout} s, a CPU budget. ${net} ${mounts}`,
    `Pass session_id to keep variables, functions and imports between calls (sessions expire after ${Math.round(idleTimeoutMs / 60000)} min idle); omit it for a fresh interpreter each time.`,
    'MicroPython is a Python 3 subset. Available: builtins, math, json, re (full CPython syntax and API), asyncio, random, time, datetime, collections (Counter, defaultdict, deque, namedtuple, OrderedDict), itertools, functools, dataclasses, typing, enum, decimal, fractions, statistics, string, textwrap, csv, struct, base64, binascii, hashlib, heapq, bisect, argparse, difflib, urllib.parse, io, os and pathlib (files), sys.',
    'Not available: numpy, pandas or any pip package; threading/subprocess/sockets.',
    `Differences from CPython: ${DIALECT_NOTES.join('; ')}.`,
    'Print what you want to see; the value of the last expression is reported too.',
  ].join('\n');
}

/** Longest text of any one part (stdout, stderr, traceback, value) in a reply, in characters. */
export const MAX_TEXT = 20_000;

interface Clipped {
  text: string;
  /** Characters cut here, not counting what the sandbox's own output limit dropped. */
  cut: number;
}

function clipText(text: string): Clipped {
  return text.length > MAX_TEXT ? { text: text.slice(0, MAX_TEXT), cut: text.length - MAX_TEXT } : { text, cut: 0 };
}

function clip(label: string, text: string, truncatedBySandbox: boolean): string {
  const { text: body, cut } = clipText(text);
  if (cut > 0) return `${body}\n[... ${label} truncated: ${cut} more characters not shown ...]`;
  if (truncatedBySandbox) return `${body}\n[... ${label} truncated at the sandbox output limit ...]`;
  return body;
}

export interface ReplyContext {
  sessionId?: string | undefined;
  /** The session of that name had expired; this call ran in a fresh one. */
  sessionExpired?: boolean;
  idleTimeoutMs?: number;
}

function expiredNote(context: ReplyContext): string {
  const minutes = context.idleTimeoutMs === undefined ? '' : ` after ${Math.round(context.idleTimeoutMs / 60000)} min idle`;
  return `note: session ${context.sessionId} had expired${minutes}; this call ran in a new, empty session (earlier variables, functions and files are gone)`;
}

export function renderResult(result: RunResult & { recovered?: 'snapshot' | 'reset' }, context: ReplyContext | string | undefined): string {
  const ctx: ReplyContext = typeof context === 'string' || context === undefined ? { sessionId: context } : context;
  const parts: string[] = [];
  if (ctx.sessionExpired) parts.push(expiredNote(ctx));
  if (result.stdout) parts.push(`stdout:\n${clip('stdout', result.stdout, result.truncated.stdout)}`);
  if (result.stderr) parts.push(`stderr:\n${clip('stderr', result.stderr, result.truncated.stderr)}`);
  if (!result.ok) {
    const e = result.error;
    const what = e.kind === 'limit' ? `limit hit: ${e.type} (${e.message})` : e.kind === 'crash' ? `sandbox failure: ${e.message}` : 'error:';
    parts.push(e.kind === 'exception' ? `${what}\n${clip('traceback', e.traceback, false)}` : what);
    if (result.recovered) {
      parts.push(`(the session was reset to ${result.recovered === 'snapshot' ? 'its state before this call' : 'a fresh interpreter: earlier state is lost'})`);
    }
  }
  if (result.valueRepr !== undefined) parts.push(`value: ${clip('value', result.valueRepr, false)}`);
  if (parts.length === 0) parts.push('(no output)');
  parts.push(`fuel used: ${result.fuelUsed}${ctx.sessionId ? `; session: ${ctx.sessionId}` : ''}`);
  return parts.join('\n\n');
}

/**
 * The machine-readable reply, bounded like the text: each text field is cut at MAX_TEXT
 * characters, and `truncated` says which were cut, here or at the sandbox's output limit.
 */
export function structuredResult(result: RunResult, context: ReplyContext): Record<string, unknown> {
  const stdout = clipText(result.stdout);
  const stderr = clipText(result.stderr);
  const value = result.valueRepr === undefined ? undefined : clipText(result.valueRepr);
  const traceback = result.ok ? undefined : clipText(result.error.traceback);
  const message = result.ok ? undefined : clipText(result.error.message);
  const error = result.ok ? null : {
    type: result.error.type,
    message: message!.text,
    kind: result.error.kind,
    traceback: traceback!.text,
    ...(result.error.kind === 'limit' ? { limit: result.error.limit } : {}),
    ...(result.error.line === undefined ? {} : { line: result.error.line }),
  };
  return {
    ok: result.ok,
    stdout: stdout.text,
    stderr: stderr.text,
    error,
    value: value?.text ?? null,
    fuel_used: result.fuelUsed,
    truncated: {
      stdout: stdout.cut > 0 || result.truncated.stdout,
      stderr: stderr.cut > 0 || result.truncated.stderr,
      traceback: (traceback?.cut ?? 0) > 0 || (message?.cut ?? 0) > 0,
      value: (value?.cut ?? 0) > 0,
    },
    ...(context.sessionId === undefined ? {} : { session_id: context.sessionId }),
    ...(context.sessionExpired ? { session_expired: true } : {}),
  };
}

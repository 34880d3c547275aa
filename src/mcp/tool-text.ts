import type { SandboxOptions } from '../sandbox/options.js';
import type { RunResult } from '../sandbox/result.js';
import { DEFAULT_LIMITS } from '../core/limits.js';

/** What the model is told about the tool, and how results are rendered for it. */

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
    'Run Python code in a sandboxed MicroPython 1.27 interpreter (WebAssembly) and return its stdout, stderr, error and the value of a final expression.',
    `Limits per call: ${memory} MiB memory, ${timeout} s, a CPU budget. ${net} ${mounts}`,
    `Pass session_id to keep variables, functions and imports between calls (sessions expire after ${Math.round(idleTimeoutMs / 60000)} min idle); omit it for a fresh interpreter each time.`,
    'MicroPython is a Python 3 subset. Available: builtins, math, json, re (match/search/sub/compile; no re.split at module level), random, time, collections (namedtuple, deque, OrderedDict), struct, binascii, hashlib, heapq, io, os (files), sys, gc, itertools-lite.',
    'Not available: numpy, pandas or any pip package; threading/subprocess/sockets; the match statement; function __annotations__; user __del__ methods; most of the standard library beyond the modules above. Recursion depth is about 100 frames.',
    'Print what you want to see; the value of the last expression is reported too.',
  ].join('\n');
}

const MAX_TEXT = 20_000;

function clip(label: string, text: string, truncatedBySandbox: boolean): string {
  let body = text;
  let note = '';
  if (body.length > MAX_TEXT) {
    note = `\n[... ${label} truncated: ${body.length - MAX_TEXT} more characters not shown ...]`;
    body = body.slice(0, MAX_TEXT);
  } else if (truncatedBySandbox) {
    note = `\n[... ${label} truncated at the sandbox output limit ...]`;
  }
  return body + note;
}

export function renderResult(result: RunResult, sessionId: string | undefined): string {
  const parts: string[] = [];
  if (result.stdout) parts.push(`stdout:\n${clip('stdout', result.stdout, result.truncated.stdout)}`);
  if (result.stderr) parts.push(`stderr:\n${clip('stderr', result.stderr, result.truncated.stderr)}`);
  if (result.error) {
    const e = result.error;
    const what = e.kind === 'limit' ? `limit hit: ${e.type} (${e.message})` : e.kind === 'crash' ? `sandbox failure: ${e.message}` : 'error:';
    parts.push(e.kind === 'exception' ? `${what}\n${clip('traceback', e.traceback, false)}` : what);
    if ('recovered' in result && result.recovered) {
      parts.push(`(the session was reset to ${result.recovered === 'snapshot' ? 'its state before this call' : 'a fresh interpreter: earlier state is lost'})`);
    }
  }
  if (result.valueRepr !== undefined) parts.push(`value: ${clip('value', result.valueRepr, false)}`);
  if (parts.length === 0) parts.push('(no output)');
  parts.push(`fuel used: ${result.fuelUsed}${sessionId ? `; session: ${sessionId}` : ''}`);
  return parts.join('\n\n');
}

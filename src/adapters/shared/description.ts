import type { SandboxOptions } from '../../sandbox/options.js';
import { DEFAULT_LIMITS } from '../../core/limits.js';
import { DIALECT_NOTES } from '../../core/dialect.js';

/** The tool description a model reads: what runs the code, what it may use, what differs from CPython. */
export function toolDescription(options: SandboxOptions): string {
  const memory = Math.round((options.memoryLimit ?? DEFAULT_LIMITS.memoryLimit) / (1024 * 1024));
  const seconds = (options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs) / 1000;
  const functions = Object.keys(options.functions ?? {});
  const lines = [
    'Run Python code in a sandboxed MicroPython interpreter and get back stdout, stderr, the value of the final expression, or the error with its line and a hint.',
    'State (variables, functions, imports, files in /tmp) persists between calls in this conversation.',
    `Limits per call: ${memory} MiB memory, ${seconds} s, a CPU budget.`,
    options.net?.allow.length ? `Network: only via \`import requests\` to ${options.net.allow.join(', ')}.` : 'No network access.',
    options.mounts?.length
      ? `Folders: ${options.mounts.map((m) => `${m.guestPath} (${m.mode === 'rw' ? 'read-write' : 'read-only'})`).join(', ')}; /tmp is writable.`
      : 'Files: a writable /tmp only.',
  ];
  if (functions.length > 0) lines.push(`Host functions callable by name: ${functions.join(', ')}.`);
  lines.push(
    'Standard library: json, re, math, random, collections, itertools, functools, datetime, dataclasses, typing, enum, decimal, fractions, csv, statistics, string, textwrap, asyncio, os, time; no pip packages (numpy, pandas).',
    `Differences from CPython: ${DIALECT_NOTES.join('; ')}.`,
  );
  return lines.join('\n');
}

import { statSync } from 'node:fs';
import { isAbsolute, posix } from 'node:path';
import { checkFunctions, DEFAULT_HOST_CALL_LIMITS, HostCapabilities, type HostCallLimits, type HostFunction } from '../host-calls/registry.js';
import { resolveNetPolicy, type NetOptions } from '../net/policy.js';
import type { SessionConfig } from '../worker/session-config.js';
import { DEFAULT_FS_LIMITS } from '../worker/session-config.js';
import { InvalidOptionsError } from '../core/errors.js';
import { DEFAULT_LIMITS, LIMIT_BOUNDS } from '../core/limits.js';

/**
 * Options, validated in one place before any worker or wasm is involved. Every limit has a safe
 * default (limits.ts); every grant is off unless passed. Unknown option names are refused, so a
 * typo cannot silently fall back to a default.
 */

/** Limits that apply to each run. */
export interface LimitOptions {
  /** Cap on the VM's linear memory, in bytes. Default 64 MiB (min 4 MiB, max 2 GiB). */
  memoryLimit?: number;
  /** Fuel per run: deterministic CPU units. Default 100,000,000. */
  fuel?: number;
  /** Wall-clock limit per run, in milliseconds. Default 5,000. */
  timeoutMs?: number;
  /** Bytes of stdout kept per run; the rest is dropped and `truncated.stdout` set. Default 1 MiB. */
  stdoutLimit?: number;
  /** Bytes of stderr kept per run. Default 1 MiB. */
  stderrLimit?: number;
}

export interface MountOption {
  /** Host folder to expose. Must exist and be a directory. */
  hostPath: string;
  /** Where the guest sees it: an absolute path, not `/` and not under `/tmp`. */
  guestPath: string;
  /** `ro` (default) or `rw`. */
  mode?: 'ro' | 'rw';
}

/** What the sandbox grants the guest. Nothing is granted unless listed here. */
export interface GrantOptions {
  /** Files placed in the guest's in-memory filesystem: `{ '/data/in.csv': 'a,b\n' }`. */
  files?: Record<string, string | Uint8Array>;
  /** Host folders exposed to the guest (read-only by default). */
  mounts?: MountOption[];
  /** Bytes the guest may store in memory (/tmp and placed files). Default 16 MiB. */
  fsQuota?: number;
  /**
   * Files and directories the in-memory filesystem may hold, /tmp and those made for placed files
   * and mount points included (empty ones cost no quota bytes). Default 10,000 (min 1).
   */
  fsMaxEntries?: number;
  /**
   * Bytes the guest may add to read-write mounts over the session's life (net: deleting and
   * truncating give back what they free, never below zero). Default: `fsQuota`.
   */
  mountQuota?: number;
  /** Files and directories the guest may add to read-write mounts (net, like mountQuota). Default: `fsMaxEntries`. */
  mountMaxEntries?: number;
  /** Make `random` and `time` reproducible: same code + inputs = same output and fuel. */
  deterministic?: boolean;
  /** Seed for deterministic mode (implies `deterministic`). Default 0. */
  seed?: number;
  /**
   * Host functions the guest may call: `{ lookup: (key) => db.get(key) }`. In Python they are
   * plain callables (`lookup("k")`) and importable (`from host import lookup`). Arguments and
   * results are JSON values plus bytes; keyword arguments arrive as a final plain object. They
   * may be async: the guest waits.
   */
  functions?: Record<string, HostFunction>;
  /** Caps on host calls (functions and HTTP). */
  hostCalls?: Partial<HostCallLimits>;
  /** Network access through `import http` / `import requests`, limited to an allow-list. Off by default. */
  net?: NetOptions;
}

export type SandboxOptions = LimitOptions & GrantOptions;

/** Per-run extras. */
export interface RunExtras {
  /** Data the guest reads from stdin (`input()`, `sys.stdin`). Default: empty (EOF). */
  stdin?: string | Uint8Array;
  /** Cancels the run: queued, it never starts; running, it is stopped (soft, then hard). */
  signal?: AbortSignal;
  /** Receives stdout text as it is produced (within `stdoutLimit`). */
  onStdout?: (text: string) => void;
  /** Receives stderr text as it is produced (within `stderrLimit`). */
  onStderr?: (text: string) => void;
}

export interface ResolvedLimits {
  memoryLimit: number;
  fuel: number;
  timeoutMs: number;
  stdoutLimit: number;
  stderrLimit: number;
}

type LimitName = keyof ResolvedLimits;
export const LIMIT_NAMES: readonly LimitName[] = ['memoryLimit', 'fuel', 'timeoutMs', 'stdoutLimit', 'stderrLimit'];
export const GRANT_NAMES = ['files', 'mounts', 'fsQuota', 'fsMaxEntries', 'mountQuota', 'mountMaxEntries', 'deterministic', 'seed', 'functions', 'hostCalls', 'net'] as const;
export const RUN_EXTRA_NAMES = ['stdin', 'signal', 'onStdout', 'onStderr'] as const;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return Array.isArray(value) ? 'an array' : typeof value;
}

/** Refuses keys outside `allowed` (a misspelt limit must not silently become the default). */
export function checkKeys(options: unknown, allowed: readonly string[], what = 'options'): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new InvalidOptionsError(what, `must be an object, got ${describe(options)}`);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new InvalidOptionsError(`${what}.${key}`, `is not a known option (expected one of: ${allowed.join(', ')})`);
    }
  }
  return options;
}

function checkLimit(name: LimitName, value: unknown): number {
  const { min, max } = LIMIT_BOUNDS[name];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new InvalidOptionsError(`options.${name}`, `must be an integer, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new InvalidOptionsError(`options.${name}`, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/** Validates the limits in `options`, filling the rest from `base` (or the library defaults). */
export function resolveLimits(options: Record<string, unknown>, base: ResolvedLimits = DEFAULT_LIMITS): ResolvedLimits {
  const out = { ...base };
  for (const name of LIMIT_NAMES) {
    const value = options[name];
    if (value !== undefined) out[name] = checkLimit(name, value);
  }
  return out;
}

export interface ResolvedRunExtras {
  stdin: Uint8Array | undefined;
  signal: AbortSignal | undefined;
  onStdout: ((text: string) => void) | undefined;
  onStderr: ((text: string) => void) | undefined;
}

export function resolveRunExtras(options: Record<string, unknown>): ResolvedRunExtras {
  const { stdin, signal, onStdout, onStderr } = options;
  let bytes: Uint8Array | undefined;
  if (typeof stdin === 'string') bytes = new TextEncoder().encode(stdin);
  else if (stdin instanceof Uint8Array) bytes = stdin;
  else if (stdin !== undefined) throw new InvalidOptionsError('options.stdin', `must be a string or Uint8Array, got ${describe(stdin)}`);
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new InvalidOptionsError('options.signal', 'must be an AbortSignal');
  }
  for (const [name, fn] of [['onStdout', onStdout], ['onStderr', onStderr]] as const) {
    if (fn !== undefined && typeof fn !== 'function') throw new InvalidOptionsError(`options.${name}`, 'must be a function');
  }
  return {
    stdin: bytes,
    signal: signal as AbortSignal | undefined,
    onStdout: onStdout as ((text: string) => void) | undefined,
    onStderr: onStderr as ((text: string) => void) | undefined,
  };
}

function checkGuestPath(field: string, path: unknown): string {
  if (typeof path !== 'string' || !path.startsWith('/') || path.includes('\0')) {
    throw new InvalidOptionsError(field, `must be an absolute guest path, got ${describe(path)}`);
  }
  const normal = posix.normalize(path);
  if (normal !== path.replace(/\/+$/, '') && normal !== path) {
    throw new InvalidOptionsError(field, `must be a normalised path (no '.', '..' or '//'), got ${describe(path)}`);
  }
  return normal;
}

function resolveFiles(value: unknown): Record<string, string | Uint8Array> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw new InvalidOptionsError('options.files', `must be an object of path: content, got ${describe(value)}`);
  const out: Record<string, string | Uint8Array> = {};
  for (const [path, content] of Object.entries(value)) {
    const guestPath = checkGuestPath(`options.files[${JSON.stringify(path)}]`, path);
    if (typeof content !== 'string' && !(content instanceof Uint8Array)) {
      throw new InvalidOptionsError(`options.files[${JSON.stringify(path)}]`, `must be a string or Uint8Array, got ${describe(content)}`);
    }
    out[guestPath] = content;
  }
  return out;
}

function resolveMounts(value: unknown): SessionConfig['mounts'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidOptionsError('options.mounts', `must be an array, got ${describe(value)}`);
  return value.map((mount: unknown, i) => {
    const field = `options.mounts[${i}]`;
    const m = checkKeys(mount, ['hostPath', 'guestPath', 'mode'], field);
    if (typeof m['hostPath'] !== 'string' || !isAbsolute(m['hostPath'])) {
      throw new InvalidOptionsError(`${field}.hostPath`, 'must be an absolute host path');
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(m['hostPath']).isDirectory();
    } catch {
      // reported below
    }
    if (!isDirectory) throw new InvalidOptionsError(`${field}.hostPath`, `is not an existing directory: ${m['hostPath']}`);
    const guestPath = checkGuestPath(`${field}.guestPath`, m['guestPath']);
    if (guestPath === '/' || guestPath === '/tmp' || guestPath.startsWith('/tmp/')) {
      throw new InvalidOptionsError(`${field}.guestPath`, 'must not be / or under /tmp');
    }
    const mode = m['mode'] ?? 'ro';
    if (mode !== 'ro' && mode !== 'rw') throw new InvalidOptionsError(`${field}.mode`, `must be 'ro' or 'rw', got ${describe(mode)}`);
    return { hostPath: m['hostPath'], guestPath, mode };
  });
}

function resolveHostCallLimits(value: unknown): HostCallLimits {
  const o = checkKeys(value, Object.keys(DEFAULT_HOST_CALL_LIMITS), 'options.hostCalls');
  const out = { ...DEFAULT_HOST_CALL_LIMITS };
  for (const key of Object.keys(out) as Array<keyof HostCallLimits>) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InvalidOptionsError(`options.hostCalls.${key}`, 'must be a positive integer');
    out[key] = v;
  }
  return out;
}

/** What the main thread keeps for a session: its host functions and network policy. */
export function resolveCapabilities(options: Record<string, unknown>): HostCapabilities {
  return new HostCapabilities(
    checkFunctions(options['functions']),
    resolveNetPolicy(options['net']),
    resolveHostCallLimits(options['hostCalls']),
  );
}

/** An integer option from `min` to `max`, or undefined when not given. */
function optionalCount(options: Record<string, unknown>, name: string, what: string, min: number, max: number): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionsError(`options.${name}`, `must be ${what} from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/** Builds the worker-side session configuration from validated grant options. */
export function resolveSessionConfig(options: Record<string, unknown>, limits: ResolvedLimits, recovery: boolean,
  capabilities: HostCapabilities = resolveCapabilities(options)): SessionConfig {
  const { deterministic, seed } = options;
  const quota = optionalCount(options, 'fsQuota', 'an integer number of bytes', 0, 2 ** 31) ?? DEFAULT_FS_LIMITS.quotaBytes;
  const maxEntries = optionalCount(options, 'fsMaxEntries', 'an integer number of entries', 1, 2 ** 31) ?? DEFAULT_FS_LIMITS.maxEntries;
  const mountQuota = optionalCount(options, 'mountQuota', 'an integer number of bytes', 0, 2 ** 40) ?? quota;
  const mountMaxEntries = optionalCount(options, 'mountMaxEntries', 'an integer number of entries', 0, 2 ** 31) ?? maxEntries;
  if (deterministic !== undefined && typeof deterministic !== 'boolean') {
    throw new InvalidOptionsError('options.deterministic', `must be a boolean, got ${describe(deterministic)}`);
  }
  if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)) {
    throw new InvalidOptionsError('options.seed', `must be an integer from 0 to 2^32-1, got ${describe(seed)}`);
  }
  const config: SessionConfig = {
    memoryLimit: limits.memoryLimit,
    files: resolveFiles(options['files']),
    mounts: resolveMounts(options['mounts']),
    fsLimits: {
      ...DEFAULT_FS_LIMITS,
      quotaBytes: quota,
      maxFileBytes: Math.min(DEFAULT_FS_LIMITS.maxFileBytes, Math.max(quota, 1)),
      maxEntries,
      mountQuotaBytes: mountQuota,
      mountMaxEntries,
    },
    recovery,
    hostFunctions: [...capabilities.functions.keys()],
    network: capabilities.net !== undefined,
    maxHostCallArgBytes: capabilities.limits.maxArgBytes,
    hostCallTimeoutMs: Math.max(capabilities.limits.timeoutMs, capabilities.net?.timeoutMs ?? 0),
  };
  if (deterministic === true || seed !== undefined) {
    config.deterministic = { seed: (seed as number | undefined) ?? 0, epochMs: DETERMINISTIC_EPOCH_MS };
  }
  return config;
}

/** Deterministic runs start their clock at 2024-01-01T00:00:00Z. */
export const DETERMINISTIC_EPOCH_MS = Date.UTC(2024, 0, 1);

import { InvalidOptionsError } from './errors.js';
import { DEFAULT_LIMITS, LIMIT_BOUNDS } from './limits.js';

/**
 * Options shared by `run()` and sessions. Every limit has a safe default (see limits.ts); the
 * grants that give the guest anything beyond computation are off unless passed.
 */
export interface SandboxOptions {
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

/** Per-run options. The limits here override the session's for this run only. */
export interface RunOptions extends SandboxOptions {
  /** Data the guest reads from stdin (`input()`, `sys.stdin`). Default: empty (EOF). */
  stdin?: string | Uint8Array;
  /** Cancels the run: soft stop first, then hard stop. */
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
const LIMIT_NAMES: readonly LimitName[] = ['memoryLimit', 'fuel', 'timeoutMs', 'stdoutLimit', 'stderrLimit'];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}

/** Validates the limits in `options`, filling defaults from `base` (or the library defaults). */
export function resolveLimits(options: unknown, base: ResolvedLimits = DEFAULT_LIMITS): ResolvedLimits {
  if (options === undefined) return { ...base };
  if (!isPlainObject(options)) throw new InvalidOptionsError('options', `must be an object, got ${describe(options)}`);
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

export function resolveRunExtras(options: RunOptions | undefined): ResolvedRunExtras {
  const o = (options ?? {}) as Record<string, unknown>;
  const { stdin, signal, onStdout, onStderr } = o;
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

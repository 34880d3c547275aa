import { AsyncLocalStorage } from 'node:async_hooks';
import { HostFunctionError, InvalidOptionsError } from '../core/errors.js';
import { performRequest, NetError, type GuestHttpRequest } from '../net/client.js';
import type { NetPolicy } from '../net/policy.js';
import { scrubGuestText } from './guest-text.js';
import { decodeGuestPayload, errorReply, HostValueError, okReply } from './values.js';

/**
 * Host functions and network access for one session (or one-shot run), on the main thread.
 * Requests arrive from the guest through the worker; this module checks the caps, calls the
 * user's function (sync or async) with a timeout and an AbortSignal, and turns the outcome into
 * the reply envelope. A host exception reaches Python as HostError with its message only: no
 * host stack trace, no paths.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HostFunction = (...args: any[]) => unknown;

export interface HostCallLimits {
  /** Largest encoded argument payload per call, in bytes. Default 1 MiB. */
  maxArgBytes: number;
  /** Largest encoded result per call, in bytes. Default 1 MiB. */
  maxResultBytes: number;
  /** Time a host function may take (never beyond the run's own deadline). Default 10,000 ms. */
  timeoutMs: number;
  /** Host calls (functions and HTTP requests) per run. Default 1,000. */
  maxCallsPerRun: number;
}

export const DEFAULT_HOST_CALL_LIMITS: HostCallLimits = {
  maxArgBytes: 1024 * 1024,
  maxResultBytes: 1024 * 1024,
  timeoutMs: 10_000,
  maxCallsPerRun: 1000,
};

export interface HostCallContext {
  /** The session (or one-shot run) whose guest made the call. */
  sessionId: string;
  /** The host function being called, or `http` for a network request. */
  name: string;
  /** Aborted when the call times out or the run is cancelled. */
  signal: AbortSignal;
}

const context = new AsyncLocalStorage<HostCallContext>();

/** Inside a host function: who is calling, and a signal to stop work that is no longer wanted. */
export function getHostCallContext(): HostCallContext | undefined {
  return context.getStore();
}

const PYTHON_RESERVED = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
  // builtins a host function must not shadow
  'abs', 'all', 'any', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex', 'delattr',
  'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'filter', 'float', 'frozenset', 'getattr', 'globals', 'hasattr',
  'hash', 'help', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max',
  'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed',
  'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'zip',
  'Exception', 'BaseException', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'RuntimeError', 'OSError',
]);

/** Checks a `{ name: fn }` map; returns it as a Map. */
export function checkFunctions(value: unknown, field = 'options.functions'): Map<string, HostFunction> {
  if (value === undefined) return new Map();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidOptionsError(field, 'must be an object of { name: function }');
  }
  const out = new Map<string, HostFunction>();
  for (const [name, fn] of Object.entries(value)) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(name) || PYTHON_RESERVED.has(name)) {
      throw new HostFunctionError(`host function name ${JSON.stringify(name)} must be a Python identifier (no leading _, not a keyword or builtin)`);
    }
    if (typeof fn !== 'function') throw new HostFunctionError(`host function ${name} must be a function, got ${typeof fn}`);
    out.set(name, fn as HostFunction);
  }
  return out;
}

export class HostCapabilities {
  readonly functions: Map<string, HostFunction>;
  private calls = 0;
  private requests = 0;

  constructor(
    functions: Map<string, HostFunction>,
    readonly net: NetPolicy | undefined,
    readonly limits: HostCallLimits,
  ) {
    this.functions = functions;
  }

  /** Called when a run starts: the per-run call budget starts over. */
  beginRun(): void {
    this.calls = 0;
    this.requests = 0;
  }

  async dispatch(sessionId: string, op: string, args: readonly string[], runSignal: AbortSignal | undefined): Promise<string> {
    if (++this.calls > this.limits.maxCallsPerRun) {
      return errorReply('HostError', `too many host calls in one run (limit ${this.limits.maxCallsPerRun})`);
    }
    // After the JSON payload may come the tail its long strings are in (see values.ts).
    if (op === 'host' && (args.length === 2 || args.length === 3)) return this.callFunction(sessionId, args[0]!, args[1]!, args[2], runSignal);
    if (op === 'http' && (args.length === 1 || args.length === 2)) return this.fetch(sessionId, args[0]!, args[1], runSignal);
    return errorReply('HostError', 'unknown host call');
  }

  private async callFunction(sessionId: string, name: string, payload: string, tail: string | undefined, runSignal: AbortSignal | undefined): Promise<string> {
    const fn = this.functions.get(name);
    if (!fn) return errorReply('HostError', `the host provides no function named '${name}'`);
    let args: unknown[];
    try {
      // Positional and keyword arguments are an array: anything else is refused unread.
      if (!/^\s*\[/.test(payload)) throw new Error('not an [args, kwargs] pair');
      const decoded = await decodeGuestPayload(payload, tail, runSignal);
      if (!Array.isArray(decoded) || decoded.length !== 2 || !Array.isArray(decoded[0]) || !isPlainRecord(decoded[1])) {
        throw new Error('not an [args, kwargs] pair');
      }
      args = [...(decoded[0] as unknown[])];
      if (Object.keys(decoded[1]).length > 0) args.push({ ...decoded[1] });
    } catch (error) {
      return errorReply('TypeError', error instanceof HostValueError ? error.message : 'malformed host call arguments');
    }
    return this.withTimeout(sessionId, name, runSignal, async (signal) => {
      const value = await context.run({ sessionId, name, signal }, () => fn(...args));
      return this.encodeResult(name, value);
    });
  }

  private async fetch(sessionId: string, payload: string, tail: string | undefined, runSignal: AbortSignal | undefined): Promise<string> {
    if (!this.net) return errorReply('HostError', 'network access is not granted');
    if (++this.requests > this.net.maxRequestsPerRun) {
      return errorReply('HostError', `too many HTTP requests in one run (limit ${this.net.maxRequestsPerRun})`);
    }
    let request: GuestHttpRequest;
    try {
      if (!/^\s*\{/.test(payload)) throw new Error('not an object');
      const decoded = await decodeGuestPayload(payload, tail, runSignal);
      if (!isPlainRecord(decoded)) throw new Error('not an object');
      request = decoded as unknown as GuestHttpRequest;
    } catch (error) {
      return errorReply('TypeError', error instanceof HostValueError ? error.message : 'malformed request');
    }
    const net = this.net;
    return this.withTimeout(sessionId, 'http', runSignal, async () => {
      try {
        const response = await performRequest(net, request, performance.now() + Math.min(this.limits.timeoutMs, net.timeoutMs));
        return this.encodeResult('http', response);
      } catch (error) {
        if (error instanceof NetError) return errorReply('HostError', error.message);
        throw error;
      }
    }, Math.max(this.limits.timeoutMs, net.timeoutMs));
  }

  private encodeResult(name: string, value: unknown): string {
    let reply: string;
    try {
      reply = okReply(value);
    } catch (error) {
      // A getter or proxy trap on the value may throw anything: scrub it like any host error.
      const reason = error instanceof HostValueError ? error.message : describeHostError(error);
      return errorReply('TypeError', `host function ${name} returned a value Python cannot receive: ${reason}`);
    }
    if (reply.length > this.limits.maxResultBytes) {
      return errorReply('ValueError', `the result of ${name} is larger than ${this.limits.maxResultBytes} bytes`);
    }
    return reply;
  }

  private async withTimeout(sessionId: string, name: string, runSignal: AbortSignal | undefined,
    work: (signal: AbortSignal) => Promise<string>, timeoutMs = this.limits.timeoutMs): Promise<string> {
    const controller = new AbortController();
    const signals = runSignal ? [controller.signal, runSignal] : [controller.signal];
    const signal = AbortSignal.any(signals);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => {
        controller.abort(new Error('timed out'));
        resolve(errorReply('HostError', `host function ${name} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([
        work(signal).catch((error: unknown) => errorReply('HostError', describeHostError(error))),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
      void sessionId;
    }
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/**
 * The message only: a host exception must not leak stack traces, file paths or addresses into
 * the guest (errorReply scrubs it; see guest-text.ts).
 */
export function describeHostError(error: unknown): string {
  let message: unknown;
  try {
    // A thrown Proxy can trap instanceof and property reads: either may throw again.
    message = error instanceof Error ? error.message : error;
  } catch {
    message = undefined;
  }
  if (typeof message !== 'string' || message === '') return 'the host function failed';
  return scrubGuestText(message);
}

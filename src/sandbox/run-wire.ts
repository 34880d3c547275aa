import type { ExecOutcome } from '../interpreter/interpreter.js';
import type { OutputHandler } from '../worker/worker-handle.js';
import type { RunLimitsWire } from '../worker/protocol.js';
import { InvalidCodeError } from '../core/errors.js';
import { MAX_CODE_LENGTH } from '../core/limits.js';
import type { ResolvedLimits, ResolvedRunExtras } from './options.js';
import { toRunResult, type RunResult } from './result.js';

/** Helpers shared by one-shot runs and session runs: validating code, building the wire form. */

export function checkCode(code: unknown): string {
  if (typeof code !== 'string') throw new InvalidCodeError(`code must be a string, got ${code === null ? 'null' : typeof code}`);
  if (code.length > MAX_CODE_LENGTH) throw new InvalidCodeError(`code is longer than ${MAX_CODE_LENGTH} characters`);
  return code;
}

export function toWireLimits(limits: ResolvedLimits, extras: ResolvedRunExtras): RunLimitsWire {
  return {
    fuel: limits.fuel,
    timeoutMs: limits.timeoutMs,
    stdoutLimit: limits.stdoutLimit,
    stderrLimit: limits.stderrLimit,
    stdin: extras.stdin,
    streamStdout: extras.onStdout !== undefined,
    streamStderr: extras.onStderr !== undefined,
    cancel: new SharedArrayBuffer(4),
  };
}

export function outputRouter(extras: ResolvedRunExtras): OutputHandler | undefined {
  if (!extras.onStdout && !extras.onStderr) return undefined;
  return (stream, text) => {
    // A throwing listener must not break the run or the worker protocol.
    try {
      (stream === 'stdout' ? extras.onStdout : extras.onStderr)?.(text);
    } catch {
      // ignored
    }
  };
}

export function resultFrom(outcome: ExecOutcome): RunResult {
  return toRunResult(outcome);
}

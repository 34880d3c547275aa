import { getCompiledArtifact } from '../artifact/module-cache.js';
import type { ExecLimits } from '../interpreter/interpreter.js';
import { VmPool } from '../interpreter/vm-pool.js';
import { AbortedError, InvalidCodeError } from './errors.js';
import { GRACE_FUEL, GRACE_MS, MAX_CODE_LENGTH } from './limits.js';
import { resolveLimits, resolveRunExtras, type ResolvedLimits, type ResolvedRunExtras, type RunOptions } from './options.js';
import { toRunResult, type RunResult } from './result.js';

export function checkCode(code: unknown): string {
  if (typeof code !== 'string') throw new InvalidCodeError(`code must be a string, got ${code === null ? 'null' : typeof code}`);
  if (code.length > MAX_CODE_LENGTH) throw new InvalidCodeError(`code is longer than ${MAX_CODE_LENGTH} characters`);
  return code;
}

export function execLimits(limits: ResolvedLimits, extras: ResolvedRunExtras, cancelFlag?: Int32Array): ExecLimits {
  return {
    fuel: limits.fuel,
    timeoutMs: limits.timeoutMs,
    stdoutBytes: limits.stdoutLimit,
    stderrBytes: limits.stderrLimit,
    graceFuel: GRACE_FUEL,
    graceMs: GRACE_MS,
    cancelFlag,
    onStdout: extras.onStdout,
    onStderr: extras.onStderr,
    stdin: extras.stdin,
    captureValue: true,
  };
}

let pool: Promise<VmPool> | undefined;

function localPool(): Promise<VmPool> {
  pool ??= getCompiledArtifact().then((artifact) => new VmPool(artifact));
  return pool;
}

/**
 * Runs `code` once in a fresh VM and resolves with the result. Nothing survives the run: the VM,
 * its files and its memory are discarded (or reset to the pristine template) afterwards.
 */
export async function run(code: string, options?: RunOptions): Promise<RunResult> {
  const source = checkCode(code);
  const limits = resolveLimits(options);
  const extras = resolveRunExtras(options);
  if (extras.signal?.aborted) throw new AbortedError(extras.signal.reason);
  const vms = await localPool();
  const vm = vms.acquire({ memoryLimitBytes: limits.memoryLimit });
  try {
    return toRunResult(vm.exec(source, execLimits(limits, extras)));
  } finally {
    vms.release(vm);
  }
}

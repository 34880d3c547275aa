import { PYSTACK_WORDS } from '../../src/core/limits.js';
import { getCompiledEngine, type CompiledEngine } from '../../src/engine/module.js';
import { Interpreter, type ExecLimits, type ExecOutcome, type VmConfig } from '../../src/interpreter/interpreter.js';
import { VmPool } from '../../src/interpreter/vm-pool.js';
import type { VmImage } from '../../src/interpreter/vm-image.js';

/** Shared fixtures for tests that drive the synchronous Interpreter directly. */

export const TEST_LIMITS: ExecLimits = {
  fuel: 200_000_000,
  timeoutMs: 20_000,
  stdoutBytes: 1 << 20,
  stderrBytes: 1 << 20,
  graceFuel: 5_000_000,
  graceMs: 250,
};

export const TEST_CONFIG: VmConfig = {
  memoryLimitBytes: 64 << 20,
  heapInitialBytes: 256 << 10,
  pystackWords: PYSTACK_WORDS,
};

let shared: Promise<{ artifact: CompiledEngine; template: VmImage }> | undefined;

export function artifactAndTemplate(): Promise<{ artifact: CompiledEngine; template: VmImage }> {
  shared ??= getCompiledEngine().then((artifact) => ({ artifact, template: new VmPool(artifact).templateImage }));
  return shared;
}

export async function freshVm(config: Partial<VmConfig> = {}): Promise<Interpreter> {
  const { artifact, template } = await artifactAndTemplate();
  return new Interpreter(artifact, { ...TEST_CONFIG, ...config }, template);
}

/** Runs code in a fresh VM. */
export async function exec(code: string, limits: Partial<ExecLimits> = {}, config: Partial<VmConfig> = {}): Promise<ExecOutcome> {
  const vm = await freshVm(config);
  return vm.exec(code, { ...TEST_LIMITS, ...limits });
}

/** Runs code that must succeed; returns its stdout. */
export async function stdoutOf(code: string): Promise<string> {
  const outcome = await exec(code);
  if (!outcome.ok) throw new Error(`guest failed: ${outcome.error?.traceback ?? outcome.error?.message}`);
  return outcome.stdout;
}

import { ArtifactError } from '../sandbox/errors.js';
import type { GuestFileSystem } from '../vfs/types.js';
import { createClockRandomImports, type ClockSource, type RandomSource } from './clock-random.js';
import type { GuestMemory } from './guest-memory.js';
import { createHeapGrowthImport, type HeapLimit } from './heap-growth.js';
import { createJsBridgeImports, type BridgeExports, type HostCallHandler } from './js-bridge.js';
import { createPosixFsImports } from './posix-fs.js';
import type { StdioPorts } from './stdio.js';
import { createWasiFdImports } from './wasi-fds.js';

/**
 * The whole attack surface in one place: the import object handed to the transformed module.
 * It lists exactly the calls we support; `assertImportsMatch` refuses a module that asks for
 * anything else (or no longer asks for something we expect), so a different build cannot
 * silently fall back to a missing or unexpected import.
 */

export class GuestAbort extends Error {
  constructor() {
    super('the guest called abort()');
    this.name = 'GuestAbort';
  }
}

export interface HostContext {
  memory: GuestMemory;
  rawMemory: () => WebAssembly.Memory;
  exports: () => BridgeExports;
  stdio: StdioPorts;
  fs: () => GuestFileSystem;
  maxPathBytes: () => number;
  clock: () => ClockSource;
  random: () => RandomSource;
  heap: HeapLimit;
  outOfFuel: () => void;
  sleep: (ms: number) => void;
  hostCall: HostCallHandler;
}

export function buildImports(ctx: HostContext): WebAssembly.Imports {
  return {
    env: {
      ...createJsBridgeImports(ctx.memory, ctx.exports, ctx.hostCall),
      ...createPosixFsImports(ctx.memory, ctx.fs, ctx.maxPathBytes),
      ...createClockRandomImports(ctx.clock, ctx.random),
      ...createHeapGrowthImport(ctx.rawMemory, ctx.heap),
      _abort_js: (): never => {
        throw new GuestAbort();
      },
    },
    wasi_snapshot_preview1: createWasiFdImports(ctx.memory, ctx.stdio, ctx.fs),
    mps: { out_of_fuel: ctx.outOfFuel, sleep: ctx.sleep },
  };
}

const verified = new WeakSet<WebAssembly.Module>();

/** Checked once per module: the import object's shape never varies between VMs. */
export function assertImportsMatch(module: WebAssembly.Module, imports: WebAssembly.Imports): void {
  if (verified.has(module)) return;
  const wanted = new Set(WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`));
  const provided = new Set<string>();
  for (const [mod, fields] of Object.entries(imports)) {
    for (const name of Object.keys(fields)) provided.add(`${mod}.${name}`);
  }
  const missing = [...wanted].filter((n) => !provided.has(n));
  const unused = [...provided].filter((n) => !wanted.has(n));
  if (missing.length > 0 || unused.length > 0) {
    throw new ArtifactError(
      `the module's imports do not match the host: missing [${missing.join(', ')}], unexpected [${unused.join(', ')}]`,
    );
  }
  verified.add(module);
}

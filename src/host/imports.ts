import { ArtifactError } from '../core/errors.js';
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
 *
 * GC safety rule: only the js bridge (and the host-call handler behind it) may call back into the
 * module. The transform skips pointer spilling around every other import (LEAF_IMPORTS in
 * transform/pipeline.ts); an import that re-entered the module without being removed from that
 * list could let a collection miss live pointers.
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
  /** Bytes MicroPython may still claim for a new heap area without crossing the memory cap. */
  heapRoom: () => number;
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
    mps: { out_of_fuel: ctx.outOfFuel, sleep: ctx.sleep, heap_room: ctx.heapRoom },
  };
}

const requested = new WeakMap<WebAssembly.Module, Array<{ module: string; name: string }>>();

/**
 * Narrows the import object to exactly what the module asks for (nothing else is handed over),
 * and refuses a module that asks for anything the host does not implement.
 */
export function selectImports(module: WebAssembly.Module, imports: WebAssembly.Imports): WebAssembly.Imports {
  let wanted = requested.get(module);
  if (!wanted) {
    wanted = WebAssembly.Module.imports(module).map(({ module: mod, name }) => ({ module: mod, name }));
    const missing = wanted.filter((i) => typeof imports[i.module]?.[i.name] !== 'function').map((i) => `${i.module}.${i.name}`);
    if (missing.length > 0) {
      throw new ArtifactError(`the module needs imports the host does not provide: ${missing.join(', ')}`);
    }
    requested.set(module, wanted);
  }
  const selected: WebAssembly.Imports = {};
  for (const { module: mod, name } of wanted) (selected[mod] ??= {})[name] = imports[mod]![name]!;
  return selected;
}

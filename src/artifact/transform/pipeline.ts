import { TransformError } from '../../core/errors.js';
import { loadBinaryen } from './binaryen.js';
import { collectFacts, check } from './facts.js';
import { meterLoops, FUEL_EXPORT } from './fuel.js';
import { findMemoryLayout } from './memory-layout.js';
import { patchMemoryLimits, readDataSegments, withGlobalNames } from './sections.js';
import { moveSetjmpIntoWasm } from './sjlj.js';
import { trapDeliberateHangs } from './hang-traps.js';
import { growStringBuffersGeometrically } from './vstr-growth.js';
import { spreadHashSlots } from './hash-spread.js';
import { skipQstrLookupForNewStrings, type QstrLookupStats } from './new-str-lookup.js';
import { copySequencesByDoubling } from './seq-multiply.js';
import { replaceBusyWaitSleeps } from './sleep.js';
import { findVmState, type VmStateAddresses } from './vm-state.js';
import { makeAllocatorNextFit } from './allocator-hint.js';
import { buildCallGraph } from './call-graph.js';
import { installGcCollect, setCStackLimit } from './gc-collect.js';
import { findGcFacts } from './gc-facts.js';
import { spillPointersForGc, type SpillStats } from './gc-spill.js';

/** Bump whenever the output of the transform changes; it is part of the cache key. */
export const TRANSFORM_VERSION = 19;

/**
 * Imports the host implements without ever calling back into the module. Calls to them cannot
 * trigger a garbage collection, so pointers need not be spilled around them. Any import missing
 * here is assumed to re-enter (the js bridge does: it allocates Python objects).
 */
export const LEAF_IMPORTS: ReadonlySet<string> = new Set([
  'env.__syscall_chdir', 'env.__syscall_getcwd', 'env.__syscall_mkdirat', 'env.__syscall_openat',
  'env.__syscall_poll', 'env.__syscall_getdents64', 'env.__syscall_renameat', 'env.__syscall_rmdir',
  'env.__syscall_fstat64', 'env.__syscall_stat64', 'env.__syscall_newfstatat', 'env.__syscall_lstat64',
  'env.__syscall_statfs64', 'env.__syscall_unlinkat',
  'wasi_snapshot_preview1.fd_close', 'wasi_snapshot_preview1.fd_sync', 'wasi_snapshot_preview1.fd_seek',
  'wasi_snapshot_preview1.fd_read', 'wasi_snapshot_preview1.fd_write',
  'env.mp_js_ticks_ms', 'env.mp_js_time_ms', 'env.mp_js_random_u32', 'env.emscripten_resize_heap',
  'env._abort_js', 'env._emscripten_throw_longjmp', 'mps.heap_room', 'mps.sleep',
]);

/** MicroPython's C-stack budget within the 64 KiB shadow stack (the build uses 32 KiB). */
export const CSTACK_LIMIT = 49152;

/** Hard upper bound on linear memory (the host's per-run cap is enforced below it). */
export const MAX_MEMORY_PAGES = 32768; // 2 GiB

export interface TransformManifest {
  transformVersion: number;
  stackPointerExport: string;
  mutableGlobalExports: string[];
  fuelExport: string;
  heapBase: number;
  brkAddress: number;
  initialPages: number;
  loopsMetered: number;
  newStrLookup: QstrLookupStats;
  meterFuel: boolean;
  midRunGc: boolean;
  vmState: VmStateAddresses;
  gc: {
    allocThresholdAddress: number;
    lockDepthAddress: number;
    spill: SpillStats;
  };
}

export interface TransformOutput {
  wasm: Uint8Array;
  manifest: TransformManifest;
}

export const STACK_POINTER_EXPORT = 'mps_stack_pointer';

export interface TransformOptions {
  /** Meter loops with fuel. Off only for the benchmark's measurement of metering overhead. */
  meterFuel: boolean;
  /**
   * Collect garbage mid-run (pointer spilling + a real gc_collect). Off only for the benchmark's
   * measurement of what it costs: without it garbage piles up until the run returns.
   */
  midRunGc: boolean;
}

export const DEFAULT_TRANSFORM: TransformOptions = { meterFuel: true, midRunGc: true };

export async function transformArtifact(input: Uint8Array, options: TransformOptions = DEFAULT_TRANSFORM): Promise<TransformOutput> {
  const b = await loadBinaryen();
  const segments = readDataSegments(input);
  // Name global 0 so binaryen's stack-aware passes recognise it; identification below checks it.
  const m = b.readBinary(withGlobalNames(input, new Map([[0, '__stack_pointer']])));
  try {
    let facts = collectFacts(b, m);
    check(facts.stackPointer === '__stack_pointer', 'global 0 must be the stack pointer');
    const layout = findMemoryLayout(b, m, facts, segments);
    const vmState = findVmState(b, m, facts);
    const gc = findGcFacts(b, m, facts);

    replaceBusyWaitSleeps(b, m, facts);
    growStringBuffersGeometrically(b, m, facts);
    spreadHashSlots(b, m, facts);
    const newStrLookup = skipQstrLookupForNewStrings(b, m, facts);
    copySequencesByDoubling(b, m, facts);
    makeAllocatorNextFit(b, m, gc.gcAlloc, facts.definedFunctions);
    installGcCollect(b, m, facts, gc, options.midRunGc);
    setCStackLimit(b, gc, CSTACK_LIMIT);
    facts = collectFacts(b, m);
    const spill = options.midRunGc
      ? spillPointersForGc(b, m, facts, buildCallGraph(b, m, facts, LEAF_IMPORTS), gc.gcCollect, LEAF_IMPORTS)
      : { functionsSpilled: 0, spillStoresKept: 0, spillStoresDropped: 0 };
    b.setOptimizeLevel(2);
    b.setShrinkLevel(0);
    m.optimize();
    facts = collectFacts(b, m);
    // After -O2, which gives every deliberate hang the same shape.
    trapDeliberateHangs(b, m, facts);

    moveSetjmpIntoWasm(b, m, facts);
    // A collection must not stop half-way (it would leave the heap locked), and its loops run
    // once per heap word: metering them would make fuel a measure of heap size. Each collection
    // is charged by the size of memory instead, which a guest forcing collections (gc.threshold(1)
    // over a big heap) pays for, and which brings the deadline check round. The allocator's
    // free-block search is metered like any loop.
    const unmetered = new Set([gc.gcCollect, gc.gcCollectStart, gc.gcCollectEnd, ...gc.gcMarkers]);
    // Without mid-run GC (a benchmark variant) gc_collect is not a collection: nothing to charge.
    const chargedByMemorySize = options.midRunGc ? [gc.gcCollect] : [];
    const loopsMetered = meterLoops(b, m, facts, { unmetered, chargedByMemorySize }, options.meterFuel);

    const mutableGlobalExports: string[] = [];
    for (let i = 0; i < m.getNumGlobals(); i++) {
      const g = b.getGlobalInfo(m.getGlobalByIndex(i));
      if (!g.mutable || g.module) continue;
      const exportName = g.name === facts.stackPointer ? STACK_POINTER_EXPORT
        : g.name.startsWith('__mps_') ? null : `mps_global_${i}`;
      if (exportName) {
        m.addGlobalExport(g.name, exportName);
        mutableGlobalExports.push(exportName);
      }
    }

    if (!m.validate()) throw new TransformError('the transformed module does not validate');
    const wasm = patchMemoryLimits(m.emitBinary(), layout.initialPages, MAX_MEMORY_PAGES);
    if (!WebAssembly.validate(wasm)) throw new TransformError('V8 rejects the transformed module');
    return {
      wasm,
      manifest: {
        transformVersion: TRANSFORM_VERSION,
        stackPointerExport: STACK_POINTER_EXPORT,
        mutableGlobalExports,
        fuelExport: FUEL_EXPORT,
        heapBase: layout.heapBase,
        brkAddress: layout.brkAddress,
        initialPages: layout.initialPages,
        loopsMetered,
        newStrLookup,
        meterFuel: options.meterFuel,
        midRunGc: options.midRunGc,
        vmState,
        gc: { allocThresholdAddress: gc.gcAllocThreshold, lockDepthAddress: gc.gcLockDepth, spill },
      },
    };
  } finally {
    m.dispose();
  }
}

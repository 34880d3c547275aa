import { TransformError } from '../../sandbox/errors.js';
import { loadBinaryen } from './binaryen.js';
import { collectFacts, check } from './facts.js';
import { meterLoops, FUEL_EXPORT } from './fuel.js';
import { findMemoryLayout } from './memory-layout.js';
import { patchMemoryLimits, readDataSegments, withGlobalNames } from './sections.js';
import { moveSetjmpIntoWasm } from './sjlj.js';
import { replaceBusyWaitSleeps } from './sleep.js';
import { findVmState, type VmStateAddresses } from './vm-state.js';

/** Bump whenever the output of the transform changes; it is part of the cache key. */
export const TRANSFORM_VERSION = 2;

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
  meterFuel: boolean;
  vmState: VmStateAddresses;
}

export interface TransformOutput {
  wasm: Uint8Array;
  manifest: TransformManifest;
}

export const STACK_POINTER_EXPORT = 'mps_stack_pointer';

export interface TransformOptions {
  /** Meter loops with fuel. Off only for the benchmark's measurement of metering overhead. */
  meterFuel: boolean;
}

export const DEFAULT_TRANSFORM: TransformOptions = { meterFuel: true };

export async function transformArtifact(input: Uint8Array, options: TransformOptions = DEFAULT_TRANSFORM): Promise<TransformOutput> {
  const b = await loadBinaryen();
  const segments = readDataSegments(input);
  // Name global 0 so binaryen's stack-aware passes recognise it; identification below checks it.
  const m = b.readBinary(withGlobalNames(input, new Map([[0, '__stack_pointer']])));
  try {
    const facts = collectFacts(b, m);
    check(facts.stackPointer === '__stack_pointer', 'global 0 must be the stack pointer');
    const layout = findMemoryLayout(b, m, facts, segments);
    const vmState = findVmState(b, m, facts);

    moveSetjmpIntoWasm(b, m, facts);
    replaceBusyWaitSleeps(b, m, facts);
    const loopsMetered = meterLoops(b, m, facts, new Set(), options.meterFuel);

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
        meterFuel: options.meterFuel,
        vmState,
      },
    };
  } finally {
    m.dispose();
  }
}

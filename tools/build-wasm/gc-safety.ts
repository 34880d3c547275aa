import type binaryenType from 'binaryen';
import { addStackWatermark } from './stack-watermark.js';

/**
 * Makes the module safe for MicroPython's garbage collector (see native/port/memory.c).
 *
 * The collector finds live objects by scanning memory: its roots, the Python stack and the C
 * shadow stack. Values clang keeps in wasm locals or on the operand stack are invisible to it.
 * For every function, `flatten` first moves every intermediate value into a local, then
 * `spill-pointers` stores each i32 local that is live across a call into the function's frame on
 * the shadow stack before the call, where the scan sees it. `optimize` then removes what the
 * flattening made redundant (the spill stores stay: they are memory writes).
 *
 * Exempt: mp_execute_bytecode. Spilling it costs 1.3-1.7x on interpreter-bound code, and it needs
 * none: every object it holds across a call is also on the frame's Python value stack or in its
 * code_state, both in the Python stack (pystack), which the collector scans; its nlr buffer is in
 * shadow memory. The GC torture tests (test/gc/) check this assumption on every build.
 */
export const GC_EXEMPT_FUNCTIONS = ['mp_execute_bytecode'] as const;

export interface GcSafetyReport {
  spilledFunctions: number;
  exempt: string[];
  /** Stack-pointer writes instrumented by the stack watermark (stack-watermark.ts). */
  stackWrites: number;
}

/** GC safety, optimisation, then the stack watermark. */
export async function makeGcSafe(input: Uint8Array): Promise<{ wasm: Uint8Array; report: GcSafetyReport }> {
  const binaryen: typeof binaryenType = (await import('binaryen')).default;
  const module = binaryen.readBinary(input);
  const F = binaryen.Features;
  module.setFeatures(F.MVP | F.ExceptionHandling | F.BulkMemory | F.BulkMemoryOpt | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals);
  const exempt = new Set<string>(process.env['MPS_SPILL_ALL'] === '1' ? [] : GC_EXEMPT_FUNCTIONS);
  const found: string[] = [];
  let spilled = 0;
  try {
    for (let i = 0; i < module.getNumFunctions(); i++) {
      const func = module.getFunctionByIndex(i);
      const info = binaryen.getFunctionInfo(func);
      if (info.module !== '') continue; // an import
      if (exempt.has(info.name)) {
        found.push(info.name);
        continue;
      }
      module.runPassesOnFunction(func, ['flatten', 'simplify-locals-nonesting', 'coalesce-locals', 'spill-pointers']);
      spilled++;
    }
    const missing = [...exempt].filter((name) => !found.includes(name));
    if (missing.length > 0 && process.env['MPS_SPILL_ALL'] !== '1') throw new Error(`the module has no function named ${missing.join(', ')} (function names are needed to exempt it)`);
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(0);
    binaryen.setDebugInfo(process.env['MPS_WASM_NAMES'] === '1'); // names only for local profiling
    module.optimize();
    const stackWrites = addStackWatermark(binaryen, module);
    if (!module.validate()) throw new Error('binaryen produced an invalid module');
    // Function names are no longer needed once the exempt list is applied; keep the module lean.
    return { wasm: module.emitBinary(), report: { spilledFunctions: spilled, exempt: found, stackWrites } };
  } finally {
    module.dispose();
  }
}

import { helpers, type Binaryen, type Module } from './binaryen.js';
import type { ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * Deterministic CPU metering. Every loop header decrements a mutable i32 global; when it drops
 * below zero the module calls the imported `mps.out_of_fuel`, where the host accounts the slice,
 * checks deadlines and cancellation, and either refills the counter or stops the guest. The same
 * code always takes the same number of loop iterations, so fuel use is reproducible.
 *
 * The counter is i32 because the host hands out fuel in slices (well under 2^31); totals are kept
 * on the host side.
 */

export const FUEL_GLOBAL = '__mps_fuel';
export const FUEL_EXPORT = 'mps_fuel';
export const OUT_OF_FUEL = '__mps_out_of_fuel';
export const OUT_OF_FUEL_IMPORT = { module: 'mps', base: 'out_of_fuel' } as const;

/**
 * With `instrument` false the global and import are still added (the host interface stays the
 * same) but no loop is metered: used only to measure what metering costs.
 */
export function meterLoops(b: Binaryen, m: Module, facts: ModuleFacts, skip: ReadonlySet<string>, instrument = true): number {
  m.addGlobal(FUEL_GLOBAL, b.i32, true, m.i32.const(0));
  m.addGlobalExport(FUEL_GLOBAL, FUEL_EXPORT);
  m.addFunctionImport(OUT_OF_FUEL, OUT_OF_FUEL_IMPORT.module, OUT_OF_FUEL_IMPORT.base, b.none, b.none);

  let loops = 0;
  if (!instrument) return loops;
  for (const name of facts.definedFunctions) {
    if (skip.has(name)) continue;
    const body = b.getFunctionInfo(m.getFunction(name)).body;
    const found: number[] = [];
    walk(b, body, (expr, id) => {
      if (id === b.LoopId) found.push(expr);
    });
    const { Loop } = helpers(b);
    for (const loop of found) {
      const oldBody = Loop.getBody(loop);
      const check = m.block(null, [
        m.global.set(FUEL_GLOBAL, m.i32.sub(m.global.get(FUEL_GLOBAL, b.i32), m.i32.const(1))),
        m.if(m.i32.lt_s(m.global.get(FUEL_GLOBAL, b.i32), m.i32.const(0)), m.call(OUT_OF_FUEL, [], b.none)),
      ], b.none);
      Loop.setBody(loop, m.block(null, [check, oldBody], b.auto));
    }
    loops += found.length;
  }
  return loops;
}

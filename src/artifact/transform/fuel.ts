import { helpers, type Binaryen, type ExpressionRef, type Module } from './binaryen.js';
import type { ModuleFacts } from './facts.js';
import { walkSlots, type Slot } from './walker.js';

/**
 * Deterministic CPU metering. Every loop header costs one unit of fuel; when the budget goes
 * negative the module calls the imported `mps.out_of_fuel`, where the host accounts the slice,
 * checks deadlines and cancellation, and either refills the budget or stops the guest. The same
 * code always runs the same loop iterations, so fuel use is reproducible.
 *
 * The budget lives in a mutable i32 global (the host hands it out in slices, well under 2^31).
 * A function whose loops are tight (few calls per loop) keeps a private copy in a local, so an
 * iteration costs a register decrement and a compare instead of a load and a store of the
 * global. The copy is written back before every call and every return, and reloaded after every
 * call (the callee may have spent fuel, or the host refilled it), so the total is exact: nothing
 * is lost even when a call throws, since the write-back happens before the call starts. A
 * function with many calls per loop (the bytecode interpreter's dispatch loop) would pay more for
 * the syncing than it saves, so it decrements the global directly.
 */

/** Local-counter metering pays off only when calls (each costing a sync) are rare next to loops. */
const MAX_CALLS_PER_LOOP_FOR_LOCAL_COUNTER = 2;

/**
 * A bulk memory instruction (memory.copy, memory.fill) does work in proportion to its length
 * without any loop header to meter: it costs one unit per this many bytes, so a guest cannot copy
 * megabytes for free between two checks of its deadline.
 */
export const BULK_MEMORY_BYTES_PER_FUEL_LOG2 = 6;

export const FUEL_GLOBAL = '__mps_fuel';
export const FUEL_EXPORT = 'mps_fuel';
export const OUT_OF_FUEL = '__mps_out_of_fuel';
export const OUT_OF_FUEL_IMPORT = { module: 'mps', base: 'out_of_fuel' } as const;

interface Raw {
  _BinaryenFunctionAddVar(func: number, type: number): number;
  _BinaryenMemoryCopyGetSize(e: number): number;
  _BinaryenMemoryCopySetSize(e: number, v: number): void;
  _BinaryenMemoryFillGetSize(e: number): number;
  _BinaryenMemoryFillSetSize(e: number, v: number): void;
  Return: { getValue(e: number): number; setValue(e: number, v: number): void };
  Call: { getNumOperands(e: number): number; getOperandAt(e: number, i: number): number; setOperandAt(e: number, i: number, v: number): void };
  CallIndirect: { getTarget(e: number): number; setTarget(e: number, v: number): void; getNumOperands(e: number): number };
}

export interface MeteringPlan {
  /** Functions whose loops are not metered (they must not stop half-way). */
  unmetered: ReadonlySet<string>;
  /**
   * Functions charged on entry for the size of linear memory instead (one unit per 2^
   * BULK_MEMORY_BYTES_PER_FUEL_LOG2 bytes), for work that scales with the heap: a collection.
   */
  chargedByMemorySize: readonly string[];
}

/**
 * With `instrument` false the global and import are still added (the host interface stays the
 * same) but no loop is metered: used only to measure what metering costs.
 */
export function meterLoops(b: Binaryen, m: Module, facts: ModuleFacts, plan: MeteringPlan, instrument = true): number {
  m.addGlobal(FUEL_GLOBAL, b.i32, true, m.i32.const(0));
  m.addGlobalExport(FUEL_GLOBAL, FUEL_EXPORT);
  m.addFunctionImport(OUT_OF_FUEL, OUT_OF_FUEL_IMPORT.module, OUT_OF_FUEL_IMPORT.base, b.none, b.none);
  if (!instrument) return 0;
  let loops = 0;
  for (const name of facts.definedFunctions) {
    if (!plan.unmetered.has(name)) loops += meterFunction(b, m, name);
  }
  const pageShift = 16 - BULK_MEMORY_BYTES_PER_FUEL_LOG2;
  for (const name of plan.chargedByMemorySize) {
    const fn = m.getFunction(name);
    const charge = m.global.set(FUEL_GLOBAL, m.i32.sub(
      m.global.get(FUEL_GLOBAL, b.i32), m.i32.shl(m.memory.size(), m.i32.const(pageShift)),
    ));
    helpers(b).Function.setBody(fn, m.block(null, [charge, b.getFunctionInfo(fn).body], b.auto));
  }
  return loops;
}

function meterFunction(b: Binaryen, m: Module, name: string): number {
  const raw = b as unknown as Raw;
  const fn = m.getFunction(name);
  const info = b.getFunctionInfo(fn);
  const loops: ExpressionRef[] = [];
  const calls: Array<{ expr: ExpressionRef; slot: Slot }> = [];
  const returns: Array<{ expr: ExpressionRef; slot: Slot }> = [];
  const bulk: ExpressionRef[] = [];
  walkSlots(b, info.body, (expr, id, slot) => {
    if (id === b.LoopId) loops.push(expr);
    else if ((id === b.CallId || id === b.CallIndirectId) && slot) calls.push({ expr, slot });
    else if (id === b.ReturnId && slot) returns.push({ expr, slot });
    else if (id === b.MemoryCopyId || id === b.MemoryFillId) bulk.push(expr);
  });
  const chargeGlobal = (cost: ExpressionRef) =>
    m.global.set(FUEL_GLOBAL, m.i32.sub(m.global.get(FUEL_GLOBAL, b.i32), cost));
  if (loops.length === 0 || calls.length > MAX_CALLS_PER_LOOP_FOR_LOCAL_COUNTER * loops.length) {
    chargeBulkMemory(b, m, fn, bulk, chargeGlobal);
    return meterWithGlobal(b, m, loops);
  }

  const counter = raw._BinaryenFunctionAddVar(fn, b.i32);
  const temps = new Map<number, number>();
  const temp = (type: number): number => {
    let index = temps.get(type);
    if (index === undefined) {
      index = raw._BinaryenFunctionAddVar(fn, type);
      temps.set(type, index);
    }
    return index;
  };
  const writeBack = () => m.global.set(FUEL_GLOBAL, m.local.get(counter, b.i32));
  const reload = () => m.local.set(counter, m.global.get(FUEL_GLOBAL, b.i32));
  /** `value`, then the write-back, then `value`'s result: sequences the write-back after it. */
  const thenWriteBack = (value: ExpressionRef): ExpressionRef => {
    const type = b.getExpressionType(value);
    if (type === b.none || type === b.unreachable) return m.block(null, [value, writeBack()], b.auto);
    const t = temp(type);
    return m.block(null, [m.local.set(t, value), writeBack(), m.local.get(t, type)], type);
  };

  // Inner calls first (reverse pre-order), so an outer call wraps its already-wrapped operands.
  for (const { expr, slot } of calls.reverse()) {
    const type = b.getExpressionType(expr);
    if (type === b.unreachable) continue;
    const isCall = b.getExpressionId(expr) === b.CallId;
    // Write back after the operands are evaluated, just before control enters the callee: the
    // last thing evaluated is the last operand (or, for call_indirect, the table index).
    if (isCall) {
      const n = raw.Call.getNumOperands(expr);
      if (n === 0) {
        slot.set(m.block(null, [writeBack(), expr], b.auto));
      } else {
        raw.Call.setOperandAt(expr, n - 1, thenWriteBack(raw.Call.getOperandAt(expr, n - 1)));
      }
    } else {
      raw.CallIndirect.setTarget(expr, thenWriteBack(raw.CallIndirect.getTarget(expr)));
    }
    const current = slot.get();
    if (type === b.none) {
      slot.set(m.block(null, [current, reload()], b.none));
    } else {
      const t = temp(type);
      slot.set(m.block(null, [m.local.set(t, current), reload(), m.local.get(t, type)], type));
    }
  }

  for (const { expr, slot } of returns) {
    const value = raw.Return.getValue(expr);
    if (value) raw.Return.setValue(expr, thenWriteBack(value));
    else slot.set(m.block(null, [writeBack(), expr], b.auto));
  }

  chargeBulkMemory(b, m, fn, bulk, (cost) => m.local.set(counter, m.i32.sub(m.local.get(counter, b.i32), cost)));

  const { Loop } = helpers(b);
  for (const loop of loops) {
    const check = m.block(null, [
      m.local.set(counter, m.i32.sub(m.local.get(counter, b.i32), m.i32.const(1))),
      m.if(m.i32.lt_s(m.local.get(counter, b.i32), m.i32.const(0)), m.block(null, [
        writeBack(),
        m.call(OUT_OF_FUEL, [], b.none),
        reload(),
      ])),
    ], b.none);
    Loop.setBody(loop, m.block(null, [check, Loop.getBody(loop)], b.auto));
  }

  const body = b.getFunctionInfo(fn).body;
  helpers(b).Function.setBody(fn, m.block(null, [reload(), thenWriteBack(body)], b.auto));
  return loops.length;
}

/**
 * Charges each bulk memory instruction for its length: the size operand (evaluated last) is
 * replaced by a block that computes it once, charges it, and yields it.
 */
function chargeBulkMemory(
  b: Binaryen, m: Module, fn: number, bulk: ExpressionRef[], charge: (cost: ExpressionRef) => ExpressionRef,
): void {
  if (bulk.length === 0) return;
  const raw = b as unknown as Raw;
  const size = raw._BinaryenFunctionAddVar(fn, b.i32);
  for (const expr of bulk) {
    const isCopy = b.getExpressionId(expr) === b.MemoryCopyId;
    const original = isCopy ? raw._BinaryenMemoryCopyGetSize(expr) : raw._BinaryenMemoryFillGetSize(expr);
    const charged = m.block(null, [
      m.local.set(size, original),
      charge(m.i32.shr_u(m.local.get(size, b.i32), m.i32.const(BULK_MEMORY_BYTES_PER_FUEL_LOG2))),
      m.local.get(size, b.i32),
    ], b.i32);
    if (isCopy) raw._BinaryenMemoryCopySetSize(expr, charged);
    else raw._BinaryenMemoryFillSetSize(expr, charged);
  }
}

function meterWithGlobal(b: Binaryen, m: Module, loops: ExpressionRef[]): number {
  const { Loop } = helpers(b);
  for (const loop of loops) {
    const check = m.block(null, [
      m.global.set(FUEL_GLOBAL, m.i32.sub(m.global.get(FUEL_GLOBAL, b.i32), m.i32.const(1))),
      m.if(m.i32.lt_s(m.global.get(FUEL_GLOBAL, b.i32), m.i32.const(0)), m.call(OUT_OF_FUEL, [], b.none)),
    ], b.none);
    Loop.setBody(loop, m.block(null, [check, Loop.getBody(loop)], b.auto));
  }
  return loops.length;
}

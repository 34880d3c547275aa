import type { Binaryen, Module } from './binaryen.js';
import { helpers } from './binaryen.js';
import { check, requireExport, type ModuleFacts } from './facts.js';
import type { GcFacts } from './gc-facts.js';

/**
 * Real garbage collection in the middle of a run.
 *
 * The build's `gc_collect` only sets a flag; the actual collection waits until control returns
 * to the host, so a loop that makes garbage grows memory until it dies. The new body collects at
 * once: `gc_collect_start` marks the interpreter's roots and its Python stack; then, with the
 * Python-stack fields pointed at the live part of the wasm shadow stack, it runs again so every
 * word the C code has on that stack is scanned conservatively (the pointer-spilling pass makes
 * sure pointers held in wasm locals are there too). The real fields and the mark-stack overflow
 * flag are restored before `gc_collect_end` sweeps.
 *
 * `gc_get_max_new_split` becomes a host import, so a new heap area is never sized past the memory
 * cap (which would fail with MemoryError while memory remains).
 */

export const HEAP_ROOM_IMPORT = { module: 'mps', base: 'heap_room', internal: '__mps_heap_room' } as const;

export function installGcCollect(b: Binaryen, m: Module, facts: ModuleFacts, gc: GcFacts, collectMidRun = true): void {
  const stackBaseGetter = requireExport(facts, 'emscripten_stack_get_base');
  const baseInfo = b.getExpressionInfo(b.getFunctionInfo(m.getFunction(stackBaseGetter)).body) as { id: number; name?: string };
  check(baseInfo.id === b.GlobalGetId && baseInfo.name, 'emscripten_stack_get_base must return a global');
  const stackBase = baseInfo.name;

  const i32 = b.i32;
  const addr = (a: number) => m.i32.const(a);
  const load = (a: number) => m.i32.load(0, 4, addr(a));
  const store = (a: number, value: number) => m.i32.store(0, 4, addr(a), value);
  const [sp, savedStart, savedCur, savedOverflow] = [0, 1, 2, 3];

  const body = m.block(null, [
    // Already collecting (e.g. a finaliser allocating): nothing to do.
    m.if(m.i32.and(m.i32.load16_u(0, 2, addr(gc.gcLockDepth)), m.i32.const(1)), m.return()),
    m.local.set(sp, m.global.get(facts.stackPointer, i32)),
    m.call(gc.gcCollectStart, [], b.none),
    m.local.set(savedOverflow, load(gc.gcStackOverflow)),
    m.local.set(savedStart, load(gc.pystackStart)),
    m.local.set(savedCur, load(gc.pystackCur)),
    store(gc.pystackStart, m.local.get(sp, i32)),
    store(gc.pystackCur, m.global.get(stackBase, i32)),
    m.call(gc.gcCollectStart, [], b.none),
    store(gc.pystackStart, m.local.get(savedStart, i32)),
    store(gc.pystackCur, m.local.get(savedCur, i32)),
    store(gc.gcStackOverflow, m.i32.or(load(gc.gcStackOverflow), m.local.get(savedOverflow, i32))),
    m.call(gc.gcCollectEnd, [], b.none),
  ], b.none);

  if (collectMidRun) {
    m.removeFunction(gc.gcCollect);
    m.addFunction(gc.gcCollect, b.none, b.none, [i32, i32, i32, i32], body);
  }

  m.addFunctionImport(HEAP_ROOM_IMPORT.internal, HEAP_ROOM_IMPORT.module, HEAP_ROOM_IMPORT.base, b.none, i32);
  helpers(b).Function.setBody(m.getFunction(gc.gcMaxNewSplit), m.call(HEAP_ROOM_IMPORT.internal, [], i32));
}

/** Raises the C-stack limit MicroPython enforces (it bounds Python recursion depth). */
export function setCStackLimit(b: Binaryen, gc: GcFacts, limit: number): void {
  const call = gc.cstackInitCall;
  const operand = (b as unknown as { Call: { getOperandAt(c: number, i: number): number } }).Call.getOperandAt(call, 0);
  (b as unknown as { Const: { setValueI32(e: number, v: number): void } }).Const.setValueI32(operand, limit);
}

import { TransformError } from '../../core/errors.js';
import type { Binaryen, ExpressionRef } from './binaryen.js';

/**
 * Child enumeration for every expression kind the pinned build contains, through binaryen's raw C
 * API (fast, and it covers kinds such as tuple.make that `getExpressionInfo` cannot decode). A kind
 * this table does not know fails the transform loudly instead of being skipped, so
 * instrumentation can never silently miss a loop hidden inside an unfamiliar node.
 */

type Raw = Record<string, (...args: number[]) => number>;
type ChildGetter = (raw: Raw, e: number, out: number[]) => void;

function list(count: string, at: string): ChildGetter {
  return (raw, e, out) => {
    const n = raw[count]!(e);
    for (let i = 0; i < n; i++) out.push(raw[at]!(e, i));
  };
}
function fields(...getters: string[]): ChildGetter {
  return (raw, e, out) => {
    for (const g of getters) out.push(raw[g]!(e));
  };
}
function both(a: ChildGetter, b: ChildGetter): ChildGetter {
  return (raw, e, out) => {
    a(raw, e, out);
    b(raw, e, out);
  };
}
const none: ChildGetter = () => {};

function buildTable(b: Binaryen): Map<number, ChildGetter> {
  return new Map<number, ChildGetter>([
    [b.BlockId, list('_BinaryenBlockGetNumChildren', '_BinaryenBlockGetChildAt')],
    [b.IfId, fields('_BinaryenIfGetCondition', '_BinaryenIfGetIfTrue', '_BinaryenIfGetIfFalse')],
    [b.LoopId, fields('_BinaryenLoopGetBody')],
    [b.BreakId, fields('_BinaryenBreakGetValue', '_BinaryenBreakGetCondition')],
    [b.SwitchId, fields('_BinaryenSwitchGetValue', '_BinaryenSwitchGetCondition')],
    [b.CallId, list('_BinaryenCallGetNumOperands', '_BinaryenCallGetOperandAt')],
    [b.CallIndirectId, both(list('_BinaryenCallIndirectGetNumOperands', '_BinaryenCallIndirectGetOperandAt'),
      fields('_BinaryenCallIndirectGetTarget'))],
    [b.LocalGetId, none],
    [b.LocalSetId, fields('_BinaryenLocalSetGetValue')],
    [b.GlobalGetId, none],
    [b.GlobalSetId, fields('_BinaryenGlobalSetGetValue')],
    [b.LoadId, fields('_BinaryenLoadGetPtr')],
    [b.StoreId, fields('_BinaryenStoreGetPtr', '_BinaryenStoreGetValue')],
    [b.ConstId, none],
    [b.UnaryId, fields('_BinaryenUnaryGetValue')],
    [b.BinaryId, fields('_BinaryenBinaryGetLeft', '_BinaryenBinaryGetRight')],
    [b.SelectId, fields('_BinaryenSelectGetIfTrue', '_BinaryenSelectGetIfFalse', '_BinaryenSelectGetCondition')],
    [b.DropId, fields('_BinaryenDropGetValue')],
    [b.ReturnId, fields('_BinaryenReturnGetValue')],
    [b.MemorySizeId, none],
    [b.MemoryGrowId, fields('_BinaryenMemoryGrowGetDelta')],
    [b.NopId, none],
    [b.UnreachableId, none],
    [b.MemoryCopyId, fields('_BinaryenMemoryCopyGetDest', '_BinaryenMemoryCopyGetSource', '_BinaryenMemoryCopyGetSize')],
    [b.MemoryFillId, fields('_BinaryenMemoryFillGetDest', '_BinaryenMemoryFillGetValue', '_BinaryenMemoryFillGetSize')],
    [b.TryId, both(fields('_BinaryenTryGetBody'), list('_BinaryenTryGetNumCatchBodies', '_BinaryenTryGetCatchBodyAt'))],
    [b.ThrowId, list('_BinaryenThrowGetNumOperands', '_BinaryenThrowGetOperandAt')],
    [b.RethrowId, none],
    [b.PopId, none],
    [b.TupleMakeId, list('_BinaryenTupleMakeGetNumOperands', '_BinaryenTupleMakeGetOperandAt')],
    [b.TupleExtractId, fields('_BinaryenTupleExtractGetTuple')],
  ]);
}

const tables = new WeakMap<Binaryen, Map<number, ChildGetter>>();

function tableFor(b: Binaryen): Map<number, ChildGetter> {
  let table = tables.get(b);
  if (!table) {
    table = buildTable(b);
    tables.set(b, table);
  }
  return table;
}

/** Appends the non-null children of `expr`, in evaluation order. */
export function childrenOf(b: Binaryen, expr: ExpressionRef, out: ExpressionRef[] = []): ExpressionRef[] {
  const id = b.getExpressionId(expr);
  const getter = tableFor(b).get(id);
  if (!getter) throw new TransformError(`unexpected expression kind ${id} in the artifact`);
  const start = out.length;
  getter(b as unknown as Raw, expr, out);
  // Optional children (an `if` without `else`, a `br` without value) come back as 0.
  let w = start;
  for (let r = start; r < out.length; r++) if (out[r] !== 0) out[w++] = out[r]!;
  out.length = w;
  return out;
}

/** Pre-order walk. `visit` gets each node and its kind id; return `false` to skip its children. */
export function walk(b: Binaryen, root: ExpressionRef, visit: (expr: ExpressionRef, id: number) => boolean | void): void {
  const stack: ExpressionRef[] = [root];
  const kids: ExpressionRef[] = [];
  while (stack.length > 0) {
    const expr = stack.pop()!;
    const id = b.getExpressionId(expr);
    if (visit(expr, id) === false) continue;
    kids.length = 0;
    childrenOf(b, expr, kids);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** A child position in its parent: read and replace what is there. */
export interface Slot {
  get(): ExpressionRef;
  set(child: ExpressionRef): void;
}

type SlotMaker = (raw: Raw, e: number, out: Slot[]) => void;

function slotList(count: string, at: string, setAt: string): SlotMaker {
  return (raw, e, out) => {
    const n = raw[count]!(e);
    for (let i = 0; i < n; i++) out.push({ get: () => raw[at]!(e, i), set: (c) => void raw[setAt]!(e, i, c) });
  };
}
function slotFields(...pairs: Array<[string, string]>): SlotMaker {
  return (raw, e, out) => {
    for (const [get, set] of pairs) if (raw[get]!(e) !== 0) out.push({ get: () => raw[get]!(e), set: (c) => void raw[set]!(e, c) });
  };
}
function slotsBoth(a: SlotMaker, b: SlotMaker): SlotMaker {
  return (raw, e, out) => {
    a(raw, e, out);
    b(raw, e, out);
  };
}
const noSlots: SlotMaker = () => {};
const f = (name: string, field: string): [string, string] => [`_Binaryen${name}Get${field}`, `_Binaryen${name}Set${field}`];

function buildSlotTable(b: Binaryen): Map<number, SlotMaker> {
  return new Map<number, SlotMaker>([
    [b.BlockId, slotList('_BinaryenBlockGetNumChildren', '_BinaryenBlockGetChildAt', '_BinaryenBlockSetChildAt')],
    [b.IfId, slotFields(f('If', 'Condition'), f('If', 'IfTrue'), f('If', 'IfFalse'))],
    [b.LoopId, slotFields(f('Loop', 'Body'))],
    [b.BreakId, slotFields(f('Break', 'Value'), f('Break', 'Condition'))],
    [b.SwitchId, slotFields(f('Switch', 'Value'), f('Switch', 'Condition'))],
    [b.CallId, slotList('_BinaryenCallGetNumOperands', '_BinaryenCallGetOperandAt', '_BinaryenCallSetOperandAt')],
    [b.CallIndirectId, slotsBoth(slotList('_BinaryenCallIndirectGetNumOperands', '_BinaryenCallIndirectGetOperandAt', '_BinaryenCallIndirectSetOperandAt'),
      slotFields(f('CallIndirect', 'Target')))],
    [b.LocalGetId, noSlots],
    [b.LocalSetId, slotFields(f('LocalSet', 'Value'))],
    [b.GlobalGetId, noSlots],
    [b.GlobalSetId, slotFields(f('GlobalSet', 'Value'))],
    [b.LoadId, slotFields(f('Load', 'Ptr'))],
    [b.StoreId, slotFields(f('Store', 'Ptr'), f('Store', 'Value'))],
    [b.ConstId, noSlots],
    [b.UnaryId, slotFields(f('Unary', 'Value'))],
    [b.BinaryId, slotFields(f('Binary', 'Left'), f('Binary', 'Right'))],
    [b.SelectId, slotFields(f('Select', 'IfTrue'), f('Select', 'IfFalse'), f('Select', 'Condition'))],
    [b.DropId, slotFields(f('Drop', 'Value'))],
    [b.ReturnId, slotFields(f('Return', 'Value'))],
    [b.MemorySizeId, noSlots],
    [b.MemoryGrowId, slotFields(f('MemoryGrow', 'Delta'))],
    [b.NopId, noSlots],
    [b.UnreachableId, noSlots],
    [b.MemoryCopyId, slotFields(f('MemoryCopy', 'Dest'), f('MemoryCopy', 'Source'), f('MemoryCopy', 'Size'))],
    [b.MemoryFillId, slotFields(f('MemoryFill', 'Dest'), f('MemoryFill', 'Value'), f('MemoryFill', 'Size'))],
    [b.TryId, slotsBoth(slotFields(f('Try', 'Body')), slotList('_BinaryenTryGetNumCatchBodies', '_BinaryenTryGetCatchBodyAt', '_BinaryenTrySetCatchBodyAt'))],
    [b.ThrowId, slotList('_BinaryenThrowGetNumOperands', '_BinaryenThrowGetOperandAt', '_BinaryenThrowSetOperandAt')],
    [b.RethrowId, noSlots],
    [b.PopId, noSlots],
    [b.TupleMakeId, slotList('_BinaryenTupleMakeGetNumOperands', '_BinaryenTupleMakeGetOperandAt', '_BinaryenTupleMakeSetOperandAt')],
    [b.TupleExtractId, slotFields(f('TupleExtract', 'Tuple'))],
  ]);
}

const slotTables = new WeakMap<Binaryen, Map<number, SlotMaker>>();

/** The child positions of `expr`, in evaluation order, each readable and replaceable. */
export function slotsOf(b: Binaryen, expr: ExpressionRef): Slot[] {
  let table = slotTables.get(b);
  if (!table) {
    table = buildSlotTable(b);
    slotTables.set(b, table);
  }
  const id = b.getExpressionId(expr);
  const maker = table.get(id);
  if (!maker) throw new TransformError(`unexpected expression kind ${id} in the artifact`);
  const out: Slot[] = [];
  maker(b as unknown as Raw, expr, out);
  return out;
}

/** Pre-order walk that also tells each node where it sits in its parent (undefined for the root). */
export function walkSlots(b: Binaryen, root: ExpressionRef, visit: (expr: ExpressionRef, id: number, slot: Slot | undefined) => void): void {
  const stack: Array<{ expr: ExpressionRef; slot: Slot | undefined }> = [{ expr: root, slot: undefined }];
  while (stack.length > 0) {
    const { expr, slot } = stack.pop()!;
    visit(expr, b.getExpressionId(expr), slot);
    const slots = slotsOf(b, expr);
    for (let i = slots.length - 1; i >= 0; i--) stack.push({ expr: slots[i]!.get(), slot: slots[i] });
  }
}

import type binaryenType from 'binaryen';

/**
 * Records how deep the C shadow stack has ever gone, so the host can wipe exactly the stack a run
 * used before it hands the VM to another guest (and need not copy the 2 MiB stack region on
 * every reset). Every `global.set $__stack_pointer (V)` becomes
 *
 *   global.set $__stack_pointer (block (result i32)
 *     (global.set $mps_stack_low (select (local.tee $t V) (global.get $mps_stack_low)
 *                                        (i32.lt_u (local.get $t) (global.get $mps_stack_low))))
 *     (local.get $t))
 *
 * a compare and a select per stack-frame adjustment, no branch. `mps_stack_low` is exported; the
 * host reads it after a run and sets it back to the stack's top when it has wiped the stack.
 */
type Binaryen = typeof binaryenType;
type Raw = Record<string, (...args: number[]) => number>;

export const WATERMARK_GLOBAL = 'mps_stack_low';
const STACK_POINTER = '__stack_pointer';

/** Child getters for every expression kind clang and binaryen produce for our module. */
function childGetters(b: Binaryen): Map<number, string[][]> {
  const one = (...getters: string[]) => getters.map((g) => [g]);
  const list = (count: string, at: string) => [[count, at]];
  return new Map<number, string[][]>([
    [b.BlockId, list('_BinaryenBlockGetNumChildren', '_BinaryenBlockGetChildAt')],
    [b.IfId, one('_BinaryenIfGetCondition', '_BinaryenIfGetIfTrue', '_BinaryenIfGetIfFalse')],
    [b.LoopId, one('_BinaryenLoopGetBody')],
    [b.BreakId, one('_BinaryenBreakGetValue', '_BinaryenBreakGetCondition')],
    [b.SwitchId, one('_BinaryenSwitchGetValue', '_BinaryenSwitchGetCondition')],
    [b.CallId, list('_BinaryenCallGetNumOperands', '_BinaryenCallGetOperandAt')],
    [b.CallIndirectId, [...list('_BinaryenCallIndirectGetNumOperands', '_BinaryenCallIndirectGetOperandAt'), ['_BinaryenCallIndirectGetTarget']]],
    [b.LocalGetId, []],
    [b.LocalSetId, one('_BinaryenLocalSetGetValue')],
    [b.GlobalGetId, []],
    [b.GlobalSetId, one('_BinaryenGlobalSetGetValue')],
    [b.LoadId, one('_BinaryenLoadGetPtr')],
    [b.StoreId, one('_BinaryenStoreGetPtr', '_BinaryenStoreGetValue')],
    [b.ConstId, []],
    [b.UnaryId, one('_BinaryenUnaryGetValue')],
    [b.BinaryId, one('_BinaryenBinaryGetLeft', '_BinaryenBinaryGetRight')],
    [b.SelectId, one('_BinaryenSelectGetIfTrue', '_BinaryenSelectGetIfFalse', '_BinaryenSelectGetCondition')],
    [b.DropId, one('_BinaryenDropGetValue')],
    [b.ReturnId, one('_BinaryenReturnGetValue')],
    [b.MemorySizeId, []],
    [b.MemoryGrowId, one('_BinaryenMemoryGrowGetDelta')],
    [b.NopId, []],
    [b.UnreachableId, []],
    [b.MemoryCopyId, one('_BinaryenMemoryCopyGetDest', '_BinaryenMemoryCopyGetSource', '_BinaryenMemoryCopyGetSize')],
    [b.MemoryFillId, one('_BinaryenMemoryFillGetDest', '_BinaryenMemoryFillGetValue', '_BinaryenMemoryFillGetSize')],
    [b.TryId, [['_BinaryenTryGetBody'], ['_BinaryenTryGetNumCatchBodies', '_BinaryenTryGetCatchBodyAt']]],
    [b.ThrowId, list('_BinaryenThrowGetNumOperands', '_BinaryenThrowGetOperandAt')],
    [b.RethrowId, []],
    [b.PopId, []],
  ]);
}

/** Instruments every stack-pointer write; returns how many were instrumented. */
export function addStackWatermark(b: Binaryen, module: binaryenType.Module): number {
  const raw = b as unknown as Raw;
  const getters = childGetters(b);
  const stackPointer = module.getGlobal(STACK_POINTER);
  if (!stackPointer) throw new Error(`the module has no global named ${STACK_POINTER}`);
  module.addGlobal(WATERMARK_GLOBAL, b.i32, true, module.i32.const(-1));
  module.addGlobalExport(WATERMARK_GLOBAL, WATERMARK_GLOBAL);

  let instrumented = 0;
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const func = module.getFunctionByIndex(i);
    const info = b.getFunctionInfo(func);
    if (info.module !== '' || info.body === 0) continue;
    const sets: number[] = [];
    const stack = [info.body];
    while (stack.length > 0) {
      const expr = stack.pop()!;
      const id = b.getExpressionId(expr);
      const kinds = getters.get(id);
      if (!kinds) throw new Error(`stack watermark: unexpected expression kind ${id} in ${info.name}`);
      if (id === b.GlobalSetId && (b.getExpressionInfo(expr) as unknown as { name: string }).name === STACK_POINTER) sets.push(expr);
      for (const g of kinds) {
        if (g.length === 1) {
          const child = raw[g[0]!]!(expr);
          if (child !== 0) stack.push(child);
        } else {
          const n = raw[g[0]!]!(expr);
          for (let k = 0; k < n; k++) stack.push(raw[g[1]!]!(expr, k));
        }
      }
    }
    if (sets.length === 0) continue;
    const temp = raw['_BinaryenFunctionAddVar']!(func, b.i32);
    for (const set of sets) {
      const value = raw['_BinaryenGlobalSetGetValue']!(set);
      const low = () => module.global.get(WATERMARK_GLOBAL, b.i32);
      const tracked = module.block(null, [
        module.global.set(WATERMARK_GLOBAL, module.select(
          module.i32.lt_u(module.local.get(temp, b.i32), low()),
          module.local.tee(temp, value, b.i32),
          low(),
        )),
        module.local.get(temp, b.i32),
      ], b.i32);
      raw['_BinaryenGlobalSetSetValue']!(set, tracked);
      instrumented++;
    }
  }
  return instrumented;
}

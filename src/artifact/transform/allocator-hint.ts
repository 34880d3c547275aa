import type binaryen from 'binaryen';
import type { Binaryen, ExpressionRef, Module } from './binaryen.js';
import { check } from './facts.js';
import { walk } from './walker.js';

/**
 * Next-fit allocation for MicroPython's GC heap.
 *
 * `gc_alloc` searches the allocation table from a per-area hint (and starts at the area it last
 * allocated from), but moves the hint only after single-block allocations. A loop that makes
 * multi-block objects therefore rescans every block in use, in every full area, on every
 * allocation: quadratic in the live heap (building a list of 100k strings took seconds). We make
 * the hint follow every allocation. The hint stays a valid search start: free blocks left behind
 * it are reused after the next collection, which resets the hints, and `gc_free` still lowers the
 * hint when it frees below it.
 *
 * Found by shape: in `gc_alloc`, the only block that begins `br_if (n_free != 1)` and then stores
 * `(i + 1) >> 2` (the new hint). Its condition becomes false.
 */
export function makeAllocatorNextFit(b: Binaryen, m: Module, gcAlloc: string): void {
  const matches: ExpressionRef[] = [];
  walk(b, b.getFunctionInfo(m.getFunction(gcAlloc)).body, (e, id) => {
    if (id !== b.BlockId) return;
    const block = b.getExpressionInfo(e) as binaryen.BlockInfo;
    const [first, ...rest] = block.children;
    if (first === undefined || b.getExpressionId(first) !== b.BreakId) return;
    const br = b.getExpressionInfo(first) as binaryen.BreakInfo;
    if (br.name !== block.name || !br.condition || !isNotEqualOne(b, br.condition)) return;
    if (rest.some((child) => storesHint(b, child))) matches.push(first);
  });
  check(matches.length === 1, `expected one "advance hint only for single blocks" test in gc_alloc, found ${matches.length}`);
  (b as unknown as { Break: { setCondition(e: number, c: number): void } }).Break.setCondition(matches[0]!, m.i32.const(0));
}

function isNotEqualOne(b: Binaryen, e: ExpressionRef): boolean {
  const info = b.getExpressionInfo(e) as binaryen.BinaryInfo;
  if (info.id !== b.BinaryId || info.op !== b.NeInt32) return false;
  const right = b.getExpressionInfo(info.right) as binaryen.ConstInfo;
  return b.getExpressionId(info.left) === b.LocalGetId && right.id === b.ConstId && right.value === 1;
}

/** `store (i + 1) >> 2` */
function storesHint(b: Binaryen, e: ExpressionRef): boolean {
  if (b.getExpressionId(e) !== b.StoreId) return false;
  const value = b.getExpressionInfo((b.getExpressionInfo(e) as binaryen.StoreInfo).value) as binaryen.BinaryInfo;
  if (value.id !== b.BinaryId || value.op !== b.ShrUInt32) return false;
  const shift = b.getExpressionInfo(value.right) as binaryen.ConstInfo;
  const sum = b.getExpressionInfo(value.left) as binaryen.BinaryInfo;
  if (shift.id !== b.ConstId || shift.value !== 2 || sum.id !== b.BinaryId || sum.op !== b.AddInt32) return false;
  const one = b.getExpressionInfo(sum.right) as binaryen.ConstInfo;
  return one.id === b.ConstId && one.value === 1;
}

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
export function makeAllocatorNextFit(b: Binaryen, m: Module, gcAlloc: string, functions: readonly string[]): void {
  advanceHintAfterEveryAllocation(b, m, gcAlloc);
  skipExhaustedAreas(b, m, gcAlloc);
  keepHintOnFree(b, m, functions);
}

function advanceHintAfterEveryAllocation(b: Binaryen, m: Module, gcAlloc: string): void {
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

/**
 * The heap is split into areas; a search that finds no room in an area moves on to the next.
 * The single-block search then sets that area's hint to its end, so the area is not searched
 * again until a collection (which resets the hints) or a free within it (which lowers the hint);
 * the multi-block searches do not, and rescan every full area on every allocation: a call to a
 * closure with many free variables (which allocates its argument array) cost over 2,000 fuel in
 * allocator scans. We give the multi-block searches the same rule.
 *
 * Found by shape: in `gc_alloc`, the loops over areas end `br_if (area = area->next)`, read the
 * area's hint (offset 24) and, in the multi-block ones, never write it. Before moving on, the
 * hint is set to the area's table length (offset 8), which makes the area's search empty.
 */
const AREA_HINT_OFFSET = 24;
const AREA_TABLE_LENGTH_OFFSET = 8;

function skipExhaustedAreas(b: Binaryen, m: Module, gcAlloc: string): void {
  const raw = b as unknown as {
    Loop: { getBody(e: number): number; setBody(e: number, body: number): void; getName(e: number): string };
    Block: { getNumChildren(e: number): number; getChildAt(e: number, i: number): number; setChildAt(e: number, i: number, c: number): void; insertChildAt(e: number, i: number, c: number): void };
  };
  let patched = 0;
  walk(b, b.getFunctionInfo(m.getFunction(gcAlloc)).body, (e, id) => {
    if (id !== b.LoopId) return;
    const body = raw.Loop.getBody(e);
    if (b.getExpressionId(body) !== b.BlockId) return;
    const n = raw.Block.getNumChildren(body);
    const last = raw.Block.getChildAt(body, n - 1);
    if (b.getExpressionId(last) !== b.BreakId) return;
    const br = b.getExpressionInfo(last) as binaryen.BreakInfo;
    if (br.name !== raw.Loop.getName(e) || !br.condition) return;
    const area = nextAreaLocal(b, br.condition);
    if (area === undefined) return;
    let readsHint = false;
    let writesHint = false;
    walk(b, body, (x, xid) => {
      if (xid === b.LoadId && accessesArea(b, (b.getExpressionInfo(x) as binaryen.LoadInfo).ptr, area)
        && (b.getExpressionInfo(x) as binaryen.LoadInfo).offset === AREA_HINT_OFFSET) readsHint = true;
      if (xid === b.StoreId && accessesArea(b, (b.getExpressionInfo(x) as binaryen.StoreInfo).ptr, area)
        && (b.getExpressionInfo(x) as binaryen.StoreInfo).offset === AREA_HINT_OFFSET) writesHint = true;
    });
    if (!readsHint || writesHint) return;
    const i32 = b.i32;
    raw.Block.insertChildAt(body, n - 1, m.i32.store(AREA_HINT_OFFSET, 4, m.local.get(area, i32),
      m.i32.load(AREA_TABLE_LENGTH_OFFSET, 4, m.local.get(area, i32))));
    patched++;
  });
  check(patched >= 1, 'expected gc_alloc to have a multi-block search loop over heap areas');
}

/** `local.tee $a (i32.load offset=0 (local.get $a))`: the area-list step; returns $a. */
function nextAreaLocal(b: Binaryen, e: ExpressionRef): number | undefined {
  if (b.getExpressionId(e) !== b.LocalSetId) return undefined;
  const tee = b.getExpressionInfo(e) as binaryen.LocalSetInfo;
  if (!tee.isTee || b.getExpressionId(tee.value) !== b.LoadId) return undefined;
  const load = b.getExpressionInfo(tee.value) as binaryen.LoadInfo;
  return load.offset === 0 && accessesArea(b, load.ptr, tee.index) ? tee.index : undefined;
}

function accessesArea(b: Binaryen, ptr: ExpressionRef, area: number): boolean {
  return b.getExpressionId(ptr) === b.LocalGetId && (b.getExpressionInfo(ptr) as binaryen.LocalGetInfo).index === area;
}

/**
 * `gc_free` and the shrinking paths of `gc_realloc` pull the area's hint back to the block they
 * free. With the hint otherwise only moving forward, that sends the next search back over every
 * block in use since: a loop whose body frees one temporary (a closure call's argument array)
 * rescanned the heap once per iteration, over 2,000 fuel each. Explicitly freed blocks are now
 * found again after the next collection, which resets every hint, like all other garbage.
 *
 * Found by shape: `block $b (br_if $b (hint' = i >> 6) >= area->hint) (area->hint = hint')`;
 * the branch becomes unconditional (the hint' computation is kept: the code after uses it).
 */
function keepHintOnFree(b: Binaryen, m: Module, functions: readonly string[]): void {
  const raw = b as unknown as { Break: { setCondition(e: number, c: number): void } };
  let patched = 0;
  for (const name of functions) {
    walk(b, b.getFunctionInfo(m.getFunction(name)).body, (e, id) => {
      if (id !== b.BlockId) return;
      const block = b.getExpressionInfo(e) as binaryen.BlockInfo;
      const [first, second] = block.children;
      if (first === undefined || second === undefined || b.getExpressionId(first) !== b.BreakId) return;
      const br = b.getExpressionInfo(first) as binaryen.BreakInfo;
      if (br.name !== block.name || !br.condition) return;
      const cond = b.getExpressionInfo(br.condition) as binaryen.BinaryInfo;
      if (cond.id !== b.BinaryId || cond.op !== b.GeUInt32 || b.getExpressionId(cond.right) !== b.LoadId) return;
      const load = b.getExpressionInfo(cond.right) as binaryen.LoadInfo;
      if (load.offset !== AREA_HINT_OFFSET || b.getExpressionId(load.ptr) !== b.LocalGetId) return;
      const area = (b.getExpressionInfo(load.ptr) as binaryen.LocalGetInfo).index;
      if (b.getExpressionId(second) !== b.StoreId) return;
      const store = b.getExpressionInfo(second) as binaryen.StoreInfo;
      if (store.offset !== AREA_HINT_OFFSET || !accessesArea(b, store.ptr, area)) return;
      raw.Break.setCondition(first, m.block(null, [m.drop(br.condition), m.i32.const(1)], b.i32));
      patched++;
    });
  }
  check(patched >= 1, 'expected gc_free to lower the allocation hint');
}

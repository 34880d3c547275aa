import type binaryen from 'binaryen';
import { helpers, type Binaryen, type ExpressionRef, type Module } from './binaryen.js';
import { canReach, type CallGraph } from './call-graph.js';
import type { ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * Makes every pointer a function holds visible to a conservative scan of the shadow stack at any
 * call that might collect garbage.
 *
 * For each function that can (transitively) reach `gc_collect`: `flatten` moves every
 * intermediate value into a local (a value left on the wasm operand stack across a call would be
 * invisible), two cleanup passes shrink the local set, and binaryen's `spill-pointers` stores every
 * live i32 local into a stack frame before each call. Stores before calls that cannot collect are
 * then removed: they cost time and protect nothing. Functions that cannot reach a collection are
 * left untouched.
 */

export interface SpillStats {
  functionsSpilled: number;
  spillStoresKept: number;
  spillStoresDropped: number;
}

interface BlockHelpers {
  Block: {
    getNumChildren(e: ExpressionRef): number;
    getChildAt(e: ExpressionRef, i: number): ExpressionRef;
    setChildAt(e: ExpressionRef, i: number, child: ExpressionRef): void;
  };
}

export function spillPointersForGc(
  b: Binaryen, m: Module, facts: ModuleFacts, graph: CallGraph, gcCollect: string, leafImports: ReadonlySet<string>,
): SpillStats {
  const reach = canReach(graph, [gcCollect]);
  reach.delete(gcCollect);
  const collecting = new Set([...reach, gcCollect]);

  const signature = (params: number, results: number) =>
    `${b.expandType(params).join(',')}->${b.expandType(results).join(',')}`;
  const collectingSignatures = new Set<string>();
  for (let i = 0; i < m.getNumElementSegments(); i++) {
    for (const name of b.getElementSegmentInfo(m.getElementSegmentByIndex(i)).data) {
      if (!collecting.has(name)) continue;
      const info = b.getFunctionInfo(m.getFunction(name));
      collectingSignatures.add(signature(info.params, info.results));
    }
  }
  const importKinds = new Map<string, { kind: 'invoke'; signature: string } | { kind: 'leaf' } | { kind: 'reentrant' }>();
  for (const imp of facts.imports.values()) {
    if (imp.base.startsWith('invoke_')) {
      importKinds.set(imp.internalName, { kind: 'invoke', signature: `${imp.params.slice(1).join(',')}->${imp.results.join(',')}` });
    } else {
      importKinds.set(imp.internalName, { kind: leafImports.has(`${imp.module}.${imp.base}`) ? 'leaf' : 'reentrant' });
    }
  }

  const mayCollect = (call: ExpressionRef): boolean => {
    if (b.getExpressionId(call) === b.CallIndirectId) {
      const info = b.getExpressionInfo(call) as unknown as { params: number; results: number };
      return collectingSignatures.has(signature(info.params, info.results));
    }
    const target = helpers(b).Call.getTarget(call);
    const imp = importKinds.get(target);
    if (!imp) return collecting.has(target);
    if (imp.kind === 'invoke') return collectingSignatures.has(imp.signature);
    return imp.kind === 'reentrant';
  };

  const stats: SpillStats = { functionsSpilled: 0, spillStoresKept: 0, spillStoresDropped: 0 };
  for (const fn of reach) {
    const func = m.getFunction(fn);
    m.runPassesOnFunction(func, ['flatten', 'simplify-locals-nonesting', 'coalesce-locals']);
    const localCount = () => {
      const info = b.getFunctionInfo(func);
      return b.expandType(info.params).length + info.vars.length;
    };
    const before = localCount();
    m.runPassesOnFunction(func, ['spill-pointers']);
    if (localCount() === before) continue;
    stats.functionsSpilled++;
    // The first local spill-pointers adds is the frame pointer its stores are relative to.
    pruneSpills(b, m, b.getFunctionInfo(func).body, before, mayCollect, stats);
  }
  return stats;
}

function isSpillStore(b: Binaryen, e: ExpressionRef, frameLocal: number): boolean {
  if (b.getExpressionId(e) !== b.StoreId) return false;
  const info = b.getExpressionInfo(e) as binaryen.StoreInfo;
  const ptr = b.getExpressionInfo(info.ptr) as binaryen.LocalGetInfo;
  return ptr.id === b.LocalGetId && ptr.index === frameLocal;
}

/** spill-pointers wraps each call as `block { temps..., spill stores..., call }`. */
function pruneSpills(
  b: Binaryen, m: Module, body: ExpressionRef, frameLocal: number,
  mayCollect: (call: ExpressionRef) => boolean, stats: SpillStats,
): void {
  const { Block } = b as unknown as BlockHelpers;
  const blocks: ExpressionRef[] = [];
  walk(b, body, (e, id) => {
    if (id === b.BlockId) blocks.push(e);
  });
  for (const block of blocks) {
    const n = Block.getNumChildren(block);
    if (n < 2) continue;
    const last = Block.getChildAt(block, n - 1);
    const lastId = b.getExpressionId(last);
    if (lastId !== b.CallId && lastId !== b.CallIndirectId) continue;
    const keep = mayCollect(last);
    for (let i = n - 2; i >= 0; i--) {
      const child = Block.getChildAt(block, i);
      if (!isSpillStore(b, child, frameLocal)) continue;
      if (keep) {
        stats.spillStoresKept++;
      } else {
        Block.setChildAt(block, i, m.nop());
        stats.spillStoresDropped++;
      }
    }
  }
}

import type binaryen from 'binaryen';
import { helpers, type Binaryen, type ExpressionRef, type Module } from './binaryen.js';
import { check, constAddress, requireExport, type ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * The pieces of MicroPython's GC and stack bookkeeping the transform must reach, identified by
 * structure (the build has no symbol names). Every identification is checked for uniqueness;
 * a build that differs fails here, loudly, instead of yielding an unsafe binary.
 */
export interface GcFacts {
  /** The build's `gc_collect`: only sets a "collect later" flag. */
  gcCollect: string;
  gcCollectStart: string;
  gcCollectEnd: string;
  /** Returns the largest new heap area MicroPython may request. */
  gcMaxNewSplit: string;
  /** The allocator: (n_bytes, flags) -> ptr; reads the threshold and calls gc_collect. */
  gcAlloc: string;
  /** Functions gc_collect_start calls (the marker). */
  gcMarkers: string[];
  externalCallDepth: number;
  gcCollectPending: number;
  gcLockDepth: number; // u16, bit 0 = collection in progress
  gcStackOverflow: number;
  gcAllocThreshold: number;
  pystackStart: number;
  pystackCur: number;
  /** The first call in mp_js_init: mp_cstack_init_with_sp_here(limit). */
  cstackInitCall: ExpressionRef;
}

interface Access {
  kind: 'load' | 'store';
  address: number;
  bytes: number;
  value?: ExpressionRef;
}

function constValue(b: Binaryen, e: ExpressionRef): number | undefined {
  const info = b.getExpressionInfo(e) as binaryen.ConstInfo;
  return info.id === b.ConstId && typeof info.value === 'number' ? info.value : undefined;
}

/** Loads and stores at constant addresses in a function body, in evaluation order. */
function staticAccesses(b: Binaryen, body: ExpressionRef): Access[] {
  const out: Access[] = [];
  walk(b, body, (e, id) => {
    if (id !== b.LoadId && id !== b.StoreId) return;
    const info = b.getExpressionInfo(e) as binaryen.LoadInfo & binaryen.StoreInfo;
    const base = constValue(b, info.ptr);
    if (base === undefined) return;
    out.push(id === b.LoadId
      ? { kind: 'load', address: base + info.offset, bytes: info.bytes }
      : { kind: 'store', address: base + info.offset, bytes: info.bytes, value: info.value });
  });
  return out;
}

function directCalls(b: Binaryen, body: ExpressionRef): Array<{ target: string; expr: ExpressionRef }> {
  const calls: Array<{ target: string; expr: ExpressionRef }> = [];
  walk(b, body, (e, id) => {
    if (id === b.CallId) calls.push({ target: helpers(b).Call.getTarget(e), expr: e });
  });
  return calls;
}

function only<T>(items: T[], what: string): T {
  check(items.length === 1, `expected exactly one ${what}, found ${items.length}`);
  return items[0]!;
}

export function findGcFacts(b: Binaryen, m: Module, facts: ModuleFacts): GcFacts {
  const body = (name: string) => b.getFunctionInfo(m.getFunction(name)).body;
  const signature = (name: string) => {
    const info = b.getFunctionInfo(m.getFunction(name));
    return { params: info.params, results: info.results, vars: info.vars.length };
  };

  // mp_js_do_exec starts with external_call_depth++.
  const exec = requireExport(facts, 'mp_js_do_exec');
  const depthStore = staticAccesses(b, body(exec)).find((a) => a.kind === 'store' && a.bytes === 4);
  check(depthStore, 'mp_js_do_exec must begin by incrementing external_call_depth');
  const externalCallDepth = depthStore.address;

  // external_call_depth_dec: () -> (), stores depth - 1, then on zero clears the pending flag and
  // calls gc_collect_start and gc_collect_end.
  const decCandidates = facts.definedFunctions.filter((name) => {
    const sig = signature(name);
    if (sig.params !== b.none || sig.results !== b.none) return false;
    const accesses = staticAccesses(b, body(name));
    const depthStore = accesses.find((a) => a.kind === 'store' && a.address === externalCallDepth && a.bytes === 4);
    if (!depthStore || !accesses.some((a) => a.kind === 'load' && a.address === externalCallDepth)) return false;
    // The store writes load(depth) - 1 (possibly through a local.tee).
    let decrements = false;
    walk(b, depthStore.value!, (e, id) => {
      if (id === b.BinaryId) {
        const bin = b.getExpressionInfo(e) as binaryen.BinaryInfo;
        if ((bin.op === b.AddInt32 && constValue(b, bin.right) === -1) || (bin.op === b.SubInt32 && constValue(b, bin.right) === 1)) decrements = true;
      }
    });
    return decrements && accesses.some((a) => a.kind === 'store' && a.bytes === 1);
  });
  const dec = only(decCandidates, 'external_call_depth_dec');
  const decCalls = directCalls(b, body(dec));
  check(decCalls.length === 2, 'external_call_depth_dec must call gc_collect_start then gc_collect_end');
  const [gcCollectStart, gcCollectEnd] = [decCalls[0]!.target, decCalls[1]!.target];
  const pendingStore = staticAccesses(b, body(dec)).find((a) => a.kind === 'store' && a.bytes === 1);
  const gcCollectPending = pendingStore!.address;

  // gc_collect: () -> (), no locals, body is exactly `store8 pending 1`.
  const gcCollect = only(facts.definedFunctions.filter((name) => {
    const sig = signature(name);
    if (sig.params !== b.none || sig.results !== b.none || sig.vars !== 0) return false;
    const info = b.getExpressionInfo(body(name)) as binaryen.StoreInfo;
    return info.id === b.StoreId && info.bytes === 1
      && constAddress(b, info.ptr, info.offset) === gcCollectPending && constValue(b, info.value) === 1;
  }), 'gc_collect stub');

  // gc_collect_start: zeroes gc_alloc_amount and gc_stack_overflow, sets bit 0 of gc_lock_depth.
  const startAccesses = staticAccesses(b, body(gcCollectStart));
  const lockStore = only(startAccesses.filter((a) => a.kind === 'store' && a.bytes === 2), 'gc_lock_depth store in gc_collect_start');
  const lockValue = b.getExpressionInfo(lockStore.value!) as binaryen.BinaryInfo;
  check(lockValue.id === b.BinaryId && lockValue.op === b.OrInt32 && constValue(b, lockValue.right) === 1,
    'gc_collect_start must set bit 0 of gc_lock_depth');
  const zeroed = startAccesses.filter((a) => a.kind === 'store' && a.bytes === 4 && constValue(b, a.value!) === 0);
  check(zeroed.length === 2, 'gc_collect_start must zero gc_alloc_amount and gc_stack_overflow');
  // gc_collect_end tests the overflow flag; the other zeroed word is the allocation counter.
  const endLoads = new Set(staticAccesses(b, body(gcCollectEnd)).filter((a) => a.kind === 'load').map((a) => a.address));
  const overflow = only(zeroed.filter((a) => endLoads.has(a.address)), 'gc_stack_overflow');

  // mp_js_init: first call is mp_cstack_init_with_sp_here(limit); the call taking malloc's result
  // first is mp_pystack_init(start, end), whose stores name the pystack fields; the store of 1024
  // is gc_alloc_threshold.
  const init = requireExport(facts, 'mp_js_init');
  const initCalls = directCalls(b, body(init));
  const cstackInitCall = initCalls[0]!.expr;
  check(constValue(b, b.getExpressionInfo(cstackInitCall) && (b.getExpressionInfo(cstackInitCall) as binaryen.CallInfo).operands[0]!) !== undefined,
    'mp_js_init must start with mp_cstack_init_with_sp_here(constant)');
  const malloc = requireExport(facts, 'malloc');
  // Calls are listed in pre-order, so a call whose argument is `malloc(...)` comes right before it.
  const pystackInit = initCalls.find((c, i) => c.target !== malloc && initCalls[i + 1]?.target === malloc);
  check(pystackInit, 'mp_js_init must call mp_pystack_init with a malloc result');
  const pystackStores = staticAccesses(b, body(pystackInit.target)).filter((a) => a.kind === 'store');
  check(pystackStores.length === 3, 'mp_pystack_init must store start, end and cur');
  // Stores: cur = start, end = end, start = start (param 0 twice, param 1 once).
  const fromParam = (a: Access) => (b.getExpressionInfo(a.value!) as binaryen.LocalGetInfo).index;
  const startLike = pystackStores.filter((a) => fromParam(a) === 0).map((a) => a.address).sort((x, y) => x - y);
  check(startLike.length === 2, 'mp_pystack_init stores its first parameter twice');
  const thresholdStore = only(staticAccesses(b, body(init)).filter((a) => a.kind === 'store' && constValue(b, a.value!) === 1024),
    'gc_alloc_threshold store');

  const maxSplit = only(facts.definedFunctions.filter((name) => {
    const sig = signature(name);
    return sig.params === b.none && sig.results === b.i32 && constValue(b, body(name)) === 128 * 1024 * 1024;
  }), 'gc_get_max_new_split');

  const gcAlloc = only(facts.definedFunctions.filter((name) => {
    const info = b.getFunctionInfo(m.getFunction(name));
    if (b.expandType(info.params).length !== 2 || info.results !== b.i32) return false;
    const loadsThreshold = staticAccesses(b, info.body).some((a) => a.kind === 'load' && a.address === thresholdStore.address);
    return loadsThreshold && directCalls(b, info.body).some((c) => c.target === gcCollect);
  }), 'gc_alloc');
  const gcMarkers = [...new Set(directCalls(b, body(gcCollectStart)).map((c) => c.target))];

  return {
    gcCollect,
    gcAlloc,
    gcMarkers,
    gcCollectStart,
    gcCollectEnd,
    gcMaxNewSplit: maxSplit,
    externalCallDepth,
    gcCollectPending,
    gcLockDepth: lockStore.address,
    gcStackOverflow: overflow.address,
    gcAllocThreshold: thresholdStore.address,
    pystackStart: startLike[0]!,
    pystackCur: startLike[1]!,
    cstackInitCall,
  };
}

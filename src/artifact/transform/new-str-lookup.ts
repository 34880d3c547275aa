import type binaryen from 'binaryen';
import { helpers, type Binaryen, type ExpressionRef, type Module } from './binaryen.js';
import { check, constAddress, type ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * Every time MicroPython makes a str at run time (slicing, split, join, %, format, str(), decode,
 * json) it first asks `qstr_find_strn` whether the text is an interned name, to return that name
 * instead of a new object. The lookup hashes the text, then scans the pools of names interned at
 * run time entry by entry (every identifier of the program: about 90 for a small one with our
 * prelude), binary searches two sorted static pools and scans a static pool of 217 names that
 * cannot be sorted. That was 80% of the fuel of the strings benchmark (190M of 24M without it),
 * and a program that interned thousands of names made every string it built that much slower.
 *
 * Callers that only use the answer to share storage (the str constructors) now skip the lookup,
 * as CPython does for strings made at run time: they always get a new str object. It is equal to
 * the name, has the same hash, and works as a dict key, keyword or attribute name, because
 * MicroPython compares interned and non-interned strings by content (upstream already makes such
 * strings itself, in `bytes.decode` and for long literals). Only identity (`is`) between such
 * strings changes, which Python does not promise; the cost is memory, since equal short strings
 * are no longer shared (about 32 bytes each). The empty string still goes through the lookup,
 * which answers it without searching.
 *
 * Callers that intern (`qstr_from_strn`, which then adds to the pools) or that might use the
 * answer as a key (it flows into a call or into memory: the parser, builtin-module lookup) keep
 * the full search.
 */
export interface QstrLookupStats {
  callSitesRedirected: number;
  callersKept: number;
}

const HASH_SEED = 5381; // djb2, MicroPython's qstr hash
const EMPTY_ONLY_LOOKUP_FUNCTION = 'mps_qstr_find_empty_only';

export function skipQstrLookupForNewStrings(b: Binaryen, m: Module, facts: ModuleFacts): QstrLookupStats {
  const { Call } = helpers(b);
  const findStrn = findQstrFindStrn(b, m, facts);
  const lastPool = lastPoolAddress(b, m, findStrn);

  const redirect: string[] = [];
  let interning = 0;
  let callersKept = 0;
  for (const name of facts.definedFunctions) {
    if (name === findStrn) continue;
    const body = b.getFunctionInfo(m.getFunction(name)).body;
    if (!callsFunction(b, body, findStrn)) continue;
    // One local per assignment, so a local reused for an unrelated value does not look tainted.
    m.runPassesOnFunction(name, ['ssa-nomerge']);
    const ssaBody = b.getFunctionInfo(m.getFunction(name)).body;
    const interns = storesTo(b, ssaBody, lastPool);
    if (interns) interning++;
    if (interns || answerMayBeUsedAsKey(b, ssaBody, findStrn)) callersKept++;
    else redirect.push(name);
  }
  check(interning === 1, `expected one qstr_from_strn among the callers of qstr_find_strn, found ${interning}`);
  check(redirect.length >= 2, `expected the str constructors among the callers of qstr_find_strn, found ${redirect.length}`);

  const param = (index: number) => m.local.get(index, b.i32);
  m.addFunction(EMPTY_ONLY_LOOKUP_FUNCTION, b.createType([b.i32, b.i32]), b.i32, [],
    m.if(m.i32.eqz(param(1)), m.call(findStrn, [param(0), param(1)], b.i32), m.i32.const(0)));

  let callSitesRedirected = 0;
  for (const name of redirect) {
    walk(b, b.getFunctionInfo(m.getFunction(name)).body, (e, id) => {
      if (id === b.CallId && Call.getTarget(e) === findStrn) {
        Call.setTarget(e, EMPTY_ONLY_LOOKUP_FUNCTION);
        callSitesRedirected++;
      }
    });
  }
  return { callSitesRedirected, callersKept };
}

/** The only function that hashes with djb2's seed and writes no memory (its interning twin does). */
function findQstrFindStrn(b: Binaryen, m: Module, facts: ModuleFacts): string {
  const matches = facts.definedFunctions.filter((name) => {
    const info = b.getFunctionInfo(m.getFunction(name));
    if (b.expandType(info.params).join() !== `${b.i32},${b.i32}` || info.results !== b.i32) return false;
    let seeded = false;
    let stores = false;
    let loadsFixedAddress = false;
    walk(b, info.body, (e, id) => {
      if (id === b.ConstId && b.getExpressionType(e) === b.i32 && (b.getExpressionInfo(e) as binaryen.ConstInfo).value === HASH_SEED) seeded = true;
      if (id === b.StoreId) stores = true;
      if (id === b.LoadId && fixedAddressOf(b, e) !== undefined) loadsFixedAddress = true;
    });
    return seeded && !stores && loadsFixedAddress;
  });
  check(matches.length === 1, `expected one qstr_find_strn, found ${matches.length}`);
  return matches[0]!;
}

/** `MP_STATE_VM(last_pool)`: the one load from a fixed address in qstr_find_strn. */
function lastPoolAddress(b: Binaryen, m: Module, findStrn: string): number {
  const addresses: number[] = [];
  walk(b, b.getFunctionInfo(m.getFunction(findStrn)).body, (e, id) => {
    const address = id === b.LoadId ? fixedAddressOf(b, e) : undefined;
    if (address !== undefined) addresses.push(address);
  });
  check(addresses.length === 1, `qstr_find_strn must read last_pool once, found ${addresses.length} fixed-address loads`);
  return addresses[0]!;
}

function fixedAddressOf(b: Binaryen, access: ExpressionRef): number | undefined {
  const info = b.getExpressionInfo(access) as binaryen.LoadInfo | binaryen.StoreInfo;
  return constAddress(b, info.ptr, info.offset);
}

function callsFunction(b: Binaryen, body: ExpressionRef, target: string): boolean {
  const { Call } = helpers(b);
  let found = false;
  walk(b, body, (e, id) => {
    if (id === b.CallId && Call.getTarget(e) === target) found = true;
    return !found;
  });
  return found;
}

function storesTo(b: Binaryen, body: ExpressionRef, address: number): boolean {
  let found = false;
  walk(b, body, (e, id) => {
    if (id === b.StoreId && fixedAddressOf(b, e) === address) found = true;
  });
  return found;
}

/**
 * Conservative: the answer (the call itself, or any local it was ever stored in, or anything
 * computed from those) appears among the operands of another call or the value of a store.
 * Run on SSA form, where merges still share a local, so this can flag more than it must; a
 * flagged caller just keeps the full search.
 */
function answerMayBeUsedAsKey(b: Binaryen, body: ExpressionRef, findStrn: string): boolean {
  const { Call } = helpers(b);
  const tainted = new Set<number>();
  const carriesAnswer = (e: ExpressionRef): boolean => {
    let found = false;
    walk(b, e, (x, id) => {
      if (id === b.CallId && Call.getTarget(x) === findStrn) found = true;
      if (id === b.LocalGetId && tainted.has((b.getExpressionInfo(x) as binaryen.LocalGetInfo).index)) found = true;
      return !found;
    });
    return found;
  };
  for (let grew = true; grew;) {
    grew = false;
    walk(b, body, (e, id) => {
      if (id !== b.LocalSetId) return;
      const set = b.getExpressionInfo(e) as binaryen.LocalSetInfo;
      if (!tainted.has(set.index) && carriesAnswer(set.value)) {
        tainted.add(set.index);
        grew = true;
      }
    });
  }
  let used = false;
  walk(b, body, (e, id) => {
    if (used) return false;
    if (id === b.CallId && Call.getTarget(e) !== findStrn) {
      used = (b.getExpressionInfo(e) as binaryen.CallInfo).operands.some(carriesAnswer);
    } else if (id === b.CallIndirectId) {
      used = (b.getExpressionInfo(e) as binaryen.CallIndirectInfo).operands.some(carriesAnswer);
    } else if (id === b.StoreId) {
      used = carriesAnswer((b.getExpressionInfo(e) as binaryen.StoreInfo).value);
    }
    return !used;
  });
  return used;
}

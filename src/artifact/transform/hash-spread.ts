import type binaryen from 'binaryen';
import { type Binaryen, type Module } from './binaryen.js';
import { check, type ModuleFacts } from './facts.js';
import { walkSlots } from './walker.js';

/**
 * Dicts and sets place a key at `hash % alloc` and probe linearly from there. MicroPython's string
 * hash is 16 bits of a multiply-xor over the bytes, and similar strings ("1", "2", ... "25000")
 * get neighbouring hashes, so their slots form long runs that every later insert walks through:
 * a dict of 25,000 str(i) keys took 90M fuel, 30 times a dict of ints. Multiplying the hash by
 * an odd constant (Fibonacci hashing) before the modulo spreads neighbours across the table.
 * Equal keys still get equal slots; only the table layout (and so iteration order, which is
 * unspecified in this build anyway) changes.
 *
 * Found by shape: in `mp_map_lookup` and `mp_set_lookup`, the only `i32.rem_u (local.get $hash)
 * (local.tee $alloc (i32.load <table size>))`: the starting slot.
 */
const GOLDEN_RATIO_32 = 0x9e3779b1 | 0;

export function spreadHashSlots(b: Binaryen, m: Module, facts: ModuleFacts): number {
  let patched = 0;
  for (const name of facts.definedFunctions) {
    walkSlots(b, b.getFunctionInfo(m.getFunction(name)).body, (e, id, slot) => {
      if (id !== b.BinaryId || !slot) return;
      const rem = b.getExpressionInfo(e) as binaryen.BinaryInfo;
      if (rem.op !== b.RemUInt32 || b.getExpressionId(rem.left) !== b.LocalGetId || b.getExpressionId(rem.right) !== b.LocalSetId) return;
      const tee = b.getExpressionInfo(rem.right) as binaryen.LocalSetInfo;
      if (!tee.isTee || b.getExpressionId(tee.value) !== b.LoadId) return;
      slot.set(m.i32.rem_u(m.i32.mul(rem.left, m.i32.const(GOLDEN_RATIO_32)), rem.right));
      patched++;
    });
  }
  check(patched === 2, `expected the starting-slot computation of mp_map_lookup and mp_set_lookup, found ${patched}`);
  return patched;
}

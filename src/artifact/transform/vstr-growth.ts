import { type Binaryen, type Module } from './binaryen.js';
import { check, type ModuleFacts } from './facts.js';
import { walk, walkSlots } from './walker.js';

/**
 * MicroPython grows a string buffer (vstr: repr, str.join, json.dumps, f-strings) to exactly what
 * is needed plus 16 bytes. Building a long string in many small appends therefore reallocates,
 * and usually copies, the whole buffer every few appends: repr() of a 16,000-item list did about
 * 7,000 reallocations and cost 17x what a 4,000-item list costs. We make the buffer grow by half
 * of what it holds besides, so appends are amortised O(1).
 *
 * The growth is computed in `vstr_ensure_extra` as ROUND_ALLOC(needed + 16), which compiles to
 * `(needed & -8) + 24`; the function is the only one that also reads `fixed_buf` (a byte at offset
 * 12 of the vstr). The new size becomes `(needed & -8) + 24 + needed / 2`.
 */
export function growStringBuffersGeometrically(b: Binaryen, m: Module, facts: ModuleFacts): void {
  const matches: Array<{ set: (e: number) => void; needed: number }> = [];
  for (const name of facts.definedFunctions) {
    const body = b.getFunctionInfo(m.getFunction(name)).body;
    let readsFixedBuf = false;
    walk(b, body, (e, id) => {
      if (id === b.LoadId) {
        const info = b.getExpressionInfo(e) as unknown as { bytes: number; offset: number };
        if (info.bytes === 1 && info.offset === 12) readsFixedBuf = true;
      }
    });
    if (!readsFixedBuf) continue;
    walkSlots(b, body, (e, id, slot) => {
      if (id !== b.BinaryId || !slot) return;
      const add = b.getExpressionInfo(e) as unknown as { op: number; left: number; right: number };
      if (add.op !== b.AddInt32 || !isConst(b, add.right, 24) || b.getExpressionId(add.left) !== b.BinaryId) return;
      const and = b.getExpressionInfo(add.left) as unknown as { op: number; left: number; right: number };
      if (and.op !== b.AndInt32 || !isConst(b, and.right, -8) || b.getExpressionId(and.left) !== b.LocalGetId) return;
      matches.push({ set: (x) => slot.set(x), needed: (b.getExpressionInfo(and.left) as unknown as { index: number }).index });
    });
  }
  check(matches.length === 1, `expected one vstr growth computation, found ${matches.length}`);
  const { set, needed } = matches[0]!;
  const i32 = b.i32;
  set(m.i32.add(
    m.i32.add(m.i32.and(m.local.get(needed, i32), m.i32.const(-8)), m.i32.const(24)),
    m.i32.shr_u(m.local.get(needed, i32), m.i32.const(1)),
  ));
}

function isConst(b: Binaryen, e: number, value: number): boolean {
  return b.getExpressionId(e) === b.ConstId && (b.getExpressionInfo(e) as unknown as { value: number }).value === value;
}

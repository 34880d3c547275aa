import { type Binaryen, type Module } from './binaryen.js';
import { check, type ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * `mp_seq_multiply(items, item_size, len, times, dest)` builds `s * n` for str, bytes, tuple and
 * list by copying the sequence `times` times, one memory.copy each: `'x' * 1000` made a thousand
 * one-byte copies, about 2,200 fuel and 10 us per string, so a loop of 300,000 of them needed
 * 660M fuel. We replace the body with one copy of the sequence followed by copies that double
 * what is already written: O(log n) copies of the same bytes. The ranges of each copy never
 * overlap, and the result is byte for byte what the loop wrote.
 *
 * Found by shape: the only function of five i32 parameters and no result whose body is a single
 * loop around a single memory.copy, with no calls.
 */
export function copySequencesByDoubling(b: Binaryen, m: Module, facts: ModuleFacts): void {
  const i32 = b.i32;
  const matches = facts.definedFunctions.filter((name) => {
    const info = b.getFunctionInfo(m.getFunction(name));
    const params = b.expandType(info.params);
    if (info.results !== b.none || params.length !== 5 || params.some((t) => t !== i32)) return false;
    let loops = 0;
    let copies = 0;
    let calls = 0;
    walk(b, info.body, (_e, id) => {
      if (id === b.LoopId) loops++;
      else if (id === b.MemoryCopyId) copies++;
      else if (id === b.CallId || id === b.CallIndirectId) calls++;
    });
    return loops === 1 && copies === 1 && calls === 0;
  });
  check(matches.length === 1, `expected one mp_seq_multiply, found ${matches.length}`);
  const name = matches[0]!;
  const info = b.getFunctionInfo(m.getFunction(name));

  const [items, itemSize, len, times, dest, total, done, chunk] = [0, 1, 2, 3, 4, 5, 6, 7];
  const get = (index: number) => m.local.get(index, i32);
  const minOf = (a: () => number, c: () => number) => m.select(m.i32.lt_u(a(), c()), a(), c());
  const body = m.block(null, [
    m.local.set(len, m.i32.mul(get(len), get(itemSize))),
    m.local.set(total, m.i32.mul(get(len), get(times))),
    m.if(m.i32.eqz(get(total)), m.return()),
    // Never more than `total`, even if len * times wrapped around.
    m.local.set(done, minOf(() => get(len), () => get(total))),
    m.memory.copy(get(dest), get(items), get(done)),
    m.block('filled', [
      m.loop('double', m.block(null, [
        m.br('filled', m.i32.ge_u(get(done), get(total))),
        m.local.set(chunk, minOf(() => get(done), () => m.i32.sub(get(total), get(done)))),
        m.memory.copy(m.i32.add(get(dest), get(done)), get(dest), get(chunk)),
        m.local.set(done, m.i32.add(get(done), get(chunk))),
        m.br('double'),
      ])),
    ]),
  ]);
  m.removeFunction(name);
  m.addFunction(name, info.params, info.results, [i32, i32, i32], body);
}

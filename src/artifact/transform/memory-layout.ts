import type binaryen from 'binaryen';
import { helpers, type Binaryen, type Module } from './binaryen.js';
import { check, type ModuleFacts } from './facts.js';
import { readInitialU32, type DataSegment } from './sections.js';
import { walk } from './walker.js';

/**
 * Where static data ends and the malloc heap begins. `sbrk` is the only caller of
 * `emscripten_resize_heap`; the address it loads and stores through is the current break, whose
 * initial value in the data segments is the heap base. Memory below it (data + bss) must exist
 * from the start; everything above grows on demand through the host, under the host's cap.
 */
export interface MemoryLayout {
  brkAddress: number;
  heapBase: number;
  initialPages: number;
}

export function findMemoryLayout(b: Binaryen, m: Module, facts: ModuleFacts, segments: DataSegment[]): MemoryLayout {
  const resize = facts.imports.get('env.emscripten_resize_heap');
  check(resize, 'missing import env.emscripten_resize_heap');
  const callers = facts.definedFunctions.filter((name) => {
    let calls = false;
    walk(b, b.getFunctionInfo(m.getFunction(name)).body, (e, id) => {
      if (id === b.CallId && helpers(b).Call.getTarget(e) === resize.internalName) calls = true;
    });
    return calls;
  });
  check(callers.length === 1, `expected one caller of emscripten_resize_heap (sbrk), found ${callers.length}`);

  const loads = new Set<number>();
  const stores = new Set<number>();
  walk(b, b.getFunctionInfo(m.getFunction(callers[0]!)).body, (e, id) => {
    if (id !== b.LoadId && id !== b.StoreId) return;
    const info = b.getExpressionInfo(e) as binaryen.LoadInfo;
    const ptr = b.getExpressionInfo(info.ptr) as binaryen.ConstInfo;
    if (ptr.id === b.ConstId && ptr.value === 0) (id === b.LoadId ? loads : stores).add(info.offset);
  });
  const both = [...loads].filter((a) => stores.has(a));
  check(both.length === 1, 'sbrk must load and store exactly one static address (the break)');
  const brkAddress = both[0]!;
  const heapBase = readInitialU32(segments, brkAddress);
  check(heapBase > 0 && heapBase % 16 === 0, `implausible heap base ${heapBase}`);
  return { brkAddress, heapBase, initialPages: Math.ceil(heapBase / 65536) };
}

/**
 * `emscripten_resize_heap`: the only way guest memory grows (the module has no `memory.grow` of
 * its own). Refusing here makes malloc fail, which MicroPython reports as MemoryError.
 */

const PAGE = 65536;
/** Grow in steps of at least this much, so a growing heap does not call back for every page. */
const MIN_STEP = 1 << 20;

export interface HeapLimit {
  /** Current cap on linear memory, in bytes. */
  capBytes(): number;
  /** Called after each successful growth with the new size. */
  grown(bytes: number): void;
  /** Called when a growth is refused: the guest has reached its cap. */
  refused(): void;
}

export function createHeapGrowthImport(memory: () => WebAssembly.Memory, limit: HeapLimit) {
  return {
    emscripten_resize_heap(requested: number): number {
      const wanted = requested >>> 0;
      const mem = memory();
      const current = mem.buffer.byteLength;
      const cap = Math.floor(limit.capBytes() / PAGE) * PAGE;
      if (wanted <= current) return 1;
      if (wanted > cap) {
        limit.refused();
        return 0;
      }
      const target = Math.min(cap, Math.max(wanted, current + MIN_STEP));
      const pages = Math.ceil(target / PAGE) - current / PAGE;
      try {
        mem.grow(pages);
      } catch {
        limit.refused(); // the engine could not reserve it: same as refusing
        return 0;
      }
      limit.grown(mem.buffer.byteLength);
      return 1;
    },
  };
}

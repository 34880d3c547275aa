import { DEFAULT_LIMITS, HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../../src/core/limits.js';
import type { CompiledEngine } from '../../src/engine/module.js';
import { Interpreter, type VmConfig } from '../../src/interpreter/interpreter.js';
import { interpreterEngine } from './interpreter-engine.js';
import type { InProcessEngine } from './types.js';

/**
 * Our engine, driven through the low-level synchronous Interpreter so the timings are the Python
 * work itself: no worker hop, no scheduling. Product defaults (memory cap, initial heap, Python
 * stack), so the garbage collector runs as often as it does for a user; only the fuel and time
 * limits are lifted (interpreter-engine.ts).
 */

export const SPEED_VM_CONFIG: VmConfig = {
  memoryLimitBytes: DEFAULT_LIMITS.memoryLimit,
  heapInitialBytes: HEAP_INITIAL_BYTES,
  pystackWords: PYSTACK_WORDS,
};

export function oursEngine(compiled: CompiledEngine): InProcessEngine {
  const { micropython } = compiled.manifest;
  return interpreterEngine(
    'ours',
    `this checkout: MicroPython ${micropython.version} port (native/micropython.wasm, sha256 ${compiled.manifest.wasm.sha256.slice(0, 12)}) via Interpreter, fresh VM per run`,
    () => new Interpreter(compiled, SPEED_VM_CONFIG),
  );
}

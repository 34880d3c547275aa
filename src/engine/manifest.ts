/**
 * The record that travels with the committed module (native/manifest.json): what it was built
 * from and with. The loader checks the module's hash against it; a test checks that the port's
 * sources still hash to what it lists (tools/build-wasm writes it).
 */
export interface EngineManifest {
  /** Bumped when the module's contract with the host (imports, exports, memory layout) changes. */
  abi: number;
  micropython: { version: string; sourceTreeSha256: string };
  toolchain: Record<string, string>;
  /** sha256 of every file the build reads from this repository, by repository-relative path. */
  inputs: Record<string, string>;
  /** Functions the GC-safety pass left unspilled (see native/port/memory.c). */
  gcSafety: { spilledFunctions: number; exempt: string[]; stackWrites: number };
  wasm: { file: string; sha256: string; bytes: number };
  /**
   * From the linker's map: static data below `readOnlyEnd` is the module's read-only data
   * (.rodata), which no run writes (test/engine/isolation.test.ts), so resetting a VM need
   * not copy it. Absent in older manifests: everything is copied then.
   */
  layout?: { readOnlyEnd: number };
}

/** The ABI this host implements. */
export const ENGINE_ABI = 1;

export function isEngineManifest(value: unknown): value is EngineManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const wasm = m['wasm'] as Record<string, unknown> | undefined;
  return typeof m['abi'] === 'number'
    && typeof m['micropython'] === 'object' && m['micropython'] !== null
    && typeof m['inputs'] === 'object' && m['inputs'] !== null
    && typeof wasm === 'object' && wasm !== null
    && typeof wasm['sha256'] === 'string' && typeof wasm['file'] === 'string' && typeof wasm['bytes'] === 'number';
}

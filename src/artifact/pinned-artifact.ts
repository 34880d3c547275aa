import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ArtifactError } from '../core/errors.js';

/**
 * The one MicroPython build we run. Only its `micropython.wasm` is ever read; the package's
 * JavaScript glue is never imported, because it hands the guest the whole host.
 */
export const PINNED_ARTIFACT = {
  packageName: '@micropython/micropython-webassembly-pyscript',
  version: '1.27.0',
  wasmFile: 'micropython.wasm',
  sha256: '06338c955b03c5700aa0069015d3e392d76836ef8e2ce25bedbe59b88ccd373c',
} as const;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function locatePinnedWasm(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(`${PINNED_ARTIFACT.packageName}/${PINNED_ARTIFACT.wasmFile}`);
  } catch (cause) {
    throw new ArtifactError(
      `cannot find ${PINNED_ARTIFACT.packageName}@${PINNED_ARTIFACT.version}; run npm install`,
      { cause },
    );
  }
}

/** Reads the pinned wasm and refuses it unless its sha256 is exactly the pinned one. */
export function readPinnedWasm(path: string = locatePinnedWasm()): Uint8Array {
  const bytes = readFileSync(path);
  verifyPinnedWasm(bytes, path);
  return bytes;
}

export function verifyPinnedWasm(bytes: Uint8Array, origin = 'micropython.wasm'): void {
  const actual = sha256Hex(bytes);
  if (actual !== PINNED_ARTIFACT.sha256) {
    throw new ArtifactError(
      `${origin} has sha256 ${actual}, expected ${PINNED_ARTIFACT.sha256} ` +
        `(${PINNED_ARTIFACT.packageName}@${PINNED_ARTIFACT.version}); refusing to load it`,
    );
  }
}

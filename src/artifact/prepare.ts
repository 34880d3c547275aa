/**
 * Build step (`npm run build`): transforms the pinned wasm once and stores it in the cache, so the
 * first sandbox in a fresh install does not pay for the transform.
 */
import { cacheDirectory, loadTransformedArtifact } from './module-cache.js';

const started = performance.now();
const { manifest } = await loadTransformedArtifact();
const ms = Math.round(performance.now() - started);
process.stdout.write(
  `micropython-sandbox: transformed MicroPython ${manifest.inputSha256.slice(0, 12)} ` +
    `(transform v${manifest.transformVersion}) in ${cacheDirectory()} [${ms} ms]\n`,
);

import { mkdirSync, readFileSync, renameSync, writeFileSync, accessSync, constants, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArtifactError } from '../core/errors.js';
import { PINNED_ARTIFACT, readPinnedWasm, sha256Hex } from './pinned-artifact.js';
import { DEFAULT_TRANSFORM, TRANSFORM_VERSION, transformArtifact, type TransformManifest, type TransformOptions } from './transform/pipeline.js';

/**
 * The transformed binary, cached on disk keyed by the input's hash and the transform version.
 * A cached entry is trusted only if its recorded hashes and version match; anything stale,
 * truncated or tampered with is rebuilt. Compilation happens once per process.
 */

export interface CachedManifest extends TransformManifest {
  inputSha256: string;
  outputSha256: string;
}

export interface LoadedArtifact {
  wasm: Uint8Array;
  manifest: CachedManifest;
}

export interface CompiledArtifact {
  module: WebAssembly.Module;
  manifest: CachedManifest;
}

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `MICROPYTHON_SANDBOX_CACHE_DIR`, else the package's own `.cache`, else the OS temp dir. */
export function cacheDirectory(): string {
  const configured = process.env['MICROPYTHON_SANDBOX_CACHE_DIR'];
  if (configured) return resolve(configured);
  const own = join(PACKAGE_ROOT, '.cache');
  if (writable(own)) return own;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return join(tmpdir(), `micropython-sandbox-${uid}`);
}

function entryPaths(dir: string, inputSha: string, options: TransformOptions): { wasm: string; manifest: string } {
  const variant = `${options.meterFuel ? '' : '-nofuel'}${options.midRunGc ? '' : '-nogc'}`;
  const stem = `micropython-${PINNED_ARTIFACT.version}-${inputSha.slice(0, 16)}-t${TRANSFORM_VERSION}${variant}`;
  return { wasm: join(dir, `${stem}.wasm`), manifest: join(dir, `${stem}.json`) };
}

function readCached(dir: string, inputSha: string, options: TransformOptions): LoadedArtifact | undefined {
  const paths = entryPaths(dir, inputSha, options);
  try {
    const manifest = JSON.parse(readFileSync(paths.manifest, 'utf8')) as CachedManifest;
    if (manifest.transformVersion !== TRANSFORM_VERSION || manifest.inputSha256 !== inputSha
      || manifest.meterFuel !== options.meterFuel || manifest.midRunGc !== options.midRunGc) return undefined;
    const wasm = readFileSync(paths.wasm);
    if (sha256Hex(wasm) !== manifest.outputSha256) return undefined;
    return { wasm, manifest };
  } catch {
    return undefined;
  }
}

function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Returns the transformed binary, building and caching it if needed. */
export async function loadTransformedArtifact(
  dir = cacheDirectory(),
  options: TransformOptions = DEFAULT_TRANSFORM,
): Promise<LoadedArtifact> {
  const input = readPinnedWasm();
  const inputSha = sha256Hex(input);
  const cached = readCached(dir, inputSha, options);
  if (cached) return cached;

  const { wasm, manifest } = await transformArtifact(input, options);
  const full: CachedManifest = { ...manifest, inputSha256: inputSha, outputSha256: sha256Hex(wasm) };
  try {
    mkdirSync(dir, { recursive: true });
    const paths = entryPaths(dir, inputSha, options);
    rmSync(paths.manifest, { force: true }); // a reader never pairs a new wasm with an old manifest
    writeAtomically(paths.wasm, wasm);
    writeAtomically(paths.manifest, JSON.stringify(full, null, 2));
  } catch {
    // A read-only cache is not fatal: we still have the binary in memory.
  }
  return { wasm, manifest: full };
}

let compiled: Promise<CompiledArtifact> | undefined;

export async function compileArtifact(loaded: LoadedArtifact): Promise<CompiledArtifact> {
  try {
    return { module: await WebAssembly.compile(loaded.wasm), manifest: loaded.manifest };
  } catch (cause) {
    throw new ArtifactError('the transformed MicroPython module failed to compile', { cause });
  }
}

/** The compiled module, once per process (workers receive it by message instead). */
export function getCompiledArtifact(): Promise<CompiledArtifact> {
  compiled ??= (async () => {
    const loaded = await loadTransformedArtifact();
    return compileArtifact(loaded);
  })();
  compiled.catch(() => {
    compiled = undefined; // let a later call retry after a transient failure
  });
  return compiled;
}

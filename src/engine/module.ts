import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArtifactError } from '../core/errors.js';
import { ENGINE_ABI, isEngineManifest, type EngineManifest } from './manifest.js';

/**
 * The engine: our MicroPython build (native/micropython.wasm, made by `npm run build:wasm` and
 * committed with native/manifest.json). Loading it needs no toolchain and does no work beyond
 * reading, hashing and compiling it once per process; workers receive the compiled module.
 */

export interface CompiledEngine {
  module: WebAssembly.Module;
  manifest: EngineManifest;
}

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const NATIVE_DIR = join(PACKAGE_ROOT, 'native');

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest that describes the committed module. */
export function readEngineManifest(dir: string = NATIVE_DIR): EngineManifest {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch (cause) {
    throw new ArtifactError(`cannot read the engine manifest in ${dir}`, { cause });
  }
  if (!isEngineManifest(manifest)) throw new ArtifactError(`${join(dir, 'manifest.json')} is not an engine manifest`);
  if (manifest.abi !== ENGINE_ABI) {
    throw new ArtifactError(`the engine in ${dir} has ABI ${manifest.abi}; this host implements ABI ${ENGINE_ABI}`);
  }
  return manifest;
}

/** Reads the manifest and the module, and refuses a module whose hash or ABI does not match. */
export function readEngine(dir: string = NATIVE_DIR): { wasm: Uint8Array; manifest: EngineManifest } {
  const manifest = readEngineManifest(dir);
  let wasm: Uint8Array;
  try {
    wasm = readFileSync(join(dir, manifest.wasm.file));
  } catch (cause) {
    throw new ArtifactError(`cannot read the engine module ${manifest.wasm.file}`, { cause });
  }
  const actual = sha256Hex(wasm);
  if (actual !== manifest.wasm.sha256) {
    throw new ArtifactError(`${manifest.wasm.file} has sha256 ${actual}, but its manifest says ${manifest.wasm.sha256}; refusing to load it`);
  }
  return { wasm, manifest };
}

/** V8 flags that choose how wasm is compiled; we leave them alone if the user set any. */
const TIERING_FLAGS = /--(no-)?(liftoff|wasm-lazy-compilation|wasm-dynamic-tiering)\b/;

function userChoseTiering(): boolean {
  return [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => TIERING_FLAGS.test(arg));
}

/**
 * Compiles the module with V8's optimising compiler, all of it, up front.
 *
 * By default V8 compiles wasm with its baseline compiler and optimises a function only after it
 * has run for a while, in the background; a call already running keeps the baseline code, and a
 * whole Python program runs inside one call of the interpreter loop. The first CPU-bound run in a
 * process was therefore 2-3x slower than later ones. Compiling optimised code up front costs a few
 * hundred milliseconds once per process (on V8's background threads) and removes that. V8 reads
 * these flags process-wide when a compilation starts, so they are set only while ours runs (a wasm
 * module the application compiles in that window is compiled the same way: harmless), and not at
 * all when the user chose their own.
 */
async function compileOptimised(wasm: Uint8Array): Promise<WebAssembly.Module> {
  if (userChoseTiering()) return WebAssembly.compile(wasm);
  v8.setFlagsFromString('--no-liftoff');
  v8.setFlagsFromString('--no-wasm-lazy-compilation');
  try {
    return await WebAssembly.compile(wasm);
  } finally {
    v8.setFlagsFromString('--liftoff');
    v8.setFlagsFromString('--wasm-lazy-compilation');
  }
}

export async function compileEngine(wasm: Uint8Array, manifest: EngineManifest): Promise<CompiledEngine> {
  try {
    return { module: await compileOptimised(wasm), manifest };
  } catch (cause) {
    throw new ArtifactError('the MicroPython module failed to compile', { cause });
  }
}

let compiled: Promise<CompiledEngine> | undefined;

/** The compiled engine, once per process (workers receive it by message instead). */
export function getCompiledEngine(): Promise<CompiledEngine> {
  compiled ??= (async () => {
    const { wasm, manifest } = readEngine();
    return compileEngine(wasm, manifest);
  })();
  compiled.catch(() => {
    compiled = undefined; // let a later call retry after a transient failure
  });
  return compiled;
}

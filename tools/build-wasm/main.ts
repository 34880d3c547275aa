/**
 * `npm run build:wasm -- <micropython-1.28.0 source dir> [--native <dir>] [--jobs N] [--keep <dir>]`
 *
 * Builds our MicroPython port into native/micropython.wasm and writes native/manifest.json:
 *  1. checks the source is the pinned release, byte for byte;
 *  2. copies it to a scratch directory and applies native/patches in order;
 *  3. builds mpy-cross (native, to freeze native/lib), then the port with clang for wasm32;
 *  4. makes the module GC-safe with binaryen (gc-safety.ts) and optimises it;
 *  5. writes the module and a manifest of every input's hash and the toolchain's versions.
 * With --native, also builds MicroPython's unix port from the same patched tree with the host's C
 * compiler (<dir>/micropython), which the benchmark uses as the physical limit of the interpreter.
 *
 * Needs: Debian's clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32, make, gcc, python3, patch.
 * The output is reproducible: the same inputs give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_ABI, type EngineManifest } from '../../src/engine/manifest.js';
import { makeGcSafe } from './gc-safety.js';
import { hashBuildInputs, sha256Hex } from './inputs.js';
import { checkPinnedRelease, preparePatchedTree } from './source.js';
import { toolchainVersions } from './toolchain.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUTPUT_WASM = 'native/micropython.wasm';
const OUTPUT_MANIFEST = 'native/manifest.json';

interface Args {
  source: string;
  native?: string;
  keep?: string;
  /** Another patch folder, for experiments (the manifest then no longer matches the repo). */
  patches?: string;
  jobs: number;
}

function parseArgs(argv: string[]): Args {
  let source: string | undefined;
  const args: Partial<Args> = { jobs: Math.min(4, availableParallelism()) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--native') args.native = resolve(argv[++i] ?? '');
    else if (a === '--keep') args.keep = resolve(argv[++i] ?? '');
    else if (a === '--patches') args.patches = resolve(argv[++i] ?? '');
    else if (a === '--jobs') args.jobs = Number(argv[++i]);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else source = resolve(a);
  }
  if (!source) throw new Error('usage: npm run build:wasm -- <micropython-1.28.0 source dir> [--native <dir>] [--jobs N] [--keep <dir>]');
  if (!Number.isInteger(args.jobs) || args.jobs! < 1) throw new Error('--jobs must be a positive integer');
  return { ...args, source } as Args;
}

function step(label: string): () => void {
  const started = performance.now();
  process.stdout.write(`build:wasm: ${label}...`);
  return () => process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

function make(args: string[], cwd: string): void {
  try {
    execFileSync('make', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`make ${args.join(' ')} failed in ${cwd}:\n${tail}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let done = step('checking the MicroPython source');
  const release = checkPinnedRelease(args.source);
  done();

  const scratch = args.keep ?? mkdtempSync(join(tmpdir(), 'mps-build-'));
  mkdirSync(scratch, { recursive: true });
  const tree = join(scratch, 'micropython');
  rmSync(tree, { recursive: true, force: true });
  try {
    done = step('applying patches');
    const patches = preparePatchedTree(args.source, tree, args.patches ?? join(REPO, 'native', 'patches'));
    done();
    process.stdout.write(`build:wasm:   ${patches.join(', ')}\n`);

    done = step('building mpy-cross');
    make(['-C', join(tree, 'mpy-cross'), `-j${args.jobs}`], tree);
    done();

    done = step('compiling the port (clang, wasm32)');
    const build = join(scratch, 'build-wasm');
    make([`TOP=${tree}`, `BUILD=${build}`, `MPY_LIB_DIR=${join(REPO, 'native', 'lib')}`, `-j${args.jobs}`], join(REPO, 'native', 'port'));
    done();

    done = step('GC safety and optimisation (binaryen)');
    const { wasm, report } = await makeGcSafe(readFileSync(join(build, 'micropython.wasm')));
    done();
    checkImports(wasm);

    const manifest: EngineManifest = {
      abi: ENGINE_ABI,
      micropython: release,
      toolchain: toolchainVersions(),
      inputs: hashBuildInputs(REPO),
      gcSafety: report,
      wasm: { file: 'micropython.wasm', sha256: sha256Hex(wasm), bytes: wasm.length },
      layout: { readOnlyEnd: readOnlyEnd(readFileSync(join(build, 'micropython.map'), 'utf8')) },
    };
    writeFileSync(join(REPO, OUTPUT_WASM), wasm);
    writeFileSync(join(REPO, OUTPUT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    process.stdout.write(`build:wasm: wrote ${OUTPUT_WASM} (${wasm.length} bytes, sha256 ${manifest.wasm.sha256.slice(0, 16)}...) and ${OUTPUT_MANIFEST}\n`);

    if (args.native) {
      done = step('building the native unix port (reference for the benchmark)');
      make(['-C', join(tree, 'ports', 'unix'), `-j${args.jobs}`, 'VARIANT=standard', 'MICROPY_PY_FFI=0', 'MICROPY_PY_SSL=0',
        'MICROPY_PY_BTREE=0', 'FROZEN_MANIFEST='], tree);
      mkdirSync(args.native, { recursive: true });
      copyFileSync(join(tree, 'ports', 'unix', 'build-standard', 'micropython'), join(args.native, 'micropython'));
      done();
      process.stdout.write(`build:wasm: native reference at ${join(args.native, 'micropython')}\n`);
    }
  } finally {
    if (!args.keep) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The end address of the output section .rodata in wasm-ld's link map (`--Map`), whose lines
 * for output sections read `<addr> <offset> <size> <name>` in hex.
 */
export function readOnlyEnd(map: string): number {
  const line = /^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\.rodata$/m.exec(map);
  if (!line) throw new Error('the link map has no .rodata output section');
  return parseInt(line[1]!, 16) + parseInt(line[2]!, 16);
}

/** The module may import only from our `mps` namespace (src/host/imports.ts implements it). */
function checkImports(wasm: Uint8Array): void {
  const module = new WebAssembly.Module(wasm);
  const foreign = WebAssembly.Module.imports(module).filter((i) => i.module !== 'mps' || i.kind !== 'function');
  if (foreign.length > 0) {
    throw new Error(`the module imports ${foreign.map((i) => `${i.module}.${i.name}`).join(', ')}; only mps.* functions are allowed`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nbuild:wasm: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ArtifactError } from '../../src/core/errors.js';
import { ENGINE_ABI } from '../../src/engine/manifest.js';
import { NATIVE_DIR, readEngine, readEngineManifest, sha256Hex } from '../../src/engine/module.js';
import { hashBuildInputs } from '../../tools/build-wasm/inputs.js';
import { PINNED_RELEASE } from '../../tools/build-wasm/source.js';

const REPO = new URL('../../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'mps-engine-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the committed module and manifest, to alter. */
function copyOfEngine(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(NATIVE_DIR, 'micropython.wasm'), join(dir, 'micropython.wasm'));
  cpSync(join(NATIVE_DIR, 'manifest.json'), join(dir, 'manifest.json'));
  return dir;
}

describe('the committed engine', () => {
  test('its manifest matches the module, the pinned release and this host\'s ABI', () => {
    const { wasm, manifest } = readEngine();
    assert.equal(sha256Hex(wasm), manifest.wasm.sha256);
    assert.equal(wasm.length, manifest.wasm.bytes);
    assert.equal(manifest.abi, ENGINE_ABI);
    assert.deepEqual(manifest.micropython, { version: PINNED_RELEASE.version, sourceTreeSha256: PINNED_RELEASE.sourceTreeSha256 });
    assert.deepEqual(manifest.gcSafety.exempt, ['mp_execute_bytecode']);
  });

  test('the port, patches, frozen modules and build tool still hash to what the module was built from (rebuild: npm run build:wasm)', () => {
    const manifest = readEngineManifest();
    const now = hashBuildInputs(REPO);
    const changed = Object.keys({ ...now, ...manifest.inputs }).filter((f) => now[f] !== manifest.inputs[f]);
    assert.deepEqual(changed, [], `changed since the last build: ${changed.join(', ')}`);
  });

  test('the module imports only our mps namespace and stays small', () => {
    const { wasm } = readEngine();
    const module = new WebAssembly.Module(wasm);
    const foreign = WebAssembly.Module.imports(module).filter((i) => i.module !== 'mps');
    assert.deepEqual(foreign, []);
    assert.ok(wasm.length < 1.5 * 1024 * 1024, `the module is ${wasm.length} bytes`);
  });

  test('a single altered byte is refused with ArtifactError', () => {
    const dir = copyOfEngine('altered');
    const wasm = readFileSync(join(dir, 'micropython.wasm'));
    wasm[wasm.length >> 1]! ^= 1;
    writeFileSync(join(dir, 'micropython.wasm'), wasm);
    assert.throws(() => readEngine(dir), (e: unknown) => e instanceof ArtifactError && /sha256/.test((e as Error).message));
  });

  test('a manifest for another ABI, or no manifest, is refused with ArtifactError', () => {
    const dir = copyOfEngine('abi');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, abi: ENGINE_ABI + 1 }));
    assert.throws(() => readEngine(dir), (e: unknown) => e instanceof ArtifactError && /ABI/.test((e as Error).message));
    assert.throws(() => readEngine(join(scratch, 'missing')), ArtifactError);
  });
});

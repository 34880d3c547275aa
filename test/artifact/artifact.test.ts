import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import binaryen from 'binaryen';
import { cacheDirectory, loadTransformedArtifact } from '../../src/artifact/module-cache.js';
import { PINNED_ARTIFACT, readPinnedWasm, sha256Hex, verifyPinnedWasm } from '../../src/artifact/pinned-artifact.js';
import { transformArtifact, TRANSFORM_VERSION } from '../../src/artifact/transform/pipeline.js';
import { ArtifactError, TransformError } from '../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mps-artifact-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('pinned artifact', () => {
  test('the installed wasm matches the pinned hash', () => {
    const bytes = readPinnedWasm();
    assert.equal(sha256Hex(bytes), PINNED_ARTIFACT.sha256);
  });

  test('a single altered byte is refused with ArtifactError', () => {
    const bytes = readPinnedWasm().slice();
    bytes[bytes.length >> 1]! ^= 1;
    assert.throws(() => verifyPinnedWasm(bytes), (e: unknown) => e instanceof ArtifactError && /sha256/.test((e as Error).message));
  });

  test('the package version is pinned exactly in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    assert.equal(pkg.dependencies[PINNED_ARTIFACT.packageName], PINNED_ARTIFACT.version);
  });
});

describe('binary transform', () => {
  test('fails loudly on a module that is not the MicroPython build', async () => {
    const m = binaryen.parseText('(module (memory (export "memory") 1) (func (export "f")))');
    const foreign = m.emitBinary();
    m.dispose();
    await assert.rejects(transformArtifact(foreign), (e: unknown) => e instanceof TransformError && /artifact check failed/.test((e as Error).message));
  });

  test('fails loudly when a structure it relies on is missing', async () => {
    const m = binaryen.readBinary(readPinnedWasm());
    m.removeExport('emscripten_stack_get_current');
    const altered = m.emitBinary();
    m.dispose();
    await assert.rejects(transformArtifact(altered), /emscripten_stack_get_current/);
  });

  test('the output replaces setjmp trampolines and adds fuel, sleep and heap-room imports', async () => {
    const { wasm, manifest } = await loadTransformedArtifact();
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module}.${i.name}`);
    assert.ok(!imports.some((n) => n.startsWith('env.invoke_')), 'invoke_* imports remain');
    assert.ok(!imports.includes('env._emscripten_throw_longjmp'));
    for (const needed of ['mps.out_of_fuel', 'mps.sleep', 'mps.heap_room']) assert.ok(imports.includes(needed), needed);
    assert.equal(manifest.transformVersion, TRANSFORM_VERSION);
    assert.ok(manifest.loopsMetered > 500);
    assert.ok(manifest.gc.spill.functionsSpilled > 100);
    assert.ok(manifest.initialPages <= 4, 'memory starts small');
  });
});

describe('transform cache', () => {
  test('a corrupt cached binary is detected and rebuilt, byte-identical (the transform is deterministic)', async () => {
    const good = await loadTransformedArtifact();
    const source = cacheDirectory();
    for (const file of readdirSync(source).filter((f) => f.includes(`-t${TRANSFORM_VERSION}.`))) copyFileSync(join(source, file), join(dir, file));
    const wasmFile = readdirSync(dir).find((f) => f.endsWith(`-t${TRANSFORM_VERSION}.wasm`))!;
    const corrupt = readFileSync(join(dir, wasmFile));
    corrupt[corrupt.length >> 1]! ^= 0xff;
    writeFileSync(join(dir, wasmFile), corrupt);
    const rebuilt = await loadTransformedArtifact(dir);
    assert.equal(rebuilt.manifest.outputSha256, good.manifest.outputSha256);
    assert.equal(sha256Hex(readFileSync(join(dir, wasmFile))), good.manifest.outputSha256, 'the cache file was rewritten');
  });

  test('a stale manifest (other transform version) is not trusted', async () => {
    const manifestFile = readdirSync(dir).find((f) => f.endsWith(`-t${TRANSFORM_VERSION}.json`))!;
    const manifest = JSON.parse(readFileSync(join(dir, manifestFile), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, manifestFile), JSON.stringify({ ...manifest, transformVersion: TRANSFORM_VERSION - 1 }));
    const loaded = await loadTransformedArtifact(dir);
    assert.equal(loaded.manifest.transformVersion, TRANSFORM_VERSION);
  });
});

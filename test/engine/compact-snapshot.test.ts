import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { baseImage, decodeSnapshot, encodeSnapshot } from '../../src/interpreter/snapshot-codec.js';
import { SnapshotError } from '../../src/core/errors.js';
import { Interpreter } from '../../src/interpreter/interpreter.js';
import { artifactAndTemplate, freshVm, TEST_CONFIG, TEST_LIMITS } from '../support/vm.js';

/**
 * Snapshots encoded against the template image (how a session keeps its last good state): only
 * the pages that differ from the template are stored, the VM comes back exactly, and such a
 * snapshot is refused wherever that template is not the one it names.
 */

describe('snapshots relative to the template image', () => {
  test('store only what differs from the template, and restore the VM exactly', async () => {
    const { artifact, template } = await artifactAndTemplate();
    const vm = await freshVm();
    vm.exec('data = {str(i): i * i for i in range(2000)}\ndef f(x):\n    return data[str(x)] + 1', TEST_LIMITS);
    const state = { image: vm.captureImage(), fsState: new Uint8Array(0), host: {} };
    const base = baseImage(template);
    const full = encodeSnapshot(state);
    const compact = encodeSnapshot(state, base);
    // The interpreter's static data (over 300 KiB, the same in every VM) is not stored again.
    assert.ok(full.length - compact.length > 300_000, `compact ${compact.length} bytes, full ${full.length}`);

    const decoded = decodeSnapshot(compact, base);
    assert.deepEqual(decoded.image.used, state.image.used);
    const restored = new Interpreter(artifact, TEST_CONFIG, decoded.image);
    const out = restored.exec('print(f(1999), len(data))', TEST_LIMITS);
    assert.equal(out.stdout, `${1999 * 1999 + 1} 2000\n`);
  });

  test('are refused without their base, or with another one', async () => {
    const { template } = await artifactAndTemplate();
    const vm = await freshVm();
    vm.exec('x = 1', TEST_LIMITS);
    const image = vm.captureImage();
    const compact = encodeSnapshot({ image, fsState: new Uint8Array(0), host: {} }, baseImage(template));
    assert.throws(() => decodeSnapshot(compact), SnapshotError);
    assert.throws(() => decodeSnapshot(compact, baseImage(image)), SnapshotError);
  });
});

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { decodeSnapshot, encodeSnapshot } from '../../src/interpreter/snapshot-codec.js';
import { SnapshotError } from '../../src/core/errors.js';
import { VfsError } from '../../src/vfs/types.js';
import { VirtualFileSystem } from '../../src/vfs/virtual-file-system.js';
import { DEFAULT_FS_LIMITS } from '../../src/worker/session-config.js';
import { freshVm, TEST_LIMITS } from '../support/vm.js';

/**
 * Snapshot loading against random and mutated bytes: the decoder either returns a state or
 * throws SnapshotError (and the filesystem loader VfsError); nothing else, and no allocation
 * driven by a forged length.
 */

let real: Uint8Array;
let fsState: Uint8Array;

before(async () => {
  const vm = await freshVm();
  vm.exec('data = [str(i) for i in range(100)]', TEST_LIMITS);
  const fs = new VirtualFileSystem({ limits: DEFAULT_FS_LIMITS, files: { '/tmp/a.txt': 'hello', '/tmp/dir/b.bin': new Uint8Array([1, 2, 3]) } });
  fsState = fs.exportState();
  real = encodeSnapshot({ image: vm.captureImage(), fsState, host: {} });
});

function decodesCleanly(bytes: Uint8Array): void {
  try {
    const state = decodeSnapshot(bytes);
    assert.ok(state.image.used.length <= state.image.memoryBytes);
  } catch (error) {
    assert.ok(error instanceof SnapshotError, `unexpected ${String(error)}`);
  }
}

describe('snapshot decoding under random and mutated input', () => {
  test('the real snapshot decodes', () => {
    const state = decodeSnapshot(real);
    assert.ok(state.image.used.length > 0);
  });

  test('random bytes are refused', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), decodesCleanly), { numRuns: 500, seed: 1 });
  });

  test('random bytes behind a valid magic are refused', () => {
    const magic = real.subarray(0, 16);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (tail) => {
      const bytes = new Uint8Array(magic.length + tail.length);
      bytes.set(magic);
      bytes.set(tail, magic.length);
      decodesCleanly(bytes);
    }), { numRuns: 500, seed: 2 });
  });

  test('mutations of a real snapshot (flips, truncations, extensions, splices) are refused or harmless', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip'), at: fc.nat(), value: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
      fc.record({ kind: fc.constant('extend'), extra: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
      fc.record({ kind: fc.constant('splice'), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
    );
    fc.assert(fc.property(mutation, (m) => {
      let bytes = real.slice();
      if (m.kind === 'flip') bytes[m.at % bytes.length]! ^= m.value;
      else if (m.kind === 'truncate') bytes = bytes.subarray(0, m.at % bytes.length);
      else if (m.kind === 'extend') bytes = Uint8Array.from([...bytes, ...m.extra]);
      else bytes.set(m.bytes.subarray(0, Math.max(0, bytes.length - (m.at % bytes.length))), m.at % bytes.length);
      decodesCleanly(bytes);
    }), { numRuns: 300, seed: 3 });
  });

  test('filesystem state: random and mutated bytes give VfsError', () => {
    const loads = (bytes: Uint8Array) => {
      try {
        VirtualFileSystem.importState(bytes, { limits: DEFAULT_FS_LIMITS }).dispose();
      } catch (error) {
        assert.ok(error instanceof VfsError || (error instanceof Error && /snapshot|state/i.test(error.message)), `unexpected ${String(error)}`);
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), loads), { numRuns: 500, seed: 4 });
    fc.assert(fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (at, v) => {
      const bytes = fsState.slice();
      bytes[at % bytes.length]! ^= v;
      loads(bytes);
    }), { numRuns: 500, seed: 5 });
  });
});

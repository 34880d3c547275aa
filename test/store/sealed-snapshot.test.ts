import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { openSnapshot, sealSnapshot, SnapshotAuthError, SnapshotKeys } from '../../src/store/index.js';
import { SandboxError } from '../../src/index.js';

const KEY = randomBytes(32);
const keys = new SnapshotKeys(KEY);
const content = { sessionId: 'chat-1', generation: 7, snapshot: new Uint8Array(randomBytes(1000)) };

function refused(fn: () => unknown, reason: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof SnapshotAuthError, String(error));
    assert.ok(SandboxError.isInstance(error));
    assert.equal((error as SandboxError).code, 'SNAPSHOT_INVALID');
    assert.match((error as Error).message, reason);
    return true;
  });
}

describe('sealed snapshots', () => {
  test('open gives back exactly what was sealed', () => {
    const sealed = sealSnapshot(keys, content);
    assert.deepEqual(openSnapshot(keys, sealed, { sessionId: 'chat-1', generation: 7 }), content.snapshot);
  });

  test('a change to any byte is refused (header, payload or tag)', () => {
    const sealed = sealSnapshot(keys, content);
    for (const index of [0, 4, 6, 9, 20, 500, sealed.length - 33, sealed.length - 1]) {
      const bad = new Uint8Array(sealed);
      bad[index]! ^= 0x01;
      refused(() => openSnapshot(keys, bad, { sessionId: 'chat-1', generation: 7 }), /refused/);
    }
    refused(() => openSnapshot(keys, sealed.subarray(0, sealed.length - 1), { sessionId: 'chat-1', generation: 7 }), /tag/);
    refused(() => openSnapshot(keys, new Uint8Array(10), { sessionId: 'chat-1', generation: 7 }), /not a sealed snapshot/);
  });

  test('a forgery under another key, another session\'s snapshot, or another generation is refused', () => {
    const forged = sealSnapshot(new SnapshotKeys(randomBytes(32)), content);
    refused(() => openSnapshot(keys, forged, { sessionId: 'chat-1', generation: 7 }), /tag does not match/);
    const other = sealSnapshot(keys, { ...content, sessionId: 'chat-2' });
    refused(() => openSnapshot(keys, other, { sessionId: 'chat-1', generation: 7 }), /another session/);
    refused(() => openSnapshot(keys, sealSnapshot(keys, content), { sessionId: 'chat-1', generation: 6 }), /generation 7/);
  });

  test('keys rotate: the first seals, older ones still open', () => {
    const old = new SnapshotKeys(KEY);
    const rotated = new SnapshotKeys([randomBytes(32), KEY]);
    const sealedOld = sealSnapshot(old, content);
    assert.deepEqual(openSnapshot(rotated, sealedOld, { sessionId: 'chat-1', generation: 7 }), content.snapshot);
    refused(() => openSnapshot(old, sealSnapshot(rotated, content), { sessionId: 'chat-1', generation: 7 }), /tag/);
  });

  test('short or missing keys are refused with a typed error', () => {
    assert.throws(() => new SnapshotKeys('short'), { code: 'INVALID_OPTIONS' });
    assert.throws(() => new SnapshotKeys([]), { code: 'INVALID_OPTIONS' });
    assert.throws(() => new SnapshotKeys(42 as never), { code: 'INVALID_OPTIONS' });
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { ByteWriter, crc32 } from '../../src/vfs/binary-codec.js';
import { VfsError } from '../../src/vfs/types.js';
import { VirtualFileSystem } from '../../src/vfs/virtual-file-system.js';
import {
  CREAT, FIXED_TIME, LIMITS, RDONLY, WRONLY,
  guestList, guestRead, guestWrite, makeFs, makeHostDir, removeHostDir, text, throwsErrno,
} from './helpers.js';

const restore = (bytes: Uint8Array, limits = LIMITS) => VirtualFileSystem.importState(bytes, { limits, clock: () => FIXED_TIME });

function sampleFs(): VirtualFileSystem {
  const vfs = makeFs({ files: { '/app/main.py': 'print("hi")\n', '/top.txt': 'top' } });
  vfs.mkdir('/tmp/empty', 0o755);
  vfs.mkdir('/tmp/nested', 0o755);
  vfs.mkdir('/tmp/nested/deeper', 0o755);
  guestWrite(vfs, '/tmp/nested/deeper/bin', Uint8Array.from({ length: 300 }, (_, i) => i & 0xff));
  guestWrite(vfs, '/tmp/nested/ünï cödé.txt', 'unicode name');
  guestWrite(vfs, '/tmp/zero', '');
  vfs.chdir('/tmp/nested');
  return vfs;
}

/** Wraps a payload in a valid header, as a forger who knows the format would. */
function forge(build: (payload: ByteWriter) => void, version = 1): Uint8Array {
  const payload = new ByteWriter();
  build(payload);
  const body = payload.finish();
  const out = new ByteWriter();
  out.bytes(Uint8Array.of(0x89, 0x4d, 0x50, 0x59, 0x56, 0x46, 0x53, 0x0a));
  out.u16(version);
  out.u32(body.length);
  out.u32(crc32(body));
  out.bytes(body);
  return out.finish();
}

function rejects(bytes: Uint8Array, pattern?: RegExp): void {
  assert.throws(
    () => restore(bytes),
    (error: unknown) => {
      assert.ok(error instanceof VfsError, `expected VfsError, got ${String(error)}`);
      assert.equal(error.errno, 'EINVAL');
      if (pattern !== undefined) assert.match(error.message, pattern);
      return true;
    },
  );
}

describe('exportState / importState', () => {
  test('round trip keeps directories, contents, names, times, usage and cwd', () => {
    const original = sampleFs();
    const copy = restore(original.exportState());
    assert.deepEqual(copy.listFiles(), original.listFiles());
    for (const file of original.listFiles()) assert.deepEqual(copy.readFile(file), original.readFile(file));
    assert.deepEqual(copy.usage(), original.usage());
    assert.equal(copy.getcwd(), '/tmp/nested');
    assert.deepEqual(guestList(copy, '/tmp'), guestList(original, '/tmp'));
    assert.deepEqual(guestList(copy, '/tmp/empty'), ['.', '..']);
    assert.equal(copy.stat('/tmp/nested/deeper/bin', true).mtimeMs, FIXED_TIME);
    assert.equal(guestRead(copy, 'ünï cödé.txt'), 'unicode name');
    assert.deepEqual(copy.exportState(), original.exportState(), 'export is deterministic');
  });

  test('restored permissions: / and /tmp as before, placed directories writable', () => {
    const copy = restore(sampleFs().exportState());
    throwsErrno(() => copy.open('/new', WRONLY | CREAT, 0o644), 'EROFS');
    guestWrite(copy, '/app/more.py', 'x');
    guestWrite(copy, '/tmp/more', 'x');
    throwsErrno(() => copy.unlink('/top.txt'), 'EROFS');
  });

  test('open descriptors are not part of the state', () => {
    const vfs = sampleFs();
    vfs.open('/tmp/zero', RDONLY, 0);
    const copy = restore(vfs.exportState());
    throwsErrno(() => copy.fstat(3), 'EBADF');
    assert.equal(copy.open('/tmp/zero', RDONLY, 0), 3);
  });

  test('mounts are re-attached from the new options, not from the snapshot', () => {
    const host = makeHostDir('state-mount');
    try {
      fs.writeFileSync(path.join(host, 'h.txt'), 'host file');
      const vfs = makeFs({ mounts: [{ hostPath: host, guestPath: '/mnt/data', mode: 'ro' }] });
      vfs.chdir('/mnt/data');
      const bytes = vfs.exportState();
      assert.ok(!Buffer.from(bytes).includes('host file'), 'mount contents are not saved');
      const without = restore(bytes);
      assert.deepEqual(without.listFiles(), []);
      assert.equal(without.getcwd(), '/', 'a cwd inside a missing mount falls back to /');
      const withMount = VirtualFileSystem.importState(bytes, { limits: LIMITS, mounts: [{ hostPath: host, guestPath: '/mnt/data', mode: 'ro' }] });
      assert.equal(text(withMount.readFile('/mnt/data/h.txt')), 'host file');
      assert.equal(withMount.getcwd(), '/mnt/data');
    } finally {
      removeHostDir(host);
    }
  });

  test('a snapshot that does not fit the new limits is refused', () => {
    const bytes = sampleFs().exportState();
    throwsErrno(() => restore(bytes, { ...LIMITS, quotaBytes: 100 }), 'ENOSPC');
    throwsErrno(() => restore(bytes, { ...LIMITS, maxDirEntries: 2 }), 'ENOSPC');
    throwsErrno(() => restore(bytes, { ...LIMITS, maxEntries: 5 }), 'ENOSPC');
    assert.equal(restore(bytes, { ...LIMITS, maxEntries: 10 }).usage().entries, 10);
  });

  test('each entry is stored once, by name: a deep tree costs no more per entry than a flat one', () => {
    const deep = makeFs({ limits: { ...LIMITS, maxPathBytes: 4096, maxEntries: 1000 } });
    let at = '/tmp';
    for (let depth = 0; depth < 12; depth++) {
      at += `/${'d'.repeat(200)}${depth}`;
      deep.mkdir(at, 0o755);
    }
    const flat = makeFs({ limits: { ...LIMITS, maxEntries: 1000 } });
    for (let i = 0; i < 12; i++) flat.mkdir(`/tmp/${'d'.repeat(200)}${i}`, 0o755);
    for (let i = 0; i < 20; i++) {
      guestWrite(deep, `${at}/f${i}`, '');
      guestWrite(flat, `/tmp/f${i}`, '');
    }
    assert.equal(deep.exportState().length, flat.exportState().length);
    assert.deepEqual(restore(deep.exportState(), { ...LIMITS, maxPathBytes: 4096 }).listFiles().length, 20);
    throwsErrno(() => restore(deep.exportState(), { ...LIMITS, maxPathBytes: 1024 }), 'EINVAL');
  });

  test('the quota is enforced after a restore', () => {
    const vfs = makeFs({ limits: { ...LIMITS, quotaBytes: 100 } });
    guestWrite(vfs, '/tmp/a', new Uint8Array(90));
    const copy = restore(vfs.exportState(), { ...LIMITS, quotaBytes: 100 });
    const fd = copy.open('/tmp/b', WRONLY | CREAT, 0o644);
    throwsErrno(() => copy.write(fd, new Uint8Array(11)), 'ENOSPC');
    assert.equal(copy.write(fd, new Uint8Array(10)), 10);
  });
});

describe('importState rejects bad input cleanly', () => {
  let good: Uint8Array = new Uint8Array(0);
  before(() => {
    good = sampleFs().exportState();
  });

  test('every truncation', () => {
    for (let length = 0; length < good.length; length++) rejects(good.subarray(0, length));
  });

  test('trailing bytes, flipped bits, wrong magic, unknown version', () => {
    rejects(Uint8Array.from([...good, 0]), /trailing/);
    for (let at = 0; at < good.length; at += 7) {
      const flipped = Uint8Array.from(good);
      flipped[at]! ^= 0x10;
      rejects(flipped);
    }
    rejects(new TextEncoder().encode('{"files": {}}'), /not a filesystem snapshot/);
    rejects(forge(() => {}, 3), /version/);
  });

  test('random bytes, with and without a valid header', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    for (let round = 0; round < 200; round++) {
      const noise = Uint8Array.from({ length: round * 3 }, random);
      rejects(noise);
      rejects(forge((w) => w.bytes(noise)));
    }
  });

  test('lengths and counts claiming more than the data holds', () => {
    rejects(forge((w) => w.u32(0xffffffff)), /exceeds|truncated/);
    rejects(forge((w) => { w.string('/'); w.u32(0xffffffff); }), /entry count/);
    rejects(
      forge((w) => {
        w.string('/');
        w.u32(1);
        w.u8(2);
        w.string('/tmp');
        for (let i = 0; i < 3; i++) w.f64(0);
        w.u32(0x7fffffff);
      }),
      /truncated|exceeds/,
    );
  });

  test('version 2 entries that a correct exporter never writes', () => {
    const entry = (w: ByteWriter, kind: number, parent: number, name: string, body: (w: ByteWriter) => void) => {
      w.u8(kind);
      w.u32(parent);
      w.string(name);
      for (let i = 0; i < 3; i++) w.f64(FIXED_TIME);
      body(w);
    };
    const dir = (w: ByteWriter, parent: number, name: string) => entry(w, 1, parent, name, (b) => b.u8(1));
    const file = (w: ByteWriter, parent: number, name: string) => entry(w, 2, parent, name, (b) => b.u32(0));
    const snapshot = (entries: (w: ByteWriter) => void, count: number) => forge((w) => {
      w.string('/');
      w.u32(count);
      entries(w);
    }, 2);
    assert.deepEqual(restore(snapshot((w) => { dir(w, 0, 'tmp'); dir(w, 1, 'a'); file(w, 2, 'ok'); file(w, 1, 'ok'); }, 4)).listFiles(), ['/tmp/a/ok', '/tmp/ok']);
    rejects(snapshot((w) => file(w, 1, 'x'), 1), /not an earlier directory/);
    rejects(snapshot((w) => { dir(w, 0, 'tmp'); file(w, 1, 'f'); file(w, 2, 'x'); }, 3), /not an earlier directory/);
    rejects(snapshot((w) => { dir(w, 0, 'tmp'); dir(w, 1, 'a'); dir(w, 1, 'a'); }, 3), /duplicate/);
    for (const bad of ['', '.', '..', 'a/b', 'nul\0']) rejects(snapshot((w) => file(w, 0, bad), 1), /bad entry name/);
    rejects(snapshot((w) => file(w, 0, 'x'.repeat(256)), 1), /exceeds its limit/);
    rejects(snapshot((w) => file(w, 0, 'tmp'), 1), /\/tmp/);
    throwsErrno(() => restore(snapshot((w) => { for (let i = 0; i < 600; i++) file(w, 0, `f${i}`); }, 600)), 'ENOSPC');
  });

  test('paths and entries that a correct exporter never writes', () => {
    const entry = (w: ByteWriter, kind: number, path: string, body: (w: ByteWriter) => void) => {
      w.u8(kind);
      w.string(path);
      for (let i = 0; i < 3; i++) w.f64(FIXED_TIME);
      body(w);
    };
    const dir = (w: ByteWriter, path: string) => entry(w, 1, path, (b) => b.u8(1));
    const file = (w: ByteWriter, path: string) => entry(w, 2, path, (b) => b.u32(0));
    const snapshot = (cwd: string, entries: (w: ByteWriter) => void, count: number) =>
      forge((w) => {
        w.string(cwd);
        w.u32(count);
        entries(w);
      });
    assert.deepEqual(restore(snapshot('/', (w) => { dir(w, '/tmp'); file(w, '/tmp/ok'); }, 2)).listFiles(), ['/tmp/ok']);
    rejects(snapshot('/', (w) => file(w, '/tmp/../etc/x'), 1), /normalised/);
    rejects(snapshot('/', (w) => file(w, 'relative'), 1), /absolute/);
    rejects(snapshot('/', (w) => file(w, '/bad\0name'), 1), /not a valid guest path/);
    rejects(snapshot('/', (w) => file(w, '/a/b'), 1), /lacks its directory/);
    rejects(snapshot('/', (w) => { file(w, '/a'); file(w, '/a/b'); }, 2), /lacks its directory/);
    rejects(snapshot('/', (w) => { dir(w, '/a'); dir(w, '/a'); }, 2), /duplicate/);
    rejects(snapshot('/', (w) => dir(w, '/'), 1), /entry for \//);
    rejects(snapshot('/', (w) => entry(w, 7, '/x', () => {}), 1), /kind/);
    rejects(snapshot('/', (w) => entry(w, 1, '/x', (b) => b.u8(9)), 1), /flag/);
    rejects(snapshot('/', (w) => file(w, '/tmp'), 1), /\/tmp/);
    rejects(snapshot('..', () => {}, 0), /absolute/);
    rejects(snapshot('/', (w) => { w.u8(2); w.string('/x'); w.f64(NaN); w.f64(0); w.f64(0); w.u32(0); }, 1), /timestamp/);
    rejects(snapshot('/', (w) => { w.u8(2); w.u32(2); w.bytes(Uint8Array.of(0xc3, 0x28)); for (let i = 0; i < 3; i++) w.f64(0); w.u32(0); }, 1), /UTF-8/);
    assert.equal(restore(snapshot('/missing/dir', () => {}, 0)).getcwd(), '/');
  });
});

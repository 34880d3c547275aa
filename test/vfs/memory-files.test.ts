import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoryFile, Quota, timesAt } from '../../src/vfs/memory-nodes.js';
import { ModeBits } from '../../src/vfs/types.js';
import {
  APPEND, CREAT, DIRECTORY, EXCL, FIXED_TIME, LIMITS, NOFOLLOW, RDONLY, RDWR, TRUNC, WRONLY,
  bytes, guestRead, guestWrite, makeFs, text, throwsErrno,
} from './helpers.js';

describe('default tree', () => {
  test('/ is a read-only directory holding only an empty writable /tmp', () => {
    const vfs = makeFs();
    const root = vfs.stat('/', true);
    assert.equal(root.mode & ModeBits.IFMT, ModeBits.IFDIR);
    assert.equal(root.mode & 0o777, 0o555);
    assert.equal(vfs.stat('/tmp', true).mode & 0o777, 0o755);
    assert.deepEqual(vfs.listFiles(), []);
    assert.equal(vfs.getcwd(), '/');
    throwsErrno(() => vfs.open('/foo', WRONLY | CREAT, 0o644), 'EROFS');
    throwsErrno(() => vfs.mkdir('/foo', 0o755), 'EROFS');
  });
});

describe('open', () => {
  test('returns the lowest free descriptor, starting at 3', () => {
    const vfs = makeFs();
    const a = vfs.open('/tmp/a', WRONLY | CREAT, 0o644);
    const b = vfs.open('/tmp/b', WRONLY | CREAT, 0o644);
    assert.deepEqual([a, b], [3, 4]);
    vfs.close(a);
    assert.equal(vfs.open('/tmp/b', RDONLY, 0), 3);
  });

  test('errno for missing files, missing parents and file parents', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/file', 'x');
    throwsErrno(() => vfs.open('/tmp/missing', RDONLY, 0), 'ENOENT');
    throwsErrno(() => vfs.open('/tmp/nodir/x', WRONLY | CREAT, 0o644), 'ENOENT');
    throwsErrno(() => vfs.open('/tmp/file/x', WRONLY | CREAT, 0o644), 'ENOTDIR');
    throwsErrno(() => vfs.open('/tmp/file/', RDONLY, 0), 'ENOTDIR');
    throwsErrno(() => vfs.open('/tmp/new/', WRONLY | CREAT, 0o644), 'EISDIR');
  });

  test('CREAT|EXCL on an existing file is EEXIST; CREAT alone opens it', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', 'keep');
    throwsErrno(() => vfs.open('/tmp/f', WRONLY | CREAT | EXCL, 0o644), 'EEXIST');
    throwsErrno(() => vfs.open('/tmp', RDONLY | CREAT | EXCL, 0o644), 'EEXIST');
    vfs.close(vfs.open('/tmp/f', RDWR | CREAT, 0o644));
    assert.equal(guestRead(vfs, '/tmp/f'), 'keep');
  });

  test('directories: EISDIR for writing, ENOTDIR for DIRECTORY on a file', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', '');
    throwsErrno(() => vfs.open('/tmp', WRONLY, 0), 'EISDIR');
    throwsErrno(() => vfs.open('/tmp', RDWR, 0), 'EISDIR');
    throwsErrno(() => vfs.open('/tmp', RDONLY | CREAT, 0o644), 'EISDIR');
    throwsErrno(() => vfs.open('/', RDONLY | TRUNC, 0), 'EISDIR');
    throwsErrno(() => vfs.open('/tmp/f', RDONLY | DIRECTORY, 0), 'ENOTDIR');
    vfs.close(vfs.open('/tmp', RDONLY | DIRECTORY | NOFOLLOW, 0));
  });

  test('an invalid access mode is EINVAL', () => {
    throwsErrno(() => makeFs().open('/tmp/x', 3 | CREAT, 0o644), 'EINVAL');
  });

  test('TRUNC empties an existing file and refunds its bytes', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', 'hello');
    assert.equal(vfs.usage().bytes, 5);
    vfs.close(vfs.open('/tmp/f', WRONLY | TRUNC, 0));
    assert.equal(vfs.stat('/tmp/f', true).size, 0);
    assert.equal(vfs.usage().bytes, 0);
  });

  test('EMFILE beyond maxOpenFiles, and closing frees a slot', () => {
    const vfs = makeFs();
    const fds = Array.from({ length: LIMITS.maxOpenFiles }, (_, i) => vfs.open(`/tmp/f${i}`, WRONLY | CREAT, 0o644));
    throwsErrno(() => vfs.open('/tmp/f0', RDONLY, 0), 'EMFILE');
    throwsErrno(() => vfs.open('/tmp', RDONLY, 0), 'EMFILE');
    vfs.close(fds[2]!);
    assert.equal(vfs.open('/tmp/f0', RDONLY, 0), fds[2]);
  });
});

describe('read, write, seek', () => {
  test('reads and writes follow the descriptor position', () => {
    const vfs = makeFs();
    const fd = vfs.open('/tmp/f', RDWR | CREAT, 0o644);
    assert.equal(vfs.write(fd, bytes('hello world')), 11);
    assert.equal(vfs.seek(fd, 6, 0), 6);
    const buf = new Uint8Array(10);
    assert.equal(vfs.read(fd, buf), 5);
    assert.equal(text(buf.subarray(0, 5)), 'world');
    assert.equal(vfs.read(fd, buf), 0);
    assert.equal(vfs.seek(fd, -5, 2), 6);
    vfs.write(fd, bytes('WORLD!'));
    assert.equal(vfs.seek(fd, 0, 1), 12);
    vfs.close(fd);
    assert.equal(guestRead(vfs, '/tmp/f'), 'hello WORLD!');
  });

  test('EBADF: writing a read-only fd, reading a write-only fd, unknown and closed fds', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', 'abc');
    const ro = vfs.open('/tmp/f', RDONLY, 0);
    throwsErrno(() => vfs.write(ro, bytes('x')), 'EBADF');
    const wo = vfs.open('/tmp/f', WRONLY, 0);
    throwsErrno(() => vfs.read(wo, new Uint8Array(1)), 'EBADF');
    vfs.close(ro);
    throwsErrno(() => vfs.read(ro, new Uint8Array(1)), 'EBADF');
    throwsErrno(() => vfs.close(ro), 'EBADF');
    for (const fd of [0, 1, 2, 99, -1]) throwsErrno(() => vfs.fstat(fd), 'EBADF');
    assert.equal(guestRead(vfs, '/tmp/f'), 'abc');
  });

  test('reading a directory descriptor is EISDIR', () => {
    const vfs = makeFs();
    const fd = vfs.open('/tmp', RDONLY, 0);
    throwsErrno(() => vfs.read(fd, new Uint8Array(4)), 'EISDIR');
    throwsErrno(() => vfs.write(fd, bytes('x')), 'EBADF');
  });

  test('APPEND writes at the end whatever the position', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/log', 'one;');
    const fd = vfs.open('/tmp/log', RDWR | APPEND, 0);
    vfs.seek(fd, 0, 0);
    vfs.write(fd, bytes('two;'));
    assert.equal(vfs.seek(fd, 0, 1), 8);
    vfs.close(fd);
    assert.equal(guestRead(vfs, '/tmp/log'), 'one;two;');
  });

  test('seek: negative results and unknown whence are EINVAL', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', 'abc');
    const fd = vfs.open('/tmp/f', RDONLY, 0);
    throwsErrno(() => vfs.seek(fd, -1, 0), 'EINVAL');
    throwsErrno(() => vfs.seek(fd, -4, 2), 'EINVAL');
    throwsErrno(() => vfs.seek(fd, 0, 3 as 0), 'EINVAL');
    assert.equal(vfs.seek(fd, 1, 0), 1, 'failed seeks leave the position alone');
    assert.equal(vfs.seek(fd, 100, 2), 103);
    assert.equal(vfs.read(fd, new Uint8Array(4)), 0);
  });

  test('seeking past the end then writing zero-fills the gap and charges it', () => {
    const vfs = makeFs();
    const fd = vfs.open('/tmp/sparse', RDWR | CREAT, 0o644);
    vfs.write(fd, bytes('ab'));
    vfs.seek(fd, 1000, 0);
    vfs.write(fd, bytes('z'));
    assert.equal(vfs.fstat(fd).size, 1001);
    assert.equal(vfs.usage().bytes, 1001);
    vfs.seek(fd, 0, 0);
    const all = new Uint8Array(2000);
    assert.equal(vfs.read(fd, all), 1001);
    assert.equal(text(all.subarray(0, 2)), 'ab');
    assert.ok(all.subarray(2, 1000).every((b) => b === 0));
    assert.equal(all[1000], 'z'.charCodeAt(0));
  });

  test('shrinking and regrowing never resurrects old bytes', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', 'secretsecret');
    const fd = vfs.open('/tmp/f', RDWR | TRUNC, 0);
    vfs.seek(fd, 8, 0);
    vfs.write(fd, bytes('!'));
    vfs.seek(fd, 0, 0);
    const buf = new Uint8Array(16);
    assert.equal(vfs.read(fd, buf), 9);
    assert.deepEqual([...buf.subarray(0, 8)], [0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('MemoryFile', () => {
  test('regrowing after a small shrink zero-fills instead of exposing old bytes', () => {
    const quota = new Quota(1000);
    const file = new MemoryFile(1, timesAt(0));
    file.write(0, new Uint8Array(100).fill(0xaa), quota);
    file.resize(90, quota);
    assert.equal(quota.used, 90);
    file.resize(100, quota);
    assert.deepEqual([...file.contents().subarray(88)], [0xaa, 0xaa, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.equal(quota.used, 100);
  });

  test('a refused growth changes neither content nor quota', () => {
    const quota = new Quota(10);
    const file = new MemoryFile(1, timesAt(0));
    file.write(0, new Uint8Array(8).fill(1), quota);
    assert.throws(() => file.write(5, new Uint8Array(6).fill(2), quota), /quota/);
    assert.deepEqual([...file.contents()], [1, 1, 1, 1, 1, 1, 1, 1]);
    assert.equal(quota.used, 8);
  });
});

describe('limits', () => {
  test('EFBIG beyond maxFileBytes; exactly the limit is fine; nothing is written on failure', () => {
    const vfs = makeFs();
    const fd = vfs.open('/tmp/big', RDWR | CREAT, 0o644);
    assert.equal(vfs.write(fd, new Uint8Array(LIMITS.maxFileBytes)), LIMITS.maxFileBytes);
    throwsErrno(() => vfs.write(fd, new Uint8Array(1)), 'EFBIG');
    assert.equal(vfs.fstat(fd).size, LIMITS.maxFileBytes);
    vfs.seek(fd, 0, 0);
    assert.equal(vfs.write(fd, new Uint8Array(10)), 10, 'rewriting inside the limit still works');
    const other = vfs.open('/tmp/sparse', WRONLY | CREAT, 0o644);
    vfs.seek(other, LIMITS.maxFileBytes, 0);
    throwsErrno(() => vfs.write(other, new Uint8Array(1)), 'EFBIG');
    assert.equal(vfs.write(other, new Uint8Array(0)), 0);
    assert.equal(vfs.fstat(other).size, 0);
  });

  test('ENOSPC when the quota is exhausted, all or nothing; unlink gives the bytes back', () => {
    const vfs = makeFs({ limits: { ...LIMITS, quotaBytes: 1000 } });
    guestWrite(vfs, '/tmp/a', new Uint8Array(600));
    const fd = vfs.open('/tmp/b', WRONLY | CREAT, 0o644);
    assert.equal(vfs.write(fd, new Uint8Array(400)), 400);
    throwsErrno(() => vfs.write(fd, new Uint8Array(1)), 'ENOSPC');
    assert.equal(vfs.fstat(fd).size, 400);
    assert.deepEqual(vfs.usage(), { bytes: 1000, files: 2, entries: 3 });
    vfs.seek(fd, 500, 0);
    throwsErrno(() => vfs.write(fd, new Uint8Array(1)), 'ENOSPC', 'a sparse gap is charged too');
    vfs.close(fd);
    vfs.unlink('/tmp/a');
    assert.deepEqual(vfs.usage(), { bytes: 400, files: 1, entries: 2 });
    guestWrite(vfs, '/tmp/c', new Uint8Array(600));
    assert.equal(vfs.usage().bytes, 1000);
  });

  test('an unlinked file that is still open keeps its bytes until the last close', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', 'still here');
    const fd = vfs.open('/tmp/f', RDONLY, 0);
    vfs.unlink('/tmp/f');
    throwsErrno(() => vfs.stat('/tmp/f', true), 'ENOENT');
    assert.deepEqual(vfs.usage(), { bytes: 10, files: 0, entries: 1 });
    assert.equal(vfs.fstat(fd).nlink, 0);
    const buf = new Uint8Array(20);
    assert.equal(text(buf.subarray(0, vfs.read(fd, buf))), 'still here');
    vfs.close(fd);
    assert.deepEqual(vfs.usage(), { bytes: 0, files: 0, entries: 1 });
  });

  test('maxDirEntries caps each directory: ENOSPC for one more file, directory or rename', () => {
    const vfs = makeFs({ limits: { ...LIMITS, maxDirEntries: 3 } });
    vfs.mkdir('/tmp/d', 0o755);
    for (const name of ['a', 'b', 'c']) vfs.close(vfs.open(`/tmp/d/${name}`, WRONLY | CREAT, 0o644));
    throwsErrno(() => vfs.open('/tmp/d/x', WRONLY | CREAT, 0o644), 'ENOSPC');
    throwsErrno(() => vfs.mkdir('/tmp/d/x', 0o755), 'ENOSPC');
    vfs.close(vfs.open('/tmp/outside', WRONLY | CREAT, 0o644));
    throwsErrno(() => vfs.rename('/tmp/outside', '/tmp/d/x'), 'ENOSPC');
    vfs.rename('/tmp/d/a', '/tmp/d/z');
    vfs.rename('/tmp/outside', '/tmp/d/b');
    assert.deepEqual(vfs.listFiles('/tmp'), ['/tmp/d/b', '/tmp/d/c', '/tmp/d/z']);
  });

  test('maxEntries caps files and directories in the whole tree; removing one frees its place', () => {
    const vfs = makeFs({ limits: { ...LIMITS, maxEntries: 6 }, files: { '/app/a.py': '' } });
    assert.equal(vfs.usage().entries, 3, '/tmp, /app and /app/a.py');
    vfs.mkdir('/tmp/d', 0o755);
    vfs.close(vfs.open('/tmp/d/f', WRONLY | CREAT, 0o644));
    vfs.close(vfs.open('/tmp/g', WRONLY | CREAT, 0o644));
    throwsErrno(() => vfs.open('/tmp/h', WRONLY | CREAT, 0o644), 'ENOSPC');
    throwsErrno(() => vfs.mkdir('/tmp/e', 0o755), 'ENOSPC');
    throwsErrno(() => vfs.writeFile('/tmp/h', 'host'), 'ENOSPC');
    vfs.rename('/tmp/g', '/tmp/d/g');
    assert.equal(vfs.usage().entries, 6, 'a rename neither adds nor frees');
    const held = vfs.open('/tmp/d/g', RDONLY, 0);
    vfs.unlink('/tmp/d/g');
    assert.equal(vfs.usage().entries, 5, 'an unlinked file frees its entry even while open');
    vfs.mkdir('/tmp/e', 0o755);
    vfs.close(held);
    vfs.rmdir('/tmp/e');
    vfs.close(vfs.open('/tmp/h', WRONLY | CREAT, 0o644));
    assert.throws(() => makeFs({ limits: { ...LIMITS, maxEntries: 2 }, files: { '/a/b/c': '' } }), /entry limit/);
  });
});

describe('stat', () => {
  test('reports type, permissions, size, blocks, links, stable inodes and clock times', () => {
    let now = FIXED_TIME;
    const vfs = makeFs({ clock: () => now });
    guestWrite(vfs, '/tmp/f', new Uint8Array(513));
    vfs.mkdir('/tmp/d', 0o700);
    const file = vfs.stat('/tmp/f', true);
    assert.equal(file.mode, ModeBits.IFREG | 0o644);
    assert.equal(file.size, 513);
    assert.equal(file.blocks, 2);
    assert.equal(file.nlink, 1);
    assert.equal(file.mtimeMs, FIXED_TIME);
    const dir = vfs.stat('/tmp/d', false);
    assert.equal(dir.mode, ModeBits.IFDIR | 0o755);
    assert.equal(dir.nlink, 2);
    assert.equal(vfs.stat('/tmp', true).nlink, 3);
    assert.notEqual(file.ino, dir.ino);
    now += 5000;
    const fd = vfs.open('/tmp/f', WRONLY | APPEND, 0);
    vfs.write(fd, bytes('x'));
    const after = vfs.fstat(fd);
    assert.equal(after.ino, file.ino);
    assert.equal(after.mtimeMs, FIXED_TIME + 5000);
    assert.equal(after.dev, file.dev);
    throwsErrno(() => vfs.stat('/tmp/nope', true), 'ENOENT');
    throwsErrno(() => vfs.stat('/tmp/f/x', true), 'ENOTDIR');
    throwsErrno(() => vfs.stat('/tmp/f/', true), 'ENOTDIR');
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DirentType } from '../../src/vfs/types.js';
import type { VirtualFileSystem } from '../../src/vfs/virtual-file-system.js';
import {
  APPEND, CREAT, DIRECTORY, EXCL, LIMITS, RDONLY, RDWR, TRUNC, WRONLY,
  guestRead, guestWrite, makeFs, makeHostDir, removeHostDir, text, throwsErrno,
} from './helpers.js';

function hostFdCount(): number | undefined {
  try {
    return fs.readdirSync('/proc/self/fd').length;
  } catch {
    return undefined;
  }
}

describe('read-only mount', () => {
  let base = '';
  let vfs: VirtualFileSystem;
  before(() => {
    base = makeHostDir('ro');
    fs.writeFileSync(path.join(base, 'f.txt'), 'original');
    fs.mkdirSync(path.join(base, 'dir'));
    fs.mkdirSync(path.join(base, 'empty'));
    vfs = makeFs({ mounts: [{ hostPath: base, guestPath: '/ro', mode: 'ro' }] });
  });
  after(() => removeHostDir(base));

  test('every mutation is EROFS and the host folder is untouched', () => {
    throwsErrno(() => vfs.open('/ro/f.txt', WRONLY, 0), 'EROFS');
    throwsErrno(() => vfs.open('/ro/f.txt', RDWR, 0), 'EROFS');
    throwsErrno(() => vfs.open('/ro/f.txt', RDONLY | TRUNC, 0), 'EROFS');
    throwsErrno(() => vfs.open('/ro/f.txt', RDONLY | CREAT, 0o644), 'EROFS');
    throwsErrno(() => vfs.open('/ro/new.txt', WRONLY | CREAT, 0o644), 'EROFS');
    throwsErrno(() => vfs.mkdir('/ro/newdir', 0o755), 'EROFS');
    throwsErrno(() => vfs.unlink('/ro/f.txt'), 'EROFS');
    throwsErrno(() => vfs.rmdir('/ro/empty'), 'EROFS');
    throwsErrno(() => vfs.rename('/ro/f.txt', '/ro/g.txt'), 'EROFS');
    throwsErrno(() => vfs.rename('/ro/dir', '/ro/dir2'), 'EROFS');
    throwsErrno(() => vfs.writeFile('/ro/host.txt', 'x'), 'EROFS');
    assert.deepEqual(fs.readdirSync(base).sort(), ['dir', 'empty', 'f.txt']);
    assert.equal(fs.readFileSync(path.join(base, 'f.txt'), 'utf8'), 'original');
  });

  test('non-mutating errno still comes first', () => {
    throwsErrno(() => vfs.open('/ro/missing', RDONLY, 0), 'ENOENT');
    throwsErrno(() => vfs.open('/ro/dir', WRONLY, 0), 'EISDIR');
    throwsErrno(() => vfs.open('/ro/f.txt', WRONLY | CREAT | EXCL, 0o644), 'EEXIST');
    throwsErrno(() => vfs.mkdir('/ro/dir', 0o755), 'EEXIST');
    throwsErrno(() => vfs.unlink('/ro/dir'), 'EISDIR');
    throwsErrno(() => vfs.rmdir('/ro/f.txt'), 'ENOTDIR');
    throwsErrno(() => vfs.open('/ro/f.txt/x', RDONLY, 0), 'ENOTDIR');
  });

  test('a read-only descriptor cannot write', () => {
    const fd = vfs.open('/ro/f.txt', RDONLY, 0);
    throwsErrno(() => vfs.write(fd, new Uint8Array(1)), 'EBADF');
    assert.equal(vfs.fstat(fd).size, 8);
    assert.equal(vfs.seek(fd, -3, 2), 5);
    const buf = new Uint8Array(8);
    assert.equal(text(buf.subarray(0, vfs.read(fd, buf))), 'nal');
    vfs.close(fd);
  });
});

describe('read-write mount', () => {
  let base = '';
  let other = '';
  let vfs: VirtualFileSystem;
  before(() => {
    base = makeHostDir('rw');
    other = makeHostDir('rw-other');
    vfs = makeFs({
      limits: { ...LIMITS, maxDirEntries: 4 },
      mounts: [
        { hostPath: base, guestPath: '/work', mode: 'rw' },
        { hostPath: other, guestPath: '/mnt/other', mode: 'rw' },
      ],
    });
  });
  after(() => {
    vfs.dispose();
    removeHostDir(base);
    removeHostDir(other);
  });

  test('writes, directories, renames and removals land on the host', () => {
    guestWrite(vfs, '/work/out.txt', 'written by guest');
    assert.equal(fs.readFileSync(path.join(base, 'out.txt'), 'utf8'), 'written by guest');
    guestWrite(vfs, '/work/out.txt', '+more', WRONLY | APPEND);
    assert.equal(fs.readFileSync(path.join(base, 'out.txt'), 'utf8'), 'written by guest+more');
    vfs.mkdir('/work/d', 0o777);
    assert.equal(fs.statSync(path.join(base, 'd')).isDirectory(), true);
    vfs.rename('/work/out.txt', '/work/d/moved.txt');
    assert.equal(fs.readFileSync(path.join(base, 'd', 'moved.txt'), 'utf8'), 'written by guest+more');
    throwsErrno(() => vfs.rmdir('/work/d'), 'ENOTEMPTY');
    throwsErrno(() => vfs.rename('/work/d', '/work/d/inside'), 'EINVAL');
    vfs.unlink('/work/d/moved.txt');
    vfs.rmdir('/work/d');
    assert.deepEqual(fs.readdirSync(base), []);
  });

  test('TRUNC empties a host file, also through a read-only descriptor', () => {
    fs.writeFileSync(path.join(base, 't.txt'), 'long old content');
    guestWrite(vfs, '/work/t.txt', 'new');
    assert.equal(fs.readFileSync(path.join(base, 't.txt'), 'utf8'), 'new');
    const fd = vfs.open('/work/t.txt', RDONLY | TRUNC, 0);
    throwsErrno(() => vfs.write(fd, new Uint8Array(1)), 'EBADF');
    vfs.close(fd);
    assert.equal(fs.statSync(path.join(base, 't.txt')).size, 0);
    fs.unlinkSync(path.join(base, 't.txt'));
  });

  test('sparse writes, EFBIG and descriptor positions on host files', () => {
    const fd = vfs.open('/work/sparse.bin', RDWR | CREAT, 0o644);
    vfs.seek(fd, 100, 0);
    vfs.write(fd, new Uint8Array([7]));
    assert.equal(vfs.fstat(fd).size, 101);
    vfs.seek(fd, LIMITS.maxFileBytes, 0);
    throwsErrno(() => vfs.write(fd, new Uint8Array(1)), 'EFBIG');
    vfs.sync(fd);
    vfs.close(fd);
    const onHost = fs.readFileSync(path.join(base, 'sparse.bin'));
    assert.equal(onHost.length, 101);
    assert.equal(onHost[100], 7);
    assert.equal(onHost[50], 0);
    fs.unlinkSync(path.join(base, 'sparse.bin'));
    assert.equal(vfs.usage().bytes, 0, 'mounts do not use the in-memory quota');
  });

  test('maxDirEntries applies to host directories', () => {
    for (const name of ['a', 'b', 'c', 'd']) guestWrite(vfs, `/work/${name}`, '');
    throwsErrno(() => vfs.open('/work/e', WRONLY | CREAT, 0o644), 'ENOSPC');
    throwsErrno(() => vfs.mkdir('/work/e', 0o755), 'ENOSPC');
    for (const name of ['a', 'b', 'c', 'd']) vfs.unlink(`/work/${name}`);
  });

  test('EXDEV across memory and mounts, EBUSY for mount points', () => {
    guestWrite(vfs, '/tmp/m', 'mem');
    guestWrite(vfs, '/work/h', 'host');
    throwsErrno(() => vfs.rename('/tmp/m', '/work/m'), 'EXDEV');
    throwsErrno(() => vfs.rename('/work/h', '/tmp/h'), 'EXDEV');
    throwsErrno(() => vfs.rename('/work/h', '/mnt/other/h'), 'EXDEV');
    throwsErrno(() => vfs.rmdir('/work'), 'EBUSY');
    throwsErrno(() => vfs.rmdir('/mnt/other'), 'EBUSY');
    throwsErrno(() => vfs.rename('/work', '/tmp/w'), 'EBUSY');
    throwsErrno(() => vfs.rename('/tmp/m', '/work'), 'EBUSY');
    throwsErrno(() => vfs.unlink('/work'), 'EISDIR');
    throwsErrno(() => vfs.rmdir('/mnt'), 'ENOTEMPTY');
    throwsErrno(() => vfs.mkdir('/mnt/x', 0o755), 'EROFS');
    vfs.unlink('/work/h');
  });

  test('the mount root lists its in-memory parent as ..', () => {
    const fd = vfs.open('/mnt/other', RDONLY | DIRECTORY, 0);
    const { entries } = vfs.readDirectory(fd);
    assert.equal(entries[1]!.name, '..');
    assert.equal(entries[1]!.ino, vfs.stat('/mnt', true).ino);
    assert.equal(vfs.pathOfDirectory(fd), '/mnt/other');
    vfs.close(fd);
    const root = vfs.open('/mnt', RDONLY, 0);
    const listed = vfs.readDirectory(root).entries.find((e) => e.name === 'other');
    assert.equal(listed?.type, DirentType.DIR);
    assert.equal(listed?.ino, vfs.stat('/mnt/other', true).ino);
    vfs.close(root);
  });

  test('host-side writeFile/readFile/listFiles go through the mount', () => {
    vfs.writeFile('/work/deep/er/file.txt', 'from host api');
    assert.equal(fs.readFileSync(path.join(base, 'deep', 'er', 'file.txt'), 'utf8'), 'from host api');
    assert.equal(text(vfs.readFile('/work/deep/er/file.txt')), 'from host api');
    vfs.writeFile('/tmp/x.txt', 'mem');
    assert.deepEqual(vfs.listFiles('/'), ['/tmp/m', '/tmp/x.txt', '/work/deep/er/file.txt']);
    assert.deepEqual(vfs.listFiles('/work/deep'), ['/work/deep/er/file.txt']);
    throwsErrno(() => vfs.readFile('/work/deep'), 'EISDIR');
    throwsErrno(() => vfs.listFiles('/work/deep/er/file.txt'), 'ENOTDIR');
    fs.rmSync(path.join(base, 'deep'), { recursive: true });
  });

  test('dispose closes every host descriptor and is idempotent', (t) => {
    const before = hostFdCount();
    if (before === undefined) return t.skip('no /proc/self/fd');
    const fds = [vfs.open('/work/a1', WRONLY | CREAT, 0o644), vfs.open('/work/a2', RDWR | CREAT, 0o644)];
    assert.equal(hostFdCount(), before + 2);
    vfs.dispose();
    vfs.dispose();
    assert.equal(hostFdCount(), before);
    throwsErrno(() => vfs.write(fds[0]!, new Uint8Array(1)), 'EBADF');
    fs.unlinkSync(path.join(base, 'a1'));
    fs.unlinkSync(path.join(base, 'a2'));
  });
});

describe('mount configuration', () => {
  let base = '';
  before(() => {
    base = makeHostDir('config');
    fs.writeFileSync(path.join(base, 'file'), '');
    fs.mkdirSync(path.join(base, 'a'));
    fs.mkdirSync(path.join(base, 'b'));
  });
  after(() => removeHostDir(base));

  test('bad mounts fail construction with a clear message', () => {
    const mount = (guestPath: string, hostPath = path.join(base, 'a')) => () =>
      makeFs({ mounts: [{ hostPath, guestPath, mode: 'ro' }] });
    assert.throws(mount('/data', path.join(base, 'missing')), /does not exist/);
    assert.throws(mount('/data', path.join(base, 'file')), /not a directory/);
    assert.throws(mount('/'), /over \//);
    assert.throws(mount('/tmp'), /\/tmp/);
    assert.throws(mount('/tmp/x'), /\/tmp/);
    assert.throws(mount('data'), /absolute/);
    assert.throws(mount('/data/'), /normalised/);
    assert.throws(mount('/a/../data'), /normalised/);
    const overlapping = (first: string, second: string) => () =>
      makeFs({
        mounts: [
          { hostPath: path.join(base, 'a'), guestPath: first, mode: 'ro' },
          { hostPath: path.join(base, 'b'), guestPath: second, mode: 'ro' },
        ],
      });
    assert.throws(overlapping('/data', '/data/inner'), /overlap/);
    assert.throws(overlapping('/data/inner', '/data'), /overlap/);
    assert.throws(overlapping('/data', '/data'), /overlap/);
    assert.throws(() => makeFs({ files: { '/data/x': '' }, mounts: [{ hostPath: base, guestPath: '/data', mode: 'ro' }] }), /already exists/);
    assert.throws(() => makeFs({ mounts: [{ hostPath: base, guestPath: '/data', mode: 'rx' as 'ro' }] }), /mode/);
  });

  test('a mount whose hostPath is a symlink is resolved once, at construction', () => {
    const link = path.join(base, 'link-to-a');
    fs.symlinkSync(path.join(base, 'a'), link);
    fs.writeFileSync(path.join(base, 'a', 'in-a.txt'), 'A');
    const vfs = makeFs({ mounts: [{ hostPath: link, guestPath: '/m', mode: 'ro' }] });
    fs.unlinkSync(link);
    fs.symlinkSync(path.join(base, 'b'), link);
    assert.equal(guestRead(vfs, '/m/in-a.txt'), 'A');
  });
});

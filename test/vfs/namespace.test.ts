import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DirentType } from '../../src/vfs/types.js';
import { CREAT, DIRECTORY, LIMITS, RDONLY, WRONLY, guestList, guestRead, guestWrite, makeFs, throwsErrno } from './helpers.js';

describe('directory listing', () => {
  test("'.' and '..' come first, then entries with their types and inodes", () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/sub', 0o755);
    guestWrite(vfs, '/tmp/file', 'x');
    const fd = vfs.open('/tmp', RDONLY | DIRECTORY, 0);
    const { entries, cursor } = vfs.readDirectory(fd);
    assert.equal(cursor, 0);
    assert.deepEqual(entries.map((e) => [e.name, e.type]), [
      ['.', DirentType.DIR],
      ['..', DirentType.DIR],
      ['sub', DirentType.DIR],
      ['file', DirentType.REG],
    ]);
    assert.equal(entries[0]!.ino, vfs.stat('/tmp', true).ino);
    assert.equal(entries[1]!.ino, vfs.stat('/', true).ino);
    assert.equal(entries[3]!.ino, vfs.stat('/tmp/file', true).ino);
    assert.deepEqual(guestList(vfs, '/').slice(1), ['..', 'tmp'], "'..' of / is / itself");
  });

  test('the cursor moves only when the caller says so, and rewinding refreshes the listing', () => {
    const vfs = makeFs();
    for (const name of ['a', 'b', 'c']) guestWrite(vfs, `/tmp/${name}`, '');
    const fd = vfs.open('/tmp', RDONLY, 0);
    assert.equal(vfs.readDirectory(fd).entries.length, 5);
    vfs.setDirectoryCursor(fd, 3);
    const rest = vfs.readDirectory(fd);
    assert.equal(rest.cursor, 3);
    assert.deepEqual(rest.entries.map((e) => e.name), ['b', 'c']);
    vfs.setDirectoryCursor(fd, 99);
    assert.deepEqual(vfs.readDirectory(fd).entries, []);
    throwsErrno(() => vfs.setDirectoryCursor(fd, -1), 'EINVAL');
    guestWrite(vfs, '/tmp/d', '');
    assert.equal(vfs.seek(fd, 0, 0), 0, 'lseek(fd, 0, SEEK_SET) rewinds a directory');
    assert.deepEqual(vfs.readDirectory(fd).entries.map((e) => e.name), ['.', '..', 'a', 'b', 'c', 'd']);
    throwsErrno(() => vfs.seek(fd, 0, 2), 'EINVAL');
  });

  test('deleting entries while iterating neither skips nor repeats any', () => {
    const vfs = makeFs();
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names) guestWrite(vfs, `/tmp/${name}`, '');
    const fd = vfs.open('/tmp', RDONLY, 0);
    const seen: string[] = [];
    for (;;) {
      const { entries, cursor } = vfs.readDirectory(fd);
      const first = entries[0];
      if (first === undefined) break;
      seen.push(first.name);
      if (first.name !== '.' && first.name !== '..') vfs.unlink(`/tmp/${first.name}`);
      vfs.setDirectoryCursor(fd, cursor + 1);
    }
    assert.deepEqual(seen, ['.', '..', ...names]);
    assert.deepEqual(guestList(vfs, '/tmp'), ['.', '..']);
  });

  test('readDirectory on a file descriptor is ENOTDIR', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/f', '');
    const fd = vfs.open('/tmp/f', RDONLY, 0);
    throwsErrno(() => vfs.readDirectory(fd), 'ENOTDIR');
    throwsErrno(() => vfs.setDirectoryCursor(fd, 0), 'ENOTDIR');
  });
});

describe('mkdir, unlink, rmdir', () => {
  test('mkdir: EEXIST, ENOENT, ENOTDIR, EROFS', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/a', 0o755);
    guestWrite(vfs, '/tmp/f', '');
    throwsErrno(() => vfs.mkdir('/tmp/a', 0o755), 'EEXIST');
    throwsErrno(() => vfs.mkdir('/tmp/f', 0o755), 'EEXIST');
    throwsErrno(() => vfs.mkdir('/tmp', 0o755), 'EEXIST');
    throwsErrno(() => vfs.mkdir('/', 0o755), 'EEXIST');
    throwsErrno(() => vfs.mkdir('/tmp/x/y', 0o755), 'ENOENT');
    throwsErrno(() => vfs.mkdir('/tmp/f/y', 0o755), 'ENOTDIR');
    throwsErrno(() => vfs.mkdir('/etc', 0o755), 'EROFS');
    vfs.mkdir('/tmp/a/b/', 0o755);
    assert.equal(vfs.stat('/tmp/a/b', true).nlink, 2);
  });

  test('unlink: ENOENT, EISDIR, EROFS outside writable places', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/d', 0o755);
    throwsErrno(() => vfs.unlink('/tmp/missing'), 'ENOENT');
    throwsErrno(() => vfs.unlink('/tmp/d'), 'EISDIR');
    throwsErrno(() => vfs.unlink('/tmp'), 'EISDIR');
    throwsErrno(() => vfs.unlink('/'), 'EISDIR');
    guestWrite(vfs, '/tmp/f', '');
    throwsErrno(() => vfs.unlink('/tmp/f/'), 'ENOTDIR');
    vfs.unlink('/tmp/f');
    throwsErrno(() => vfs.stat('/tmp/f', true), 'ENOENT');
  });

  test('rmdir: ENOTEMPTY, ENOTDIR, ENOENT, EBUSY for /, EROFS for /tmp, EINVAL for "."', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/d', 0o755);
    guestWrite(vfs, '/tmp/d/f', '');
    throwsErrno(() => vfs.rmdir('/tmp/d'), 'ENOTEMPTY');
    throwsErrno(() => vfs.rmdir('/tmp/d/f'), 'ENOTDIR');
    throwsErrno(() => vfs.rmdir('/tmp/none'), 'ENOENT');
    throwsErrno(() => vfs.rmdir('/'), 'EBUSY');
    throwsErrno(() => vfs.rmdir('/tmp/d/.'), 'EINVAL');
    vfs.unlink('/tmp/d/f');
    vfs.rmdir('/tmp/d');
    throwsErrno(() => vfs.stat('/tmp/d', true), 'ENOENT');
    throwsErrno(() => vfs.rmdir('/tmp'), 'EROFS', 'an empty /tmp still cannot leave the read-only /');
  });
});

describe('rename', () => {
  test('moves files and directories with their contents', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/a', 0o755);
    guestWrite(vfs, '/tmp/a/f', 'content');
    const ino = vfs.stat('/tmp/a/f', true).ino;
    vfs.rename('/tmp/a/f', '/tmp/a/g');
    assert.equal(vfs.stat('/tmp/a/g', true).ino, ino);
    vfs.rename('/tmp/a', '/tmp/b');
    assert.equal(guestRead(vfs, '/tmp/b/g'), 'content');
    throwsErrno(() => vfs.stat('/tmp/a', true), 'ENOENT');
    vfs.rename('/tmp/b/g', '/tmp/b/g');
    assert.equal(guestRead(vfs, '/tmp/b/g'), 'content', 'renaming onto itself changes nothing');
  });

  test('replaces a file and refunds its bytes', () => {
    const vfs = makeFs();
    guestWrite(vfs, '/tmp/old', '12345');
    guestWrite(vfs, '/tmp/new', 'ab');
    vfs.rename('/tmp/new', '/tmp/old');
    assert.equal(guestRead(vfs, '/tmp/old'), 'ab');
    assert.deepEqual(vfs.usage(), { bytes: 2, files: 1, entries: 2 });
  });

  test('errno: ENOENT, EINVAL into own subtree, ENOTEMPTY, EISDIR, ENOTDIR, EBUSY, EROFS', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/a', 0o755);
    vfs.mkdir('/tmp/a/b', 0o755);
    vfs.mkdir('/tmp/full', 0o755);
    guestWrite(vfs, '/tmp/full/x', '');
    vfs.mkdir('/tmp/empty', 0o755);
    guestWrite(vfs, '/tmp/f', '');
    throwsErrno(() => vfs.rename('/tmp/missing', '/tmp/z'), 'ENOENT');
    throwsErrno(() => vfs.rename('/tmp/f', '/tmp/nodir/z'), 'ENOENT');
    throwsErrno(() => vfs.rename('/tmp/a', '/tmp/a/b/c'), 'EINVAL');
    throwsErrno(() => vfs.rename('/tmp/a', '/tmp/full'), 'ENOTEMPTY');
    throwsErrno(() => vfs.rename('/tmp/f', '/tmp/empty'), 'EISDIR');
    throwsErrno(() => vfs.rename('/tmp/a', '/tmp/f'), 'ENOTDIR');
    throwsErrno(() => vfs.rename('/', '/tmp/root'), 'EBUSY');
    throwsErrno(() => vfs.rename('/tmp', '/tmp2'), 'EROFS');
    throwsErrno(() => vfs.rename('/tmp/f', '/f'), 'EROFS');
    vfs.rename('/tmp/a', '/tmp/empty');
    assert.equal(vfs.stat('/tmp/empty/b', true).nlink, 2);
  });
});

describe('cwd', () => {
  test('chdir and getcwd, relative paths and .. chains', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/a', 0o755);
    vfs.chdir('/tmp/a');
    assert.equal(vfs.getcwd(), '/tmp/a');
    guestWrite(vfs, 'rel.txt', 'hi');
    assert.equal(guestRead(vfs, '/tmp/a/rel.txt'), 'hi');
    vfs.chdir('../../../../..');
    assert.equal(vfs.getcwd(), '/');
    vfs.chdir('tmp/./a/');
    assert.equal(guestRead(vfs, './rel.txt'), 'hi');
    throwsErrno(() => vfs.chdir('/tmp/missing'), 'ENOENT');
    throwsErrno(() => vfs.chdir('rel.txt'), 'ENOTDIR');
    throwsErrno(() => vfs.chdir(''), 'ENOENT');
    assert.equal(vfs.getcwd(), '/tmp/a', 'failed chdir keeps the cwd');
  });

  test('the resolved path counts against maxPathBytes', () => {
    const vfs = makeFs({ limits: { ...LIMITS, maxPathBytes: 64 } });
    vfs.mkdir('/tmp/' + 'a'.repeat(40), 0o755);
    vfs.chdir('/tmp/' + 'a'.repeat(40));
    throwsErrno(() => vfs.mkdir('b'.repeat(30), 0o755), 'ENAMETOOLONG');
  });

  test('pathOfDirectory: EBADF, ENOTDIR, and the current path after a rename', () => {
    const vfs = makeFs();
    vfs.mkdir('/tmp/d', 0o755);
    guestWrite(vfs, '/tmp/f', '');
    const dirFd = vfs.open('/tmp/d', RDONLY | DIRECTORY, 0);
    const fileFd = vfs.open('/tmp/f', RDONLY, 0);
    assert.equal(vfs.pathOfDirectory(dirFd), '/tmp/d');
    throwsErrno(() => vfs.pathOfDirectory(fileFd), 'ENOTDIR');
    throwsErrno(() => vfs.pathOfDirectory(42), 'EBADF');
    vfs.rename('/tmp/d', '/tmp/e');
    assert.equal(vfs.pathOfDirectory(dirFd), '/tmp/e');
    vfs.rmdir('/tmp/e');
    throwsErrno(() => vfs.pathOfDirectory(dirFd), 'ENOENT');
    assert.equal(vfs.pathOfDirectory(vfs.open('/', RDONLY, 0)), '/');
  });
});

describe('placed files', () => {
  test('are readable, writable and quota-counted; their directories are writable, / is not', () => {
    const vfs = makeFs({ files: { '/app/main.py': 'print(1)\n', '/app/data/blob.bin': new Uint8Array([1, 2, 3]), '/top.txt': 'top' } });
    assert.equal(guestRead(vfs, '/app/main.py'), 'print(1)\n');
    assert.deepEqual(vfs.usage(), { bytes: 9 + 3 + 3, files: 3, entries: 6 }, '/tmp, /app, /app/data and the three files');
    guestWrite(vfs, '/app/main.py', 'print(2)\n');
    guestWrite(vfs, '/app/new.py', 'x');
    vfs.mkdir('/app/pkg', 0o755);
    vfs.unlink('/app/data/blob.bin');
    guestWrite(vfs, '/top.txt', 'TOP');
    throwsErrno(() => vfs.unlink('/top.txt'), 'EROFS');
    throwsErrno(() => vfs.open('/other.txt', WRONLY | CREAT, 0o644), 'EROFS');
    throwsErrno(() => vfs.rmdir('/app/pkg/..'), 'ENOTEMPTY');
    assert.deepEqual(vfs.listFiles(), ['/app/main.py', '/app/new.py', '/top.txt']);
  });

  test('bad placements fail construction with a clear message', () => {
    assert.throws(() => makeFs({ files: { 'relative.txt': '' } }), /absolute/);
    assert.throws(() => makeFs({ files: { '/tmp': 'x' } }), /directory/);
    assert.throws(() => makeFs({ files: { '/a': 'x', '/a/b': 'y' } }), /\/a/);
    assert.throws(() => makeFs({ files: { '/big': new Uint8Array(LIMITS.quotaBytes + 1) } }), /quota/);
    assert.throws(() => makeFs({ limits: { ...LIMITS, maxOpenFiles: -1 } }), /maxOpenFiles/);
  });
});

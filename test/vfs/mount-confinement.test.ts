import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ModeBits } from '../../src/vfs/types.js';
import type { VirtualFileSystem } from '../../src/vfs/virtual-file-system.js';
import {
  APPEND, CREAT, DIRECTORY, EXCL, RDONLY, TRUNC, WRONLY,
  guestList, guestRead, makeFs, makeHostDir, removeHostDir, throwsErrno,
} from './helpers.js';

/**
 * Layout of every fixture (all under one temp folder):
 *   secret.txt            outside any mount
 *   outside/secret2.txt   outside any mount
 *   data/                 the mount
 *     hello.txt, sub/inner.txt
 *     link-out -> ../secret.txt          symlink to a file outside
 *     linkdir-out -> ../outside          symlink to a directory outside
 *     link-in -> hello.txt               symlink that stays inside (refused all the same)
 *     hard-out                           hard link to ../secret.txt
 *     fifo                               named pipe (when mkfifo exists)
 */
function buildFixture(base: string): string {
  const data = path.join(base, 'data');
  fs.mkdirSync(path.join(data, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(base, 'outside'));
  fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  fs.writeFileSync(path.join(base, 'outside', 'secret2.txt'), 'ALSO SECRET');
  fs.writeFileSync(path.join(data, 'hello.txt'), 'hello from host');
  fs.writeFileSync(path.join(data, 'sub', 'inner.txt'), 'inner');
  fs.symlinkSync('../secret.txt', path.join(data, 'link-out'));
  fs.symlinkSync('../outside', path.join(data, 'linkdir-out'));
  fs.symlinkSync('hello.txt', path.join(data, 'link-in'));
  fs.linkSync(path.join(base, 'secret.txt'), path.join(data, 'hard-out'));
  try {
    execFileSync('mkfifo', [path.join(data, 'fifo')], { stdio: 'ignore' });
  } catch {
    // No mkfifo: the FIFO case is skipped below.
  }
  return data;
}

for (const mode of ['ro', 'rw'] as const) {
  describe(`confinement of a${mode === 'ro' ? 'n' : ''} ${mode} mount`, () => {
    let base = '';
    let vfs: VirtualFileSystem;
    before(() => {
      base = makeHostDir(`confine-${mode}`);
      const data = buildFixture(base);
      vfs = makeFs({ mounts: [{ hostPath: data, guestPath: '/data', mode }] });
    });
    after(() => {
      vfs.dispose();
      removeHostDir(base);
    });

    test('regular files and directories are visible and readable', () => {
      assert.equal(guestRead(vfs, '/data/hello.txt'), 'hello from host');
      assert.equal(guestRead(vfs, '/data/sub/inner.txt'), 'inner');
      assert.deepEqual(guestList(vfs, '/data'), ['.', '..', 'hello.txt', 'sub']);
      assert.ok(guestList(vfs, '/').includes('data'));
      const perms = mode === 'ro' ? [0o444, 0o555] : [0o644, 0o755];
      assert.equal(vfs.stat('/data/hello.txt', true).mode, ModeBits.IFREG | perms[0]!);
      assert.equal(vfs.stat('/data', true).mode, ModeBits.IFDIR | perms[1]!);
    });

    test('.. chains are resolved inside the guest tree and never reach the host parent', () => {
      throwsErrno(() => vfs.open('/data/../secret.txt', RDONLY, 0), 'ENOENT');
      throwsErrno(() => vfs.open('/data/../../etc/passwd', RDONLY, 0), 'ENOENT');
      throwsErrno(() => vfs.open('/data/sub/../../outside/secret2.txt', RDONLY, 0), 'ENOENT');
      assert.equal(vfs.stat('/data/../../../', true).ino, vfs.stat('/', true).ino);
      vfs.chdir('/data/sub');
      try {
        throwsErrno(() => vfs.open('../../secret.txt', RDONLY, 0), 'ENOENT');
        throwsErrno(() => vfs.open('../../../../../../secret.txt', RDONLY, 0), 'ENOENT');
        assert.equal(guestRead(vfs, '../hello.txt'), 'hello from host');
        assert.equal(vfs.stat('../..', true).ino, vfs.stat('/', true).ino);
      } finally {
        vfs.chdir('/');
      }
    });

    test('a symlink to a file outside is refused and hidden', () => {
      throwsErrno(() => vfs.open('/data/link-out', RDONLY, 0), 'EACCES');
      throwsErrno(() => vfs.stat('/data/link-out', true), 'EACCES');
      throwsErrno(() => vfs.stat('/data/link-out', false), 'EACCES');
      throwsErrno(() => vfs.readFile('/data/link-out'), 'EACCES');
      assert.ok(!vfs.listFiles('/data').includes('/data/link-out'));
    });

    test('a symlinked directory pointing outside is refused at every depth', () => {
      throwsErrno(() => vfs.open('/data/linkdir-out/secret2.txt', RDONLY, 0), 'EACCES');
      throwsErrno(() => vfs.open('/data/linkdir-out', RDONLY | DIRECTORY, 0), 'EACCES');
      throwsErrno(() => vfs.chdir('/data/linkdir-out'), 'EACCES');
      throwsErrno(() => vfs.stat('/data/linkdir-out/secret2.txt', true), 'EACCES');
    });

    test('symlinks pointing inside are refused too (policy: no symlinks in mounts)', () => {
      throwsErrno(() => vfs.open('/data/link-in', RDONLY, 0), 'EACCES');
    });

    test('a hard link to a file outside is refused', () => {
      throwsErrno(() => vfs.open('/data/hard-out', RDONLY, 0), 'EACCES');
      throwsErrno(() => vfs.stat('/data/hard-out', true), 'EACCES');
    });

    test('a FIFO is refused without blocking', (t) => {
      if (!fs.existsSync(path.join(base, 'data', 'fifo'))) return t.skip('mkfifo unavailable');
      throwsErrno(() => vfs.open('/data/fifo', RDONLY, 0), 'EACCES');
    });

    test('writing through a symlink name is refused, not followed', () => {
      const expected = mode === 'ro' ? ['EACCES', 'EROFS'] : ['EACCES'];
      for (const flags of [WRONLY | CREAT | TRUNC, WRONLY | CREAT | EXCL, WRONLY | APPEND]) {
        assert.throws(() => vfs.open('/data/link-out', flags, 0o644), (e: { errno?: string }) => expected.includes(e.errno ?? ''));
      }
      assert.equal(fs.readFileSync(path.join(base, 'secret.txt'), 'utf8'), 'TOP SECRET');
    });
  });
}


import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HostRoot, SAFE_OPEN_FLAGS, hostFailure } from '../../src/vfs/host-confinement.js';
import { makeHostDir, removeHostDir, throwsErrno } from './helpers.js';

/** The second line of defence, exercised directly: what happens if a check/use race is lost. */
describe('HostRoot', () => {
  let base = '';
  let root: HostRoot;
  before(() => {
    base = makeHostDir('root');
    fs.mkdirSync(path.join(base, 'mount'));
    fs.writeFileSync(path.join(base, 'mount', 'ok.txt'), 'ok');
    fs.writeFileSync(path.join(base, 'outside.txt'), 'outside');
    root = new HostRoot(path.join(base, 'mount'));
  });
  after(() => removeHostDir(base));

  test('refuses path components that could step out, even if normalisation were bypassed', () => {
    for (const bad of [['..'], ['.'], [''], ['a/b'], ['..', 'outside.txt'], ['x\0']]) {
      throwsErrno(() => root.hostPathOf(bad), 'EACCES', JSON.stringify(bad));
    }
    assert.equal(root.hostPathOf(['ok.txt']), path.join(base, 'mount', 'ok.txt'));
  });

  test('inspect reports a missing final name and errors for missing or file ancestors', () => {
    assert.equal(root.inspect(['nope']).stats, undefined);
    assert.equal(root.inspect(['ok.txt']).stats?.isFile(), true);
    throwsErrno(() => root.inspect(['nope', 'x']), 'ENOENT');
    throwsErrno(() => root.inspect(['ok.txt', 'x']), 'ENOTDIR');
  });

  test('verifyOpened rejects (and closes) a descriptor that leads outside the root', (t) => {
    if (process.platform !== 'linux') return t.skip('needs /proc/self/fd');
    const fd = fs.openSync(path.join(base, 'outside.txt'), fs.constants.O_RDONLY | SAFE_OPEN_FLAGS);
    throwsErrno(() => root.verifyOpened(fd, undefined), 'EACCES');
    assert.throws(() => fs.fstatSync(fd), /EBADF/, 'the descriptor was closed');
  });

  test('verifyOpened rejects a file that gained a second link or changed identity', () => {
    const inside = path.join(base, 'mount', 'ok.txt');
    const expected = fs.lstatSync(inside);
    fs.linkSync(inside, path.join(base, 'alias.txt'));
    try {
      throwsErrno(() => root.verifyOpened(fs.openSync(inside, 'r'), expected), 'EACCES');
    } finally {
      fs.unlinkSync(path.join(base, 'alias.txt'));
    }
    const other = path.join(base, 'mount', 'other.txt');
    fs.writeFileSync(other, '');
    throwsErrno(() => root.verifyOpened(fs.openSync(other, 'r'), expected), 'EACCES');
    const fd = fs.openSync(inside, 'r');
    root.verifyOpened(fd, expected);
    fs.closeSync(fd);
  });

  test('O_NOFOLLOW refuses a symlink swapped in after the check', () => {
    const swapped = path.join(base, 'mount', 'swapped');
    fs.symlinkSync(path.join(base, 'outside.txt'), swapped);
    assert.throws(
      () => fs.openSync(swapped, fs.constants.O_RDONLY | SAFE_OPEN_FLAGS),
      (error: unknown) => hostFailure(error).errno === 'EACCES',
    );
  });

  test('host errors become VfsErrors without host paths', () => {
    const error = hostFailure(Object.assign(new Error(`ENOENT: ${base}/x`), { code: 'ENOENT' }));
    assert.equal(error.errno, 'ENOENT');
    assert.ok(!error.message.includes(base));
    assert.equal(hostFailure(Object.assign(new Error('odd'), { code: 'EWEIRD' })).errno, 'EIO');
    assert.equal(hostFailure('not even an error').errno, 'EIO');
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HostRoot, SAFE_OPEN_FLAGS, hostFailure } from '../../src/vfs/host-confinement.js';
import { anchoredPaths } from '../../src/vfs/host-directory.js';
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
      throwsErrno(() => root.statOf(bad), 'EACCES', JSON.stringify(bad));
      throwsErrno(() => root.withDirectory([], (dir) => dir.entry(bad[0]!)), 'EACCES', JSON.stringify(bad));
    }
    assert.equal(root.statOf(['ok.txt'])?.size, 2);
  });

  test('statOf reports a missing final name and errors for missing or file ancestors', () => {
    assert.equal(root.statOf(['nope']), undefined);
    assert.equal(root.statOf(['ok.txt'])?.isFile(), true);
    assert.equal(root.statOf([])?.isDirectory(), true);
    throwsErrno(() => root.statOf(['nope', 'x']), 'ENOENT');
    throwsErrno(() => root.statOf(['ok.txt', 'x']), 'ENOTDIR');
  });

  test('a symlink is refused at every step of a walk, wherever it points', () => {
    fs.mkdirSync(path.join(base, 'mount', 'real'), { recursive: true });
    fs.symlinkSync(path.join(base, 'mount', 'real'), path.join(base, 'mount', 'inner-link'));
    fs.symlinkSync(base, path.join(base, 'mount', 'outer-link'));
    try {
      for (const rel of [['inner-link'], ['outer-link'], ['real', '..', 'outer-link'], ['outer-link', 'outside.txt']]) {
        throwsErrno(() => root.withDirectory(rel, () => 'entered'), 'EACCES', JSON.stringify(rel));
      }
      throwsErrno(() => root.statOf(['outer-link']), 'EACCES');
      throwsErrno(() => root.statOf(['outer-link', 'outside.txt']), 'EACCES');
    } finally {
      fs.unlinkSync(path.join(base, 'mount', 'inner-link'));
      fs.unlinkSync(path.join(base, 'mount', 'outer-link'));
    }
  });

  test('a directory swapped for a symlink after it was opened: the work still lands in the opened directory', (t) => {
    if (!anchoredPaths()) return t.skip('needs /proc/self/fd');
    const sub = path.join(base, 'mount', 'sub');
    fs.mkdirSync(sub);
    try {
      root.withDirectory(['sub'], (dir) => {
        fs.renameSync(sub, `${sub}.aside`);
        fs.symlinkSync(base, sub);
        fs.writeFileSync(dir.entry('written.txt'), 'here');
        fs.mkdirSync(dir.entry('made'));
        fs.unlinkSync(sub);
      });
      assert.deepEqual(fs.readdirSync(`${sub}.aside`).sort(), ['made', 'written.txt']);
      assert.ok(!fs.existsSync(path.join(base, 'written.txt')) && !fs.existsSync(path.join(base, 'made')), 'the work followed the symlink');
    } finally {
      fs.rmSync(`${sub}.aside`, { recursive: true, force: true });
      fs.rmSync(sub, { recursive: true, force: true });
    }
  });

  test('an open directory knows where it is after a host process moved it out of the mount', (t) => {
    // withDirectory refuses a directory whose location is outside the root: this is what it asks.
    if (!anchoredPaths()) return t.skip('needs /proc/self/fd');
    fs.mkdirSync(path.join(base, 'mount', 'leaving'));
    try {
      const location = root.withDirectory([], (dir) => {
        const child = dir.openChild('leaving');
        try {
          fs.renameSync(path.join(base, 'mount', 'leaving'), path.join(base, 'left'));
          return child.currentLocation();
        } finally {
          child.close();
        }
      });
      assert.equal(location, path.join(fs.realpathSync(base), 'left'));
    } finally {
      fs.rmSync(path.join(base, 'left'), { recursive: true, force: true });
    }
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

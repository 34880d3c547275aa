import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatGuestPath, isWithin, parseGuestPath, parseHostSuppliedPath } from '../../src/vfs/path.js';
import { throwsErrno } from './helpers.js';

const parse = (input: string, cwd: string[] = [], max = 4096) => parseGuestPath(input, cwd, max);

describe('guest path parsing', () => {
  test('collapses . and .. lexically, and .. at / stays at /', () => {
    assert.deepEqual(parse('/a/./b/../c').components, ['a', 'c']);
    assert.deepEqual(parse('/../../..').components, []);
    assert.deepEqual(parse('/a/../../b').components, ['b']);
    assert.deepEqual(parse('//a///b//').components, ['a', 'b']);
    assert.deepEqual(parse('/').components, []);
  });

  test('relative paths resolve against the cwd', () => {
    assert.deepEqual(parse('c', ['a', 'b']).components, ['a', 'b', 'c']);
    assert.deepEqual(parse('../../../x', ['a', 'b']).components, ['x']);
    assert.deepEqual(parse('.', ['a']).components, ['a']);
    assert.deepEqual(parse('/abs', ['a']).components, ['abs']);
  });

  test('records a trailing slash and a final "."', () => {
    assert.equal(parse('/a/b/').trailingSlash, true);
    assert.equal(parse('/a/b').trailingSlash, false);
    assert.equal(parse('/').trailingSlash, false);
    assert.equal(parse('/a/.').endsWithDot, true);
    assert.equal(parse('/a/..').endsWithDot, false);
  });

  test('an empty path is ENOENT', () => throwsErrno(() => parse(''), 'ENOENT'));

  test('NUL and lone surrogates are EINVAL', () => {
    throwsErrno(() => parse('/tmp/a\0b'), 'EINVAL');
    throwsErrno(() => parse('/tmp/\ud800x'), 'EINVAL');
    assert.deepEqual(parse('/tmp/\ud83d\ude00').components, ['tmp', '\ud83d\ude00']);
  });

  test('the path limit counts UTF-8 bytes, of the input and of the resolved path', () => {
    assert.equal(parse('/' + 'a'.repeat(99), [], 100).components.length, 1);
    throwsErrno(() => parse('/' + 'a'.repeat(100), [], 100), 'ENAMETOOLONG');
    throwsErrno(() => parse('/' + 'é'.repeat(50), [], 100), 'ENAMETOOLONG'); // 101 bytes
    throwsErrno(() => parse('b'.repeat(60), ['a'.repeat(60)], 100), 'ENAMETOOLONG');
  });

  test('a component longer than 255 bytes is ENAMETOOLONG, even one that .. removes', () => {
    assert.equal(parse('/tmp/' + 'x'.repeat(255)).components[1]!.length, 255);
    throwsErrno(() => parse('/tmp/' + 'x'.repeat(256)), 'ENAMETOOLONG');
    throwsErrno(() => parse('/tmp/' + 'ü'.repeat(128)), 'ENAMETOOLONG'); // 256 bytes
    throwsErrno(() => parse('/tmp/' + 'x'.repeat(256) + '/..'), 'ENAMETOOLONG');
  });

  test('isWithin and formatGuestPath', () => {
    assert.equal(isWithin(['a'], ['a', 'b']), true);
    assert.equal(isWithin(['a'], ['a']), true);
    assert.equal(isWithin(['a', 'b'], ['a']), false);
    assert.equal(isWithin(['a'], ['ab']), false);
    assert.equal(formatGuestPath([]), '/');
    assert.equal(formatGuestPath(['a', 'b']), '/a/b');
  });

  test('host-supplied paths must be absolute and already normalised', () => {
    assert.deepEqual(parseHostSuppliedPath('/data/x', 'p', 100), ['data', 'x']);
    assert.throws(() => parseHostSuppliedPath('data', 'p', 100), /absolute/);
    assert.throws(() => parseHostSuppliedPath('/data/', 'p', 100), /normalised/);
    assert.throws(() => parseHostSuppliedPath('/a/../b', 'p', 100), /normalised/);
    assert.throws(() => parseHostSuppliedPath('/a\0', 'p', 100), /not a valid guest path/);
  });
});

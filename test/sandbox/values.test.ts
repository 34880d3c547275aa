import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool, createSession } from '../../src/index.js';

/** A run's `value`, and values crossing to and from host functions, keep their precision and type. */

const pool = createPool({ maxWorkers: 1 });
after(() => pool.close());

async function value(code: string): Promise<unknown> {
  const r = await pool.run(code);
  assert.equal(r.ok, true, r.ok ? '' : r.error.traceback);
  return r.value;
}

describe('values', () => {
  test('integers outside the safe range are bigint, exactly; safe ones stay numbers', async () => {
    assert.equal(await value('2**53 + 1'), 2n ** 53n + 1n);
    assert.equal(await value('-(2**53) - 1'), -(2n ** 53n) - 1n);
    assert.equal(await value('10**400'), 10n ** 400n);
    assert.equal(await value('2**53 - 1'), Number.MAX_SAFE_INTEGER);
    assert.equal(await value('-(2**53 - 1)'), -Number.MAX_SAFE_INTEGER);
    assert.equal(await value('7'), 7);
  });

  test('bytes and bytearray are Uint8Array; floats keep inf and nan', async () => {
    assert.deepEqual(await value('b"\\x00ab\\xff"'), new Uint8Array([0, 97, 98, 255]));
    assert.deepEqual(await value('bytearray(b"xy")'), new Uint8Array([120, 121]));
    assert.deepEqual(await value('b""'), new Uint8Array([]));
    assert.equal(await value('float("inf")'), Infinity);
    assert.ok(Number.isNaN(await value('float("nan")')));
  });

  test('nested data keeps every element faithful, and dict keys stay as written', async () => {
    assert.deepEqual(await value('{"big": [2**64, (b"\\x01", 1.5)], "\\x00k": None, "s": "é"}'),
      { big: [2n ** 64n, [new Uint8Array([1]), 1.5]], '\u0000k': null, s: 'é' });
  });

  test('what has no faithful form is reported by repr only: objects, int keys, too deep, too large', async () => {
    for (const code of ['object()', '{1: 2}', 'x = []\nfor i in range(300):\n    x = [x]\nx', '"x" * 100000', 'b"x" * 40000', '{1, 2}']) {
      const r = await pool.run(code);
      assert.equal(r.ok, true, code);
      assert.equal(r.value, undefined, code);
      assert.ok(r.valueRepr !== undefined, code);
    }
  });

  test('host functions receive and return bigint and Uint8Array; the guest sees int and bytes', async () => {
    const seen: unknown[] = [];
    const session = await createSession({
      pool,
      functions: {
        inspect: (...args: unknown[]) => {
          seen.push(...args);
          return { big: 2n ** 64n + 1n, bytes: new Uint8Array([0, 1, 2]), small: 5n };
        },
      },
    });
    try {
      const r = await session.run('got = inspect(2**53 + 1, 10**400, bytearray(b"ab"), b"\\xff" * 40)\nprint(type(got["big"]).__name__, type(got["bytes"]).__name__)\n(got["big"], got["bytes"], got["small"] + 1)');
      assert.equal(r.ok, true, r.ok ? '' : r.error.traceback);
      assert.deepEqual(seen, [2n ** 53n + 1n, 10n ** 400n, new Uint8Array([97, 98]), new Uint8Array(40).fill(255)]);
      assert.equal(r.stdout, 'int bytes\n');
      assert.deepEqual(r.value, [2n ** 64n + 1n, new Uint8Array([0, 1, 2]), 6]);
    } finally {
      await session.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool, InvalidCodeError, InvalidOptionsError, run } from '../../src/index.js';

const pool = createPool({ maxWorkers: 1 });
after(() => pool.close());

/** Bad input of every kind gets a typed error naming the field, before anything runs. */
describe('option validation', () => {
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['negative memory', { memoryLimit: -1 }, /options\.memoryLimit/],
    ['too little memory', { memoryLimit: 1024 }, /options\.memoryLimit must be between/],
    ['fractional memory', { memoryLimit: 8 * 1024 * 1024 + 0.5 }, /options\.memoryLimit must be an integer/],
    ['fuel 0', { fuel: 0 }, /options\.fuel/],
    ['fuel not a number', { fuel: '100' }, /options\.fuel must be an integer, got "100"/],
    ['timeout NaN', { timeoutMs: Number.NaN }, /options\.timeoutMs/],
    ['timeout 0', { timeoutMs: 0 }, /options\.timeoutMs/],
    ['infinite timeout', { timeoutMs: Infinity }, /options\.timeoutMs/],
    ['negative stdout limit', { stdoutLimit: -5 }, /options\.stdoutLimit/],
    ['stdin of the wrong type', { stdin: 42 }, /options\.stdin/],
    ['signal that is not an AbortSignal', { signal: {} }, /options\.signal/],
    ['onStdout not a function', { onStdout: 'log' }, /options\.onStdout/],
    ['misspelt option', { timeout: 1000 }, /options\.timeout is not a known option/],
    ['files not an object', { files: 'a.txt' }, /options\.files/],
    ['relative file path', { files: { 'a.txt': 'x' } }, /options\.files/],
    ['file content of the wrong type', { files: { '/a.txt': 5 } }, /options\.files/],
    ['mount that does not exist', { mounts: [{ hostPath: '/no/such/dir', guestPath: '/data' }] }, /hostPath/],
    ['mount at /', { mounts: [{ hostPath: '/tmp', guestPath: '/' }] }, /guestPath/],
    ['bad mount mode', { mounts: [{ hostPath: '/tmp', guestPath: '/d', mode: 'x' }] }, /mode/],
    ['negative fsQuota', { fsQuota: -1 }, /options\.fsQuota must be an integer number of bytes/],
    ['fractional mountQuota', { mountQuota: 1.5 }, /options\.mountQuota must be an integer number of bytes/],
    ['mountQuota as a string', { mountQuota: '16M' }, /options\.mountQuota .*got "16M"/],
    ['negative mountMaxEntries', { mountMaxEntries: -3 }, /options\.mountMaxEntries must be an integer number of entries/],
    ['fsMaxEntries 0 (no room for /tmp)', { fsMaxEntries: 0 }, /options\.fsMaxEntries must be an integer number of entries from 1/],
    ['fsMaxEntries not a number', { fsMaxEntries: null }, /options\.fsMaxEntries .*got null/],
    ['bad seed', { seed: -1 }, /options\.seed/],
    ['deterministic not boolean', { deterministic: 'yes' }, /options\.deterministic/],
    ['net without allow', { net: {} }, /options\.net\.allow/],
    ['net host invalid', { net: { allow: ['not a host!'] } }, /options\.net\.allow\[0\]/],
    ['net port invalid', { net: { allow: ['example.com:99999'] } }, /invalid port/],
    ['hostCalls limit invalid', { hostCalls: { maxArgBytes: 0 } }, /options\.hostCalls\.maxArgBytes/],
    ['options not an object', 42 as unknown as Record<string, unknown>, /options must be an object/],
  ];
  for (const [name, options, message] of bad) {
    test(`run(): ${name}`, async () => {
      await assert.rejects(pool.run('1', options as never), (e: unknown) => e instanceof InvalidOptionsError && message.test((e as Error).message));
    });
  }

  test('createSession() validates the same way', async () => {
    await assert.rejects(pool.createSession({ memoryLimit: -1 }), InvalidOptionsError);
    await assert.rejects(pool.createSession({ bogus: true } as never), InvalidOptionsError);
  });

  test('session.run() refuses per-run memory and unknown keys', async () => {
    const s = await pool.createSession();
    await assert.rejects(s.run('1', { memoryLimit: 1 << 24 } as never), /not a known option/);
    await s.close();
  });

  for (const code of [123, null, undefined, {}, ['print(1)'], Symbol('x')]) {
    test(`code ${String(typeof code === 'symbol' ? 'symbol' : JSON.stringify(code))} is refused with InvalidCodeError`, async () => {
      await assert.rejects(run(code as never), InvalidCodeError);
    });
  }

  test('pool options are validated', () => {
    assert.throws(() => createPool({ maxWorkers: 0 }), InvalidOptionsError);
    assert.throws(() => createPool({ maxQueue: -1 }), InvalidOptionsError);
    assert.throws(() => createPool({ bogus: 1 } as never), InvalidOptionsError);
  });
});

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPythonSandbox, renderToolOutput, toToolOutput } from '../../src/adapters/shared/index.js';
import type { RunResult } from '../../src/index.js';

/** What every adapter shares: the conversation table and the output a model reads. */

const base: RunResult = { ok: true, stdout: '', stderr: '', truncated: { stdout: false, stderr: false }, error: null, fuelUsed: 1, durationMs: 1, memoryBytes: 1 };

describe('tool output', () => {
  test('long texts are clipped and flagged; sandbox truncation is flagged too', () => {
    const out = toToolOutput({ ...base, stdout: 'x'.repeat(50), stderr: 'e', truncated: { stdout: false, stderr: true }, valueRepr: 'v'.repeat(50) }, 10);
    assert.equal(out.truncated.stdout, true);
    assert.equal(out.truncated.stderr, true);
    assert.equal(out.truncated.value, true);
    assert.match(out.stdout, /^x{10}\n\[\.\.\. 40 more characters cut \.\.\.\]$/);
    const text = renderToolOutput(out);
    assert.match(text, /\[stdout was truncated\]/);
    assert.match(text, /\[value was truncated\]/);
  });

  test('values become JSON data: bigints as decimal strings, bytes as null (repr kept)', () => {
    assert.deepEqual(toToolOutput({ ...base, value: { n: 2n ** 80n, list: [1, 'a'] }, valueRepr: '...' }).value, { n: '1208925819614629174706176', list: [1, 'a'] });
    const bytes = toToolOutput({ ...base, value: new Uint8Array([1, 2]), valueRepr: "b'\\x01\\x02'" });
    assert.equal(bytes.value, null);
    assert.equal(bytes.valueRepr, "b'\\x01\\x02'");
  });

  test('errors carry a hint chosen by type, and limits a hint to split the work', () => {
    const error = (type: string, kind: 'exception' | 'limit' = 'exception', message = 'm') =>
      toToolOutput({ ...base, ok: false, error: kind === 'limit' ? { type, message, traceback: 'tb', truncated: false, kind, limit: 'fuel', line: 4 } : { type, message, traceback: 'tb', truncated: false, kind, line: 4 } }).error!;
    assert.match(error('ImportError').hint, /no pip packages/);
    assert.match(error('FuelExhausted', 'limit').hint, /split the work/);
    assert.match(error('SomethingNew').hint, /line shown/);
    assert.equal(error('ValueError').line, 4);
    assert.match(renderToolOutput(toToolOutput({ ...base, ok: false, error: { type: 'ValueError', message: 'bad', traceback: 'tb', truncated: false, kind: 'exception', line: 4 } })), /error: ValueError at line 4: bad\n\ntraceback:\ntb\n\nhint: /);
  });

  test('a rebuilt session is reported; no output says how to get some', () => {
    assert.equal(toToolOutput({ ...base, recovered: 'reset' }).sessionReset, 'to-fresh-interpreter');
    assert.match(renderToolOutput(toToolOutput({ ...base, recovered: 'snapshot' })), /restored to its state before this call/);
    assert.match(renderToolOutput(toToolOutput(base)), /no output; print\(\)/);
  });
});

describe('conversation sessions', () => {
  const sandbox = createPythonSandbox({ maxSessions: 2, timeoutMs: 3000 });
  after(() => sandbox.close());

  test('at most maxSessions conversations; reset frees one', async () => {
    await sandbox.execute('a = 1', { conversationId: 'c1' });
    await sandbox.execute('a = 2', { conversationId: 'c2' });
    await assert.rejects(sandbox.execute('1', { conversationId: 'c3' }), { code: 'QUEUE_FULL' });
    assert.equal(await sandbox.reset('c1'), true);
    assert.equal((await sandbox.execute('1 + 1', { conversationId: 'c3' })).value, 2);
    assert.equal((await sandbox.execute('a', { conversationId: 'c2' })).value, 2);
  });

  test('limits and grants reach the session; the description tells the model about them', async () => {
    const granted = createPythonSandbox({ timeoutMs: 2000, memoryLimit: 16 * 1024 * 1024, functions: { double: (x: unknown) => Number(x) * 2 } });
    assert.match(granted.description, /16 MiB memory, 2 s/);
    assert.match(granted.description, /Host functions callable by name: double/);
    assert.equal((await granted.execute('double(21)', { conversationId: 'g' })).value, 42);
    await granted.close();
  });

  test('bad options and ids are refused with typed errors; a closed sandbox refuses calls', async () => {
    assert.throws(() => createPythonSandbox({ maxSessions: 0 }), { code: 'INVALID_OPTIONS' });
    assert.throws(() => createPythonSandbox({ memoryLimit: 1 }), { code: 'INVALID_OPTIONS' });
    await assert.rejects(sandbox.execute('1', { conversationId: '' }), { code: 'INVALID_OPTIONS' });
    const closing = createPythonSandbox();
    await closing.close();
    await assert.rejects(closing.execute('1', { conversationId: 'x' }), { code: 'SESSION_CLOSED' });
  });
});

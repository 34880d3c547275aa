import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { assertHostUnharmed, assertLimit, attack, createCanary, spinningAttack, timerFires, type Canary } from './harness.js';

/**
 * Output floods: what the guest prints is kept up to a cap and the rest is counted and dropped, so
 * neither host memory nor the caller's callbacks can be overwhelmed, and a callback that throws
 * cannot break the run or the worker protocol.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

const MiB = 1024 * 1024;

describe('output floods', () => {
  attack('print in an infinite loop is truncated at stdoutLimit', async () => {
    const r = await spinningAttack(() => pool.run('while True:\n    print("x" * 1000)', { timeoutMs: 300, fuel: 1e15, stdoutLimit: 64 * 1024 }));
    assertLimit(r, 'timeout');
    assert.equal(r.truncated.stdout, true);
    assert.ok(r.stdout.length <= 64 * 1024);
    await assertHostUnharmed(pool, canary);
  });

  attack('a single 100 MB print keeps only stdoutLimit bytes', async () => {
    const r = await pool.run('print("x" * 100_000_000)', { memoryLimit: 256 * MiB, timeoutMs: 10_000, fuel: 2_000_000_000 });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.truncated.stdout, true);
    assert.equal(r.stdout.length, MiB);
    await assertHostUnharmed(pool, canary);
  });

  attack('a stderr flood is truncated at stderrLimit', async () => {
    const r = await spinningAttack(() => pool.run('import sys\nwhile True:\n    sys.stderr.write("e" * 4096)', { timeoutMs: 300, fuel: 1e15, stderrLimit: 32 * 1024 }));
    assertLimit(r, 'timeout');
    assert.equal(r.truncated.stderr, true);
    assert.ok(r.stderr.length <= 32 * 1024);
    await assertHostUnharmed(pool, canary);
  });

  attack('a traceback flood (exception with a huge message) is capped', async () => {
    const r = await pool.run('raise ValueError("v" * (8 * 1024 * 1024))', { memoryLimit: 64 * MiB, stderrLimit: 16 * 1024 });
    assert.equal(r.error?.type, 'ValueError');
    assert.ok(r.stderr.length <= 16 * 1024);
    assert.ok(JSON.stringify(r.error).length < 32 * MiB);
    await assertHostUnharmed(pool, canary);
  });

  attack('a streaming callback that throws does not break the run or the host', async () => {
    let calls = 0;
    const r = await pool.run('for i in range(5):\n    print(i)\n"done"', {
      onStdout: () => {
        calls++;
        throw new Error('listener exploded');
      },
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.value, 'done');
    assert.equal(r.stdout, '0\n1\n2\n3\n4\n');
    assert.ok(calls >= 1);
    await assertHostUnharmed(pool, canary);
  });

  attack('a streaming callback that throws non-Error values on both streams', async () => {
    const s = await pool.createSession();
    const throwers = [() => { throw 'string'; }, () => { throw null; }, () => { throw Symbol('s'); }];
    let i = 0;
    const r = await s.run('import sys\nfor i in range(6):\n    print(i)\n    sys.stderr.write(str(i))\n"done"', {
      onStdout: () => throwers[i++ % 3]!(),
      onStderr: () => throwers[i++ % 3]!(),
    });
    assert.equal(r.value, 'done');
    assert.equal((await s.run('1 + 1')).value, 2);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('a byte-at-a-time streaming flood keeps the event loop turning and the callbacks bounded', async () => {
    let bytes = 0;
    let timersDuringFlood = 0;
    let flooding = true;
    const tick = async (): Promise<void> => {
      while (flooding) {
        await timerFires();
        timersDuringFlood++;
      }
    };
    const ticking = tick();
    const r = await pool.run('import sys\nw = sys.stdout.write\nwhile True:\n    w("x")', {
      timeoutMs: 500, fuel: 1e15, stdoutLimit: 100_000, onStdout: (text) => { bytes += text.length; },
    });
    flooding = false;
    await ticking;
    assertLimit(r, 'timeout');
    assert.ok(bytes <= 100_000, `the callback received ${bytes} bytes past the limit`);
    assert.ok(timersDuringFlood > 0, 'no timer fired during the flood');
    await assertHostUnharmed(pool, canary);
  });

  attack('invalid UTF-8 and lone surrogates in output decode safely', async () => {
    const chunks: string[] = [];
    const r = await pool.run('import sys\nsys.stdout.buffer.write(b"\\xff\\xfe\\xc3")\nprint("\\ud800")\nsys.stderr.buffer.write(b"\\x80" * 10)', {
      onStdout: (t) => chunks.push(t),
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(typeof r.stdout, 'string');
    assert.ok(r.stdout.includes('\ufffd'));
    assert.equal(chunks.join(''), r.stdout);
    await assertHostUnharmed(pool, canary);
  });

  attack('a multi-byte character split at the output cap is not corrupted into something else', async () => {
    const r = await pool.run('print("é" * 1000)', { stdoutLimit: 101 });
    assert.equal(r.truncated.stdout, true);
    assert.ok(/^é*\ufffd?$/.test(r.stdout), JSON.stringify(r.stdout.slice(-5)));
    await assertHostUnharmed(pool, canary);
  });

  attack('stdoutLimit 0 keeps nothing, however much is printed', async () => {
    const r = await pool.run('for i in range(10000):\n    print("secret", i)', { stdoutLimit: 0, onStdout: () => assert.fail('the callback saw output past a zero limit') });
    assert.equal(r.stdout, '');
    assert.equal(r.truncated.stdout, true);
    await assertHostUnharmed(pool, canary);
  });

  attack('raw buffer writes to stdout and stderr obey the same caps', async () => {
    const r = await pool.run('import sys\nfor i in range(2000):\n    sys.stdout.buffer.write(b"y" * 1024)\n    sys.stderr.buffer.write(b"z" * 1024)', { stdoutLimit: 10_000, stderrLimit: 10_000 });
    assert.equal(r.ok, true, r.error?.message);
    assert.ok(r.stdout.length <= 10_000 && r.stderr.length <= 10_000);
    assert.deepEqual(r.truncated, { stdout: true, stderr: true });
    await assertHostUnharmed(pool, canary);
  });
});

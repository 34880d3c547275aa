import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Exception text is capped like output: a 50 MB exception message or a traceback of megabytes reaches the caller as at most 64 KiB of traceback (its beginning) and a message cut
 * to fit, with `error.truncated` set; the CLI's JSON stays bounded too.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

const MiB = 1024 * 1024;
const CAP = 64 * 1024;
const CLI = fileURLToPath(new URL('../../../bin/micropython-sandbox.js', import.meta.url));

const HUGE_MESSAGE = 'raise ValueError("m" * 50_000_000)';
/** Recursion to the interpreter's limit through a function with a 200-character name: megabytes of frames. */
const NAME = 'f'.repeat(200);
const DEEP_TRACEBACK = `def ${NAME}(n):\n    if n == 0:\n        raise KeyError("bottom")\n    return ${NAME}(n - 1)\n${NAME}(1500)`;

describe('exception text', () => {
  attack('a 50 MB exception message is cut to the cap and flagged', async () => {
    const r = await pool.run(HUGE_MESSAGE, { memoryLimit: 256 * MiB, fuel: 2_000_000_000, timeoutMs: 20_000 });
    assert.equal(r.error?.type, 'ValueError', r.error?.message.slice(0, 200));
    assert.equal(r.error?.truncated, true);
    assert.ok(r.error!.traceback.length <= CAP, `traceback is ${r.error!.traceback.length} characters`);
    assert.ok(r.error!.message.length <= CAP && r.error!.message.startsWith('mmmm'), 'the message keeps its beginning');
    assert.ok(JSON.stringify(r).length < 4 * CAP);
    await assertHostUnharmed(pool, canary);
  });

  attack('a traceback of 1,500 frames with long names is cut to the cap and flagged', async () => {
    const r = await pool.run(DEEP_TRACEBACK, { memoryLimit: 128 * MiB, fuel: 2_000_000_000, timeoutMs: 20_000 });
    assert.equal(r.ok, false);
    assert.equal(r.error?.truncated, true, `${r.error?.type}: ${r.error?.traceback.length}`);
    assert.ok(r.error!.traceback.length <= CAP);
    assert.equal(r.error?.type, 'KeyError');
    assert.equal(r.error?.message, '', 'the cut fell inside the frames: no message survives, and no frame text poses as one');
    assert.ok(r.error!.traceback.startsWith('Traceback (most recent call last):'));
    assert.ok(JSON.stringify(r).length < 4 * CAP);
    await assertHostUnharmed(pool, canary);
  });

  attack('an ordinary exception is not flagged', async () => {
    const r = await pool.run('raise ValueError("small")');
    assert.equal(r.error?.message, 'small');
    assert.equal(r.error?.truncated, false);
  });

  attack('the CLI prints bounded JSON for a 50 MB exception message', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, [CLI, '--json', '--memory', '256M', '--fuel', '2e9', '--timeout', '20s', '-c', HUGE_MESSAGE],
        { maxBuffer: 64 * MiB }, (error, out) => (out ? resolve(out) : reject(error ?? new Error('no output'))));
      // The CLI reads piped stdin to its end before the program starts.
      child.stdin?.end();
    });
    assert.ok(stdout.length < 4 * CAP, `the CLI printed ${stdout.length} bytes`);
    const parsed = JSON.parse(stdout) as { error?: { truncated?: boolean } };
    assert.equal(parsed.error?.truncated, true);
  });
});

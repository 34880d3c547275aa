import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { createPool, type RunResult } from '../../src/index.js';
import { assertHostUnharmed, assertLimit, attack, createCanary, spinningAttack, type Canary } from './harness.js';

/**
 * Work inside imports: a guest that spends its time in host work (15 MiB reads and writes,
 * directory listings of thousands of entries, host-call arguments of a megabyte, capturing a huge
 * result) is still stopped by its time limit, and its run returns a Timeout result within the
 * limit plus the grace, never a WorkerCrashedError.
 *
 * The pool's watchdog is set to fire one second after the time limit (the default margin is 3 s),
 * and a canary session shares the guest's only worker: if a run outlived its limit by more than
 * the grace and a second, the watchdog would replace the worker and the canary would come back
 * rebuilt, which assertHostUnharmed refuses.
 */

const pool = createPool({ maxWorkers: 1, watchdogMarginMs: 1000 } as never);
let canary: Canary;
let mountDir: string;
before(async () => {
  canary = await createCanary(pool);
  mountDir = mkdtempSync(join(tmpdir(), 'mps-import-work-'));
  for (let i = 0; i < 4000; i++) writeFileSync(join(mountDir, `entry-${i}`), '');
});
after(async () => {
  await pool.close();
  rmSync(mountDir, { recursive: true, force: true });
});

const MiB = 1024 * 1024;
const SLOW = { timeoutMs: 300, fuel: Number.MAX_SAFE_INTEGER, memoryLimit: 96 * MiB };

function assertStoppedInTime(r: RunResult): void {
  assertLimit(r, 'timeout');
  assert.doesNotMatch(r.error!.message, /worker was replaced/, 'the watchdog had to stop it');
}

describe('work inside imports', () => {
  attack('15 MiB readinto from /tmp in a loop', async () => {
    const r = await spinningAttack(() => pool.run([
      'buf = bytearray(15 * 1024 * 1024)',
      'open("/tmp/big", "wb").write(buf)',
      'f = open("/tmp/big", "rb")',
      'while True:',
      '    f.seek(0)',
      '    f.readinto(buf)',
    ].join('\n'), SLOW));
    assertStoppedInTime(r);
    await assertHostUnharmed(pool, canary);
  });

  attack('15 MiB writes to /tmp in a loop', async () => {
    const r = await spinningAttack(() => pool.run([
      'buf = bytes(15 * 1024 * 1024)',
      'f = open("/tmp/big", "wb")',
      'while True:',
      '    f.seek(0)',
      '    f.write(buf)',
    ].join('\n'), SLOW));
    assertStoppedInTime(r);
    await assertHostUnharmed(pool, canary);
  });

  attack('15 MiB of stdin read in 1 MiB gulps, then again from a copy', async () => {
    const r = await spinningAttack(() => pool.run([
      'import sys',
      'data = sys.stdin.read()',
      'while True:',
      '    b = data.encode()',
      '    open("/tmp/copy", "wb").write(b)',
    ].join('\n'), { ...SLOW, stdin: 'x'.repeat(15 * MiB), memoryLimit: 160 * MiB }));
    assertStoppedInTime(r);
    await assertHostUnharmed(pool, canary);
  });

  attack('listing a directory of 4,000 in-memory entries in a loop', async () => {
    const r = await spinningAttack(() => pool.run([
      'import os',
      'os.mkdir("/tmp/d")',
      'for i in range(4000): open("/tmp/d/%d" % i, "w").close()',
      'while True: os.listdir("/tmp/d")',
    ].join('\n'), { ...SLOW, timeoutMs: 2000 }));
    assertStoppedInTime(r);
    await assertHostUnharmed(pool, canary);
  });

  attack('listing and stat-ing a host mount of 4,000 entries in a loop', async () => {
    const r = await spinningAttack(() => pool.run([
      'import os',
      'while True:',
      '    for name in os.listdir("/data"): os.stat("/data/" + name)',
    ].join('\n'), { ...SLOW, mounts: [{ hostPath: mountDir, guestPath: '/data' }] }));
    assertStoppedInTime(r);
    await assertHostUnharmed(pool, canary);
  });

  attack('1 MiB host-call arguments, called without end', async () => {
    let calls = 0;
    const r = await spinningAttack(() => pool.run([
      'arg = "x" * (1024 * 1024 - 64)',
      'while True:',
      '    try:',
      '        f(arg)',
      '    except Exception:',
      '        pass',
    ].join('\n'), { ...SLOW, functions: { f: () => ++calls }, hostCalls: { maxCallsPerRun: 1_000_000 } }));
    assertStoppedInTime(r);
    assert.ok(calls > 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('capturing a huge result value after spending the time', async () => {
    const r = await spinningAttack(() => pool.run('x = [str(i) * 20 for i in range(150000)]\nx', { ...SLOW, timeoutMs: 5000 }));
    // It fits the time and the captured result is bounded, or the time or memory limit ends it.
    if (r.ok) assert.ok((r.valueRepr ?? '').length < 10 * MiB);
    else if (r.error?.type !== 'MemoryError') assertStoppedInTime(r);
    await assertHostUnharmed(pool, canary);
  });
});

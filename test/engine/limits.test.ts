import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VmBrokenError } from '../../src/core/errors.js';
import { exec, freshVm, TEST_LIMITS } from '../support/vm.js';

const MiB = 1 << 20;

describe('memory limit', () => {
  test('a huge allocation raises MemoryError and the VM stays usable', async () => {
    const vm = await freshVm({ memoryLimitBytes: 16 * MiB });
    const out = vm.exec('x = bytearray(100 * 1024 * 1024)', TEST_LIMITS);
    assert.equal(out.ok, false);
    assert.equal(out.error?.type, 'MemoryError');
    assert.equal(out.error?.reason, 'memory');
    assert.ok(out.memoryBytes <= 16 * MiB, `peak ${out.memoryBytes} exceeds the cap`);
    const after = vm.exec('print("alive")', TEST_LIMITS);
    assert.equal(after.stdout, 'alive\n');
  });

  test('growing a list until the cap gives MemoryError, never more memory than the cap', async () => {
    const out = await exec('keep = []\nwhile True:\n    keep.append("x" * 10000)', {}, { memoryLimitBytes: 24 * MiB });
    assert.equal(out.error?.type, 'MemoryError');
    assert.ok(out.memoryBytes <= 24 * MiB);
  });

  test('string doubling hits the cap cleanly', async () => {
    const out = await exec('s = "ab"\nwhile True:\n    s = s + s', {}, { memoryLimitBytes: 16 * MiB });
    assert.equal(out.error?.type, 'MemoryError');
  });
});

describe('memory errors', () => {
  test('only a MemoryError from reaching the cap is reported as the memory limit', async () => {
    const real = await exec('x = bytearray(1 << 30)', {}, { memoryLimitBytes: 16 << 20 });
    assert.equal(real.error?.type, 'MemoryError');
    assert.equal(real.error?.reason, 'memory');
    const raised = await exec('raise MemoryError("pretend")');
    assert.equal(raised.error?.type, 'MemoryError');
    assert.equal(raised.error?.reason, undefined);
    const named = await exec('class MemoryError(Exception):\n    pass\nraise MemoryError("mine")');
    assert.equal(named.error?.type, 'MemoryError');
    assert.equal(named.error?.reason, undefined);
  });
});

describe('fuel limit', () => {
  test('an infinite loop is soft-stopped and the VM keeps its state', async () => {
    const vm = await freshVm();
    vm.exec('kept = 41', TEST_LIMITS);
    const out = vm.exec('while True: pass', { ...TEST_LIMITS, fuel: 2_000_000 });
    assert.equal(out.error?.type, 'FuelExhausted');
    assert.equal(out.error?.stop, 'soft');
    assert.equal(out.error?.reason, 'fuel');
    assert.ok(out.fuelUsed >= 2_000_000);
    assert.equal(vm.isBroken, false);
    assert.equal(vm.exec('print(kept + 1)', TEST_LIMITS).stdout, '42\n');
  });

  test('a guest that swallows KeyboardInterrupt is hard-stopped and the VM is discarded', async () => {
    const vm = await freshVm();
    const out = vm.exec('while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass', {
      ...TEST_LIMITS, fuel: 2_000_000, graceFuel: 1_000_000,
    });
    assert.equal(out.error?.type, 'FuelExhausted');
    assert.equal(out.error?.stop, 'hard');
    assert.equal(vm.isBroken, true);
    assert.throws(() => vm.exec('print(1)', TEST_LIMITS), VmBrokenError);
  });

  test('a long C-level computation is metered inside C and stopped softly', async () => {
    // mpz arithmetic charges fuel as it works and raises the soft stop from inside the
    // multiplication, so one huge operation cannot outrun its budget.
    const out = await exec('x = 7 ** (10 ** 7)', { fuel: 5_000_000, graceFuel: 1_000_000 });
    assert.equal(out.error?.type, 'FuelExhausted');
    assert.equal(out.error?.stop, 'soft');
    assert.ok(out.fuelUsed < 5_000_000 + 1_000_000, `the stop came late: ${out.fuelUsed} fuel`);
  });

  test('fuel use is deterministic', async () => {
    const code = 'total = 0\nfor i in range(20000):\n    total += i * i\nd = {str(i): i for i in range(500)}\nprint(total, len(d))';
    const a = await exec(code);
    const b = await exec(code);
    assert.equal(a.ok, true);
    assert.equal(a.fuelUsed, b.fuelUsed);
    assert.ok(a.fuelUsed > 20000);
  });

  test('more work uses more fuel', async () => {
    const small = await exec('for i in range(1000): pass');
    const large = await exec('for i in range(100000): pass');
    assert.ok(large.fuelUsed > small.fuelUsed * 50);
  });
});

describe('time limit', () => {
  test('an infinite loop stops at the deadline', async () => {
    const started = performance.now();
    const out = await exec('while True: pass', { fuel: 1e15, timeoutMs: 150 });
    assert.equal(out.error?.type, 'Timeout');
    assert.equal(out.error?.stop, 'soft');
    assert.ok(performance.now() - started < 3000);
  });

  test('time.sleep sleeps for real but never past the deadline, and uses almost no fuel', async () => {
    const short = await exec('import time\ntime.sleep(0.05)\nprint("done")');
    assert.equal(short.stdout, 'done\n');
    assert.ok(short.durationMs >= 45, `slept only ${short.durationMs} ms`);
    assert.ok(short.fuelUsed < 1_000_000);
    const started = performance.now();
    const long = await exec('import time\ntime.sleep(30)', { timeoutMs: 200 });
    assert.equal(long.error?.type, 'Timeout');
    assert.ok(performance.now() - started < 3000);
  });

  test('a cancel flag stops the run', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    const out = await exec('while True: pass', { fuel: 1e15, cancelFlag: flag });
    assert.equal(out.error?.type, 'Cancelled');
  });
});

describe('output limits', () => {
  test('stdout beyond the cap is dropped and flagged', async () => {
    const out = await exec('for i in range(10000):\n    print("line", i)', { stdoutBytes: 1000 });
    assert.equal(out.ok, true);
    assert.equal(out.stdoutTruncated, true);
    assert.equal(Buffer.byteLength(out.stdout), 1000);
    assert.ok(out.stdout.startsWith('line 0\nline 1\n'));
  });

  test('stderr has its own cap', async () => {
    const out = await exec('import sys\nfor i in range(1000):\n    sys.stderr.write("e" * 10)\nprint("ok")', { stderrBytes: 100 });
    assert.equal(out.stderr, 'e'.repeat(100));
    assert.equal(out.stderrTruncated, true);
    assert.equal(out.stdoutTruncated, false);
    assert.equal(out.stdout, 'ok\n');
  });

  test('streamed output written a byte at a time reaches the listener in batches, whole and in order', async () => {
    const seen: string[] = [];
    const out = await exec('import sys\nfor i in range(50000):\n    sys.stdout.write(chr(65 + i % 26))', { onStdout: (t) => seen.push(t) });
    assert.equal(out.ok, true);
    assert.equal(seen.join(''), out.stdout);
    assert.equal(out.stdout.length, 50000);
    assert.ok(seen.length < 500, `${seen.length} listener calls for 50,000 writes`);
  });

  test('streaming listeners see output in order, within the cap', async () => {
    const seen: string[] = [];
    const out = await exec('for i in range(5):\n    print(i)\nprint("x" * 100)', { stdoutBytes: 20, onStdout: (t) => seen.push(t) });
    assert.equal(seen.join(''), out.stdout);
    assert.equal(out.stdout.length, 20);
  });
});

describe('stdin', () => {
  test('input() without stdin raises EOFError instead of hanging', async () => {
    const out = await exec('input()', { fuel: 10_000_000 });
    assert.equal(out.error?.type, 'EOFError');
  });

  test('input() reads lines from stdin', async () => {
    const out = await exec('a = input("a? ")\nb = input()\nprint(a.upper(), int(b) * 2)', { stdin: new TextEncoder().encode('hello\n21\n') });
    assert.equal(out.stdout, 'a? HELLO 42\n');
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { VmPool } from '../../src/interpreter/vm-pool.js';
import type { Interpreter } from '../../src/interpreter/interpreter.js';
import { artifactAndTemplate, TEST_LIMITS } from '../support/vm.js';

/**
 * What a pooled VM keeps between guests, checked from the host side (the guest has no raw memory
 * access to look for itself). After a run, the pool resets the VM to its template: the next guest
 * must find no byte of the previous guest's data anywhere in linear memory, and the stack region
 * the previous run used must be wiped.
 */

/** The interpreter's instance and memory, for white-box checks. */
function internals(vm: Interpreter) {
  const instance = (vm as unknown as { vm: { memory: { u8(): Uint8Array }; layout: { stackLow: number; stackHigh: number } } }).vm;
  return { bytes: () => instance.memory.u8(), layout: instance.layout };
}

function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.length).includes(Buffer.from(needle));
}

describe('pooled VM isolation', () => {
  test("a reused VM holds none of the previous guest's data, in the heap, the static data or the stack", async () => {
    const { artifact } = await artifactAndTemplate();
    const pool = new VmPool(artifact, 1);
    const secret = `secret-${randomUUID()}`;
    const vm = pool.acquire({ memoryLimitBytes: 64 << 20 });
    // The secret goes everywhere a run can put data: heap strings and bytes, an interned name,
    // deep recursion through C (stack frames), formatting buffers, a file in /tmp.
    const outcome = vm.exec([
      `s = ${JSON.stringify(secret)}`,
      'b = s.encode() * 3',
      'import sys',
      'sys.intern(s + "-interned")',
      'class Deep:',
      '    def __init__(self, n):',
      '        self.text = "%s-%d" % (s, n)',
      '        self.child = Deep(n - 1) if n else None',
      'd = Deep(60)',
      'print(repr(b)[:10], len(d.text))',
      'import json',
      'j = json.dumps({"k": [s] * 50})',
    ].join('\n'), TEST_LIMITS);
    assert.equal(outcome.ok, true, outcome.error?.traceback);
    assert.ok(contains(internals(vm).bytes(), secret), 'control: the secret is in memory while the guest runs');
    const { layout } = internals(vm);
    const stackUsed = internals(vm).bytes().subarray(layout.stackLow, layout.stackHigh).some((b) => b !== 0);
    assert.ok(stackUsed, 'control: the run used the stack');

    pool.release(vm);
    const reused = pool.acquire({ memoryLimitBytes: 64 << 20 });
    assert.equal(reused, vm, 'the pool handed back the same instance (the case under test)');
    const memory = internals(reused).bytes();
    assert.ok(!contains(memory, secret), 'the next guest\'s memory holds the previous guest\'s secret');
    assert.ok(memory.subarray(layout.stackLow, layout.stackHigh).every((b) => b === 0), 'the stack region was not wiped');
    const again = reused.exec('print(sorted(globals()))', TEST_LIMITS);
    assert.equal(again.stdout, "['__name__']\n");
    pool.release(reused);
  });

  test('a VM whose memory grew is not reused (its size would tell the next guest something)', async () => {
    const { artifact } = await artifactAndTemplate();
    const pool = new VmPool(artifact, 1);
    const vm = pool.acquire({ memoryLimitBytes: 64 << 20 });
    const outcome = vm.exec('x = bytearray(8 << 20)', TEST_LIMITS);
    assert.equal(outcome.ok, true, outcome.error?.traceback);
    pool.release(vm);
    assert.notEqual(pool.acquire({ memoryLimitBytes: 64 << 20 }), vm);
  });

  test('images carry no stack contents', async () => {
    const { template } = await artifactAndTemplate();
    const { artifact } = await artifactAndTemplate();
    const vm = new VmPool(artifact, 0).acquire({ memoryLimitBytes: 64 << 20 });
    vm.exec('def f(n):\n    return n and [f(n - 1)]\nf(200)', TEST_LIMITS);
    const image = vm.captureImage();
    const { layout } = internals(vm);
    assert.ok(image.used.subarray(0, layout.stackHigh).every((b) => b === 0));
    assert.ok(template.used.subarray(0, layout.stackHigh).every((b) => b === 0));
  });
});

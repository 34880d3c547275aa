import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const instance = (vm as unknown as { vm: { memory: { u8(): Uint8Array }; layout: { stackLow: number; stackHigh: number; readOnlyEnd: number; heapBase: number } } }).vm;
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

  // A reset skips the module's read-only data (.rodata, ~400 KB of the ~406 KB of static data:
  // type objects, constant tables, the frozen library). That is only sound if no run ever
  // writes there; wasm has no read-only memory, so a C write to a const object would succeed and
  // survive into the next guest. Many kinds of programs run in one VM without resets, then its
  // read-only region is compared with a new instance's.
  test('no run writes the read-only static data, so resets need not restore it', async () => {
    const { artifact } = await artifactAndTemplate();
    const pool = new VmPool(artifact, 0);
    const vm = pool.acquire({ memoryLimitBytes: 64 << 20 });
    const { layout } = internals(vm);
    assert.ok(layout.readOnlyEnd - layout.stackHigh > 300_000, 'the manifest gives the read-only bound');
    assert.ok(layout.heapBase - layout.readOnlyEnd < 64 << 10, 'what a reset copies of the static data is small');
    const pristine = internals(pool.acquire({ memoryLimitBytes: 64 << 20 })).bytes().slice(layout.stackHigh, layout.readOnlyEnd);

    const root = new URL('../../../test/python/', import.meta.url).pathname;
    const programs: string[] = [];
    for (const area of readdirSync(root, { withFileTypes: true })) {
      if (!area.isDirectory()) continue;
      // every area of the differential suite, two programs each
      for (const name of readdirSync(join(root, area.name)).filter((n) => n.endsWith('.py')).sort().slice(0, 2)) {
        programs.push(readFileSync(join(root, area.name, name), 'utf8'));
      }
    }
    programs.push([
      // things that touch constant objects: attribute lookups on built-in types and modules,
      // hashing and interning of constant strings, errors with constant messages, weakrefs
      'import sys, gc, weakref',
      'for name in dir(str) + dir(dict) + dir(int) + dir(sys):',
      '    hash(name); sys.intern(name)',
      'for t in (int, str, list, dict, set, tuple, bytes, float, type, object, Exception):',
      '    t.__name__; t.__mro__; repr(t); hash(t)',
      '    try:',
      '        t.zzz = 1',
      '    except (AttributeError, TypeError):',
      '        pass',
      'try:',
      '    sys.zzz = 1',
      'except AttributeError:',
      '    pass',
      'class C: pass',
      'r = [weakref.ref(C()) for _ in range(50)]',
      'gc.collect()',
      'for e in (KeyError, ValueError, IndexError, StopIteration, ZeroDivisionError):',
      '    try:',
      '        raise e',
      '    except Exception as x:',
      '        str(x); repr(x)',
      'print(sorted(sys.modules))',
    ].join('\n'));
    let failures = 0;
    for (const code of programs) {
      const outcome = vm.exec(code, { ...TEST_LIMITS, timeoutMs: 10_000 });
      if (!outcome.ok) failures++;
    }
    assert.ok(failures < programs.length / 10, `most programs ran (${failures} of ${programs.length} failed)`);
    const now = internals(vm).bytes().subarray(layout.stackHigh, layout.readOnlyEnd);
    const changed: number[] = [];
    for (let i = 0; i < now.length && changed.length < 10; i++) if (now[i] !== pristine[i]) changed.push(layout.stackHigh + i);
    assert.deepEqual(changed, [], `runs wrote read-only data at ${changed.map((a) => `0x${a.toString(16)}`).join(', ')}`);
  });
});

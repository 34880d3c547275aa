import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exec } from '../support/vm.js';

const MiB = 1 << 20;

/**
 * Garbage is collected during a run, not only when it returns. Each program below makes far more
 * garbage than its memory cap, so it can only finish if collections happen mid-run.
 */
describe('collection during a run', () => {
  const churn: Array<[string, string]> = [
    ['str() in a loop', 'for i in range(300000):\n    s = str(i)\nprint(s)'],
    ['float arithmetic', 'x = 0.0\nfor i in range(600000):\n    x = x * 0.5 + 1.5\nprint(x)'],
    ['big strings', 'for i in range(20000):\n    s = "x" * 1000\nprint(len(s))'],
    ['lists of tuples', 'for i in range(40000):\n    t = [(i, j) for j in range(5)]\nprint(t[-1])'],
    ['line-by-line parsing', 'data = "\\n".join("row %d,%d" % (i, i * 2) for i in range(2000))\ntotal = 0\nfor rep in range(20):\n    for line in data.split("\\n"):\n        a, b = line[4:].split(",")\n        total += int(a) + int(b)\nprint(total)'],
  ];
  for (const [name, code] of churn) {
    test(`${name} finishes under an 8 MiB cap`, async () => {
      const out = await exec(code, { fuel: 2e9, timeoutMs: 60_000 }, { memoryLimitBytes: 8 * MiB });
      assert.equal(out.ok, true, out.error?.traceback ?? out.error?.message);
      assert.ok(out.memoryBytes <= 8 * MiB, `peak ${out.memoryBytes}`);
    });
  }

  test('gc.collect() frees garbage in the middle of a run', async () => {
    const out = await exec('import gc\nkeep = [str(i) * 20 for i in range(20000)]\nbefore = gc.mem_alloc()\ndel keep\ngc.collect()\nafter = gc.mem_alloc()\nprint(before > 400000, after < before // 4)');
    assert.equal(out.stdout, 'True True\n');
  });

  test('mem_alloc tracks live data; mem_alloc + mem_free is what the cap still allows', async () => {
    const out = await exec([
      'import gc',
      'gc.collect()',
      'a0, f0 = gc.mem_alloc(), gc.mem_free()',
      'live = [bytearray(1000) for _ in range(3000)]',
      'gc.collect()',
      'a1, f1 = gc.mem_alloc(), gc.mem_free()',
      'print(a1 - a0 >= 3000 * 1000, f0 - f1 >= 3000 * 1000, a1 + f1 <= 64 * 1024 * 1024)',
    ].join('\n'));
    assert.equal(out.stdout, 'True True True\n');
  });

  test('a program keeping more than the cap still gets MemoryError, not a crash', async () => {
    const out = await exec('keep = []\nwhile True:\n    keep.append(bytearray(50000))', {}, { memoryLimitBytes: 8 * MiB });
    assert.equal(out.error?.type, 'MemoryError');
    assert.ok(out.memoryBytes <= 8 * MiB);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exec } from '../support/vm.js';

/*
 * Work must cost in proportion to its size. Fuel is deterministic, so these are exact checks of
 * how cost grows (no clocks): each program runs at n and 4n, and the extra fuel for 4n must stay
 * well under the 16x a quadratic cost would give. Each one was quadratic in the stock build.
 */

const LIMITS = { fuel: 5_000_000_000, timeoutMs: 60_000 };

async function fuelOf(code: string): Promise<number> {
  const outcome = await exec(code, LIMITS);
  assert.equal(outcome.ok, true, outcome.error?.traceback);
  return outcome.fuelUsed;
}

/** Fuel of `work(n)` beyond `setup(n)`, at n and 4n; the ratio must look linear. */
async function assertLinear(setup: (n: number) => string, work: string, n: number): Promise<void> {
  const cost = async (size: number) => (await fuelOf(`${setup(size)}\n${work}`)) - (await fuelOf(setup(size)));
  const small = await cost(n);
  const large = await cost(4 * n);
  assert.ok(small > 0, 'the measured work costs some fuel');
  assert.ok(large / small < 6, `4x the size cost ${(large / small).toFixed(1)}x the fuel (quadratic would be 16x)`);
}

describe('costs grow linearly', () => {
  test('repr and json.dumps of a long list (string buffers grow geometrically)', async () => {
    await assertLinear((n) => `import json\nv = list(range(${n}))`, 'r = repr(v)\nj = json.dumps(v)', 16_000);
  });

  test('str.join and f-strings building a long text', async () => {
    await assertLinear((n) => `parts = ["item %d" % i for i in range(${n})]`, 'text = ",".join(parts)\nout = f"{parts}"', 16_000);
  });

  test('calling a closure with many free variables in a loop (its argument array is freed each call)', async () => {
    const setup = (n: number) => [
      'def outer():',
      '    a = b = c = d = e = f = g = 1',
      '    def inner(v, w, x):',
      '        return v + a + b + c + d + e + f + g',
      '    return inner',
      'inner = outer()',
      `xs = list(range(${n}))`,
    ].join('\n');
    await assertLinear(setup, 'ys = [inner(x, 1, None) for x in xs]', 16_000);
  });

  test('allocating multi-block objects while the heap is full of live data', async () => {
    await assertLinear((n) => `keep = [str(i) * 3 for i in range(${n})]`, 'more = [(i, i, i, i, i) for i in range(len(keep))]', 8_000);
  });
});

describe('costs independent of unrelated state', () => {
  test('making strings does not get slower as the program interns more names', async () => {
    // 3,000 attribute names are interned; before the fix every new string was compared with each.
    const interned = (count: number) => [
      'class O:',
      '    pass',
      'o = O()',
      `for i in range(${count}):`,
      "    setattr(o, 'name_%d' % i, i)",
    ].join('\n');
    const work = "words = [('w%d' % (i % 50))[1:] for i in range(5000)]";
    const cost = async (count: number) => (await fuelOf(`${interned(count)}\n${work}`)) - (await fuelOf(interned(count)));
    const few = await cost(10);
    const many = await cost(3_000);
    assert.ok(few > 0, 'the measured work costs some fuel');
    assert.ok(many / few < 1.5, `with 3,000 interned names the same strings cost ${(many / few).toFixed(1)}x the fuel`);
  });
  test('repeating a sequence copies whole blocks, not one item at a time', async () => {
    // One copy per repetition cost 1.4M fuel here; allocating and clearing the list is most of
    // what remains (about 0.47M).
    const base = await fuelOf('n = 1_000_000');
    const repeat = (await fuelOf('n = 1_000_000\nl = [0] * n')) - base;
    assert.ok(repeat < 800_000, `[0] * 1M cost ${repeat} fuel`);
  });
});

describe('costs that must be charged', () => {
  test('a bulk memory copy costs fuel in proportion to its length', async () => {
    const setup = 'a = bytearray(4_000_000)\nb = bytearray(4_000_000)\nm = memoryview(b)';
    const copies = async (count: number) => (await fuelOf(`${setup}\nfor i in range(${count}):\n    m[:] = a`)) - (await fuelOf(setup));
    const one = await copies(1);
    const ten = await copies(10);
    // A copy is charged about one unit per 128 bytes (roughly the time one bytecode takes).
    assert.ok(one >= 4_000_000 / 256, `a 4 MB copy cost only ${one} fuel`);
    assert.ok(ten >= 9 * one, 'ten copies cost ten times one');
  });

  test('a forced collection costs fuel that grows with the heap', async () => {
    const collect = async (keep: number) => {
      const setup = `import gc\nkeep = [bytearray(1000) for i in range(${keep})]`;
      return (await fuelOf(`${setup}\nfor i in range(50):\n    gc.collect()`)) - (await fuelOf(setup));
    };
    const small = await collect(100);
    const large = await collect(20_000);
    assert.ok(large > 2 * small, `collections over a 20 MB heap cost ${large}, over a small one ${small}`);
  });
});

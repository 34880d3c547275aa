import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { GuestJsonError, parseSliced, type Builder } from '../../src/host-calls/sliced-json.js';

/**
 * The sliced parser against V8's JSON.parse: on any text, both accept with equal values or both
 * refuse; nesting beyond the limit is refused however the text goes on.
 */

const plain: Builder<Record<string, unknown>> = {
  startObject: () => ({}),
  addEntry: (object, key, value) => {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  },
  finishObject: (object) => object,
};

const parse = (text: string, maxDepth = 1000) => parseSliced(text, plain, { maxDepth, sliceMs: 1 });

async function outcome(run: () => Promise<unknown> | unknown): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await run() };
  } catch {
    return { ok: false };
  }
}

/** Fragments that make near-JSON: valid pieces, and the mistakes a hostile guest would try. */
const fragment = fc.constantFrom('[', ']', '{', '}', ',', ':', '"', '"a"', '\\', '\\"', '\\u0000', '\\ud800', '\\x', '0', '-0', '01', '1.',
  '1e5', '.5', '-', 'true', 'tru', 'null', 'NaN', ' ', '\n', '\t', '\u0001', '\u00a0', 'é', '__proto__');

describe('sliced JSON parser', () => {
  test('any JSON value round-trips exactly as with JSON.parse', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t'), async (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      assert.deepEqual(await parse(text), JSON.parse(text));
    }), { numRuns: 300 });
  });

  test('on near-JSON text both parsers accept the same texts with the same values', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')), async (text) => {
      const ours = await outcome(() => parse(text));
      const v8 = await outcome(() => JSON.parse(text) as unknown);
      assert.equal(ours.ok, v8.ok, `disagreement on ${JSON.stringify(text)}`);
      if (ours.ok && v8.ok) assert.deepEqual(ours.value, v8.value);
    }), { numRuns: 2000 });
  });

  test('nesting beyond the limit is refused as soon as it is reached, for arrays, objects and mixtures', async () => {
    for (const text of ['['.repeat(500_000), '{"a":'.repeat(100_000), '[{"a":'.repeat(50_000), `${'['.repeat(66)}${']'.repeat(66)}`]) {
      await assert.rejects(parse(text, 64), (error: unknown) => error instanceof GuestJsonError && error.reason === 'depth');
    }
    // Values may sit at depth 64 at most: 65 nested arrays, the innermost empty.
    const deepest = `${'['.repeat(65)}${']'.repeat(65)}`;
    assert.deepEqual(await parse(deepest, 64), JSON.parse(deepest));
    await assert.rejects(parse(`${'['.repeat(65)}0${']'.repeat(65)}`, 64), GuestJsonError);
  });

  test('a large payload is parsed in slices: timers run before it is done', async () => {
    const text = `[${Array.from({ length: 200_000 }, (_, i) => `{"k${i}": [${i}, "v"]}`).join(',')}]`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const value = (await parse(text)) as unknown[];
      assert.equal(value.length, 200_000);
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 0, 'no timer ran while the payload was parsed');
  });

  test('an aborted signal abandons the parse at the next slice', async () => {
    const text = `[${'0,'.repeat(500_000)}0]`;
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(parseSliced(text, plain, { maxDepth: 64, sliceMs: 0, signal: controller.signal }),
      (error: unknown) => error instanceof GuestJsonError && error.reason === 'abandoned');
  });
});

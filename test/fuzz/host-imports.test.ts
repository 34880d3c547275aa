import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CryptoRandom, RealClock } from '../../src/host/clock.js';
import { GuestMemory, GuestMemoryFault } from '../../src/host/guest-memory.js';
import { buildImports } from '../../src/host/imports.js';
import { OutputSink } from '../../src/host/output-sink.js';
import { StdinSource } from '../../src/host/stdio.js';
import { VirtualFileSystem } from '../../src/vfs/virtual-file-system.js';
import { DEFAULT_FS_LIMITS } from '../../src/worker/session-config.js';

/**
 * Every host import, called with arbitrary integers as pointers, lengths, counts and flags, must
 * either return (an errno, a count, a value) or raise the one contained error (GuestMemoryFault,
 * which discards the VM). It must never throw anything else, never grow memory past the cap, and
 * never leave the filesystem unusable.
 */

const PAGE = 65536;
const MEMORY_PAGES = 16; // 1 MiB of guest memory

function setup() {
  const memory = new WebAssembly.Memory({ initial: MEMORY_PAGES, maximum: 64 });
  const mem = new GuestMemory(() => memory);
  const fs = new VirtualFileSystem({ limits: DEFAULT_FS_LIMITS });
  const { imports } = buildImports({
    memory: mem,
    stdio: { stdin: new StdinSource(new TextEncoder().encode('input data\n')), stdout: new OutputSink(4096), stderr: new OutputSink(4096) },
    fs: () => fs,
    maxPathBytes: () => 4096,
    clock: () => new RealClock(),
    random: () => new CryptoRandom(),
    fuelExhausted: () => false,
    sleep: () => {},
    hostCall: (args) => args.join('|'),
  });
  return { memory, mem, fs, imports };
}

/** Integers a hostile guest would pass: small, around the memory edge, huge, negative, odd. */
const guestInt = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.integer({ min: MEMORY_PAGES * PAGE - 64, max: MEMORY_PAGES * PAGE + 64 }),
  fc.integer({ min: 0, max: MEMORY_PAGES * PAGE }),
  fc.constantFrom(0, -1, -100, 0x7fffffff, -0x80000000, 0xffffffff, 2 ** 31, 4096),
);

function callSafely(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    assert.ok(error instanceof GuestMemoryFault, `unexpected ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
    return 'fault';
  }
}

describe('host imports under arbitrary arguments', () => {
  const { memory, fs, imports } = setup();
  const all = Object.entries(imports).flatMap(([mod, fields]) =>
    Object.entries(fields).filter(([name]) => name !== 'fuel_exhausted').map(([name, fn]) => ({ mod, name, fn: fn as (...a: unknown[]) => unknown })));

  test('the import object is exactly the mps namespace native/port/imports.h declares', () => {
    const declared = [...readFileSync(new URL('../../../native/port/imports.h', import.meta.url), 'utf8').matchAll(/^MPS_IMPORT\((\w+)\)/gm)].map((m) => m[1]!);
    assert.deepEqual(Object.keys(imports), ['mps']);
    assert.deepEqual(Object.keys(imports['mps']!).sort(), declared.sort());
  });

  for (const { mod, name, fn } of all) {
    test(`${mod}.${name}`, () => {
      fc.assert(
        fc.property(fc.array(guestInt, { minLength: 0, maxLength: 9 }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (ints, big) => {
          // fs_seek takes an f64 offset: also try fractional and out-of-range ones.
          const args: unknown[] = name === 'fs_seek' ? [ints[0] ?? 3, Number(big) / 3, ints[1] ?? 0] : ints;
          const result = callSafely(fn, args);
          assert.ok(result === undefined || result === 'fault' || typeof result === 'number', `${name} returned ${typeof result}`);
          if (typeof result === 'number') assert.ok(Number.isFinite(result));
          assert.equal(memory.buffer.byteLength, MEMORY_PAGES * PAGE, 'an import grew memory');
        }),
        { numRuns: 300, seed: 424242 },
      );
    });
  }

  test('the filesystem is still consistent and usable afterwards', () => {
    const fd = fs.open('/tmp/after-fuzz.txt', 0o1 | 0o100 | 0o1000, 0o644);
    fs.write(fd, new TextEncoder().encode('still works'));
    fs.close(fd);
    assert.equal(new TextDecoder().decode(fs.readFile('/tmp/after-fuzz.txt')), 'still works');
    assert.ok(fs.usage().bytes <= DEFAULT_FS_LIMITS.quotaBytes);
  });
});

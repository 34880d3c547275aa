import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CryptoRandom, RealClock } from '../../src/host/clock-random.js';
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
const CAP = 2 * 1024 * 1024;

function setup() {
  const memory = new WebAssembly.Memory({ initial: MEMORY_PAGES, maximum: 64 });
  const mem = new GuestMemory(() => memory);
  const fs = new VirtualFileSystem({ limits: DEFAULT_FS_LIMITS });
  let next = 8;
  const imports = buildImports({
    memory: mem,
    rawMemory: () => memory,
    exports: () => ({
      // A bump allocator over guest memory, failing (0) when out of room, as malloc does.
      malloc: (n: number) => {
        if (!(n >= 0) || next + n > memory.buffer.byteLength) return 0;
        const at = next;
        next += Math.ceil(n / 8) * 8 + 8;
        return at;
      },
      free: () => {},
      proxy_c_free_obj: () => {},
    }),
    stdio: { stdin: new StdinSource(new TextEncoder().encode('input data\n')), stdout: new OutputSink(4096), stderr: new OutputSink(4096) },
    fs: () => fs,
    maxPathBytes: () => 4096,
    clock: () => new RealClock(),
    random: () => new CryptoRandom(),
    heap: { capBytes: () => CAP, grown: () => {}, refused: () => {} },
    outOfFuel: () => {},
    sleep: () => {},
    heapRoom: () => 0,
    hostCall: () => '',
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
    Object.entries(fields).filter(([name]) => name !== 'out_of_fuel' && name !== '_abort_js').map(([name, fn]) => ({ mod, name, fn: fn as (...a: unknown[]) => unknown })));

  test('the import object lists the surfaces we expect', () => {
    const names = all.map((i) => `${i.mod}.${i.name}`);
    for (const expected of ['wasi_snapshot_preview1.fd_write', 'env.__syscall_openat', 'env.lookup_attr', 'env.emscripten_resize_heap', 'mps.heap_room']) {
      assert.ok(names.includes(expected), expected);
    }
  });

  for (const { mod, name, fn } of all) {
    test(`${mod}.${name}`, () => {
      fc.assert(
        fc.property(fc.array(guestInt, { minLength: 0, maxLength: 9 }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (ints, big) => {
          // fd_seek takes an i64 offset (a BigInt from JS's point of view).
          const args: unknown[] = name === 'fd_seek' ? [ints[0] ?? 3, big, ints[1] ?? 0, ints[2] ?? 0] : ints;
          const result = callSafely(fn, args);
          assert.ok(result === undefined || result === 'fault' || typeof result === 'number', `${name} returned ${typeof result}`);
          if (typeof result === 'number') assert.ok(Number.isFinite(result));
          assert.ok(memory.buffer.byteLength <= CAP, 'memory grew past the cap');
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

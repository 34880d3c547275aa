import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { createPool, SandboxError, SnapshotError, type Session } from '../../src/index.js';
import { assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Snapshot attacks: bytes handed to restoreSession() may come from anywhere (a file, a client, a
 * database). Corrupt, truncated, extended or random bytes must be refused with SnapshotError and
 * nothing else. The digest is a plain SHA-256, so anyone can also re-seal modified bytes: such
 * forged snapshots must still be refused, or restore a session that obeys its own limits.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
let real: Uint8Array;
const MiB = 1024 * 1024;
const LIMIT = 16 * MiB;

before(async () => {
  canary = await createCanary(pool);
  const s = await pool.createSession({ memoryLimit: LIMIT });
  await s.run('model = {"weights": [0.1, 0.2]}\nopen("/tmp/state.txt", "w").write("saved")');
  real = await s.snapshot();
  await s.close();
});
after(() => pool.close());

/** Deterministic PRNG (mulberry32) so every run of the suite tries the same mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Flips bit `bit` of byte `at`. */
function flip(bytes: Uint8Array, at: number, bit: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
}

/** The parts of a snapshot: fixed prefix, header JSON, page data, filesystem state. */
function parse(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(12, true);
  const header = JSON.parse(Buffer.from(bytes.subarray(16, 16 + headerLength)).toString('utf8')) as Record<string, unknown> & { fsStateBytes: number; pages: number[] };
  const body = bytes.subarray(16 + headerLength, bytes.length - 32);
  return { prefix: bytes.subarray(0, 12), header, pages: body.subarray(0, body.length - header.fsStateBytes), fsState: body.subarray(body.length - header.fsStateBytes) };
}

/** Re-assembles and re-seals a snapshot with a valid digest (what any attacker can do). */
function seal(prefix: Uint8Array, header: Record<string, unknown>, pages: Uint8Array, fsState: Uint8Array): Uint8Array {
  const headerBytes = Buffer.from(JSON.stringify({ ...header, fsStateBytes: fsState.length }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const body = Buffer.concat([prefix, length, headerBytes, pages, fsState]);
  return new Uint8Array(Buffer.concat([body, createHash('sha256').update(body).digest()]));
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A filesystem state in the documented format (see src/vfs/state.ts), with any paths we like. */
function fsState(entries: Array<{ dir: true; path: string } | { dir: false; path: string; content: string }>): Uint8Array {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    parts.push(b);
  };
  const block = (b: Buffer) => {
    u32(b.length);
    parts.push(b);
  };
  block(Buffer.from('/'));
  u32(entries.length);
  for (const e of entries) {
    parts.push(Buffer.from([e.dir ? 1 : 2]));
    block(Buffer.from(e.path));
    parts.push(Buffer.alloc(24));
    if (e.dir) parts.push(Buffer.from([1]));
    else block(Buffer.from(e.content));
  }
  const payload = Buffer.concat(parts);
  const head = Buffer.alloc(18);
  Buffer.from([0x89, 0x4d, 0x50, 0x59, 0x56, 0x46, 0x53, 0x0a]).copy(head);
  head.writeUInt16LE(1, 8);
  head.writeUInt32LE(payload.length, 10);
  head.writeUInt32LE(crc32(payload), 14);
  return new Uint8Array(Buffer.concat([head, payload]));
}

/** Restores bytes and reports the outcome; a restored session must answer a run. */
async function tryRestore(bytes: unknown, options: { memoryLimit?: number } = { memoryLimit: LIMIT }): Promise<{ kind: 'refused'; error: Error } | { kind: 'restored'; session: Session }> {
  let session: Session;
  try {
    session = await pool.restoreSession(bytes as Uint8Array, options);
  } catch (error) {
    return { kind: 'refused', error: error as Error };
  }
  return { kind: 'restored', session };
}

describe('snapshot attacks', () => {
  attack('random bytes of many sizes are refused with SnapshotError', async () => {
    const random = prng(1);
    for (const size of [0, 1, 7, 8, 16, 47, 48, 100, 4096, 65536, 1 << 20]) {
      const bytes = new Uint8Array(size).map(() => Math.floor(random() * 256));
      const outcome = await tryRestore(bytes);
      assert.equal(outcome.kind, 'refused', `${size} random bytes restored a session`);
      assert.ok(outcome.kind === 'refused' && outcome.error instanceof SnapshotError, `${size} bytes: ${outcome.kind === 'refused' ? outcome.error.name : ''}`);
    }
    const magicOnly = new Uint8Array(real.length);
    magicOnly.set(real.subarray(0, 16));
    const outcome = await tryRestore(magicOnly);
    assert.ok(outcome.kind === 'refused' && outcome.error instanceof SnapshotError);
    await assertHostUnharmed(pool, canary);
  });

  attack('200 seeded mutations of a real snapshot (flips, truncations, extensions) give SnapshotError or a working session', async () => {
    const random = prng(20240601);
    const counts = { refused: 0, restored: 0 };
    for (let i = 0; i < 200; i++) {
      let bytes = real.slice();
      const kind = i % 4;
      if (kind === 0) {
        for (let n = 1 + Math.floor(random() * 8); n > 0; n--) flip(bytes, Math.floor(random() * bytes.length), Math.floor(random() * 8));
      } else if (kind === 1) {
        bytes = bytes.slice(0, Math.floor(random() * bytes.length));
      } else if (kind === 2) {
        const extra = new Uint8Array(1 + Math.floor(random() * 4096)).map(() => Math.floor(random() * 256));
        const out = new Uint8Array(bytes.length + extra.length);
        out.set(bytes);
        out.set(extra, bytes.length);
        bytes = out;
      } else {
        const at = Math.floor(random() * bytes.length);
        bytes.fill(Math.floor(random() * 256), at, Math.min(bytes.length, at + 1 + Math.floor(random() * 64)));
        if (bytes.every((b, j) => b === real[j])) bytes[at] = (bytes[at] ?? 0) ^ 0xff;
      }
      const outcome = await tryRestore(bytes);
      if (outcome.kind === 'refused') {
        assert.ok(outcome.error instanceof SnapshotError, `mutation ${i} was refused with ${outcome.error.name}: ${outcome.error.message}`);
        counts.refused++;
      } else {
        const r = await outcome.session.run('1 + 1');
        assert.equal(r.value, 2, `mutation ${i} restored a session that does not work`);
        await outcome.session.close();
        counts.restored++;
      }
    }
    assert.equal(counts.refused + counts.restored, 200);
    await assertHostUnharmed(pool, canary);
  });

  attack('values that are not bytes are refused with a typed error', async () => {
    for (const value of ['MPYSNAP', 42, null, undefined, {}, [1, 2, 3], new ArrayBuffer(64), new DataView(new ArrayBuffer(8)), new Uint16Array(real.buffer.slice(0, 64))]) {
      const outcome = await tryRestore(value);
      if (value === undefined && outcome.kind === 'restored') {
        await outcome.session.close(); // restoreSession(undefined) is a plain new session
        continue;
      }
      assert.equal(outcome.kind, 'refused', `restored from ${String(value)}`);
      assert.ok(outcome.kind === 'refused' && SandboxError.isInstance(outcome.error), `untyped error for ${String(value)}`);
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('a restored snapshot does not carry host function grants: only the restoring options decide', async () => {
    const calls: string[] = [];
    const s = await pool.createSession({ functions: { privileged: () => { calls.push('original'); return 'ok'; } } });
    assert.equal((await s.run('privileged()')).value, 'ok');
    const bytes = await s.snapshot();
    await s.close();
    const outcome = await tryRestore(bytes, {});
    assert.equal(outcome.kind, 'restored');
    if (outcome.kind !== 'restored') return;
    const r = await outcome.session.run('import host\ntry:\n    privileged()\nexcept Exception as e:\n    result = type(e).__name__ + ": " + str(e)\nresult');
    assert.match(String(r.value), /^HostError: .*no function named 'privileged'|^HostError: no host functions are granted/);
    assert.deepEqual(calls, ['original']);
    await outcome.session.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('200 seeded mutations re-sealed with a valid digest never crash or hang the host', async () => {
    const random = prng(7);
    const { prefix, header, pages, fsState: fs } = parse(real);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const h = structuredClone(header);
      const p = pages.slice();
      const f = fs.slice();
      const kind = i % 4;
      if (kind === 0) for (let n = 1 + Math.floor(random() * 16); n > 0; n--) flip(p, Math.floor(random() * p.length), Math.floor(random() * 8));
      else if (kind === 1) flip(f, Math.floor(random() * f.length), Math.floor(random() * 8));
      else if (kind === 2) {
        // The page table: a page dropped, or two pages' places swapped (the data lands elsewhere).
        const a = Math.floor(random() * h.pages.length);
        const b = Math.floor(random() * h.pages.length);
        if (random() < 0.5) h.pages.splice(a, 1);
        else [h.pages[a], h.pages[b]] = [h.pages[b]!, h.pages[a]!];
      } else {
        const keys = ['memoryBytes', 'usedBytes'] as const;
        const key = keys[Math.floor(random() * keys.length)]!;
        h[key] = [0, -1, 1.5, 2 ** 31, 2 ** 32, Number(h[key]) + 1, Number(h[key]) - 65536][Math.floor(random() * 7)];
      }
      const outcome = await tryRestore(seal(prefix, h, p, f));
      let label: string;
      if (outcome.kind === 'refused') {
        assert.ok(SandboxError.isInstance(outcome.error), `mutation ${i}: untyped ${outcome.error.name}: ${outcome.error.message}`);
        label = outcome.error.name;
      } else {
        // A tampered image is the guest's own memory: it may compute anything, but the run must
        // come back as a result, within its limits.
        const r = await outcome.session.run('1 + 1', { timeoutMs: 2000 });
        assert.equal(typeof r.ok, 'boolean', `mutation ${i}: the run did not give a result`);
        label = r.value === 2 ? 'working' : r.error ? `run ${r.error.kind}` : 'wrong value';
        await outcome.session.close();
      }
      outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
    }
    assert.equal([...outcomes.values()].reduce((a, b) => a + b, 0), 200);
    await assertHostUnharmed(pool, canary);
  });

  /*
   * The digest proves a snapshot intact, not authentic: anyone can edit one and re-seal it. A
   * re-sealed snapshot claiming 1 GiB of memory must not give a session more linear memory than
   * its memoryLimit (which the guest could then fill, through uctypes, to grow host RSS).
   */
  attack('a re-sealed snapshot cannot give a session more linear memory than its memoryLimit', async () => {
    const { prefix, header, pages, fsState: fs } = parse(real);
    const forged = seal(prefix, { ...header, memoryBytes: 1024 * MiB }, pages, fs);
    const outcome = await tryRestore(forged, { memoryLimit: LIMIT });
    if (outcome.kind === 'restored') {
      const r = await outcome.session.run('model["weights"]');
      await outcome.session.close();
      assert.ok(r.memoryBytes <= LIMIT, `the restored session has ${r.memoryBytes / MiB} MiB of linear memory, past its ${LIMIT / MiB} MiB memoryLimit`);
    } else {
      assert.ok(outcome.error instanceof SnapshotError, `${outcome.error.name}: ${outcome.error.message}`);
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('a re-sealed snapshot whose filesystem names host paths restores only in-memory files', async () => {
    const { prefix, header, pages } = parse(real);
    const forged = seal(prefix, header, pages, fsState([
      { dir: true, path: '/tmp' },
      { dir: true, path: '/etc' },
      { dir: false, path: '/etc/passwd', content: 'forged' },
    ]));
    const outcome = await tryRestore(forged);
    if (outcome.kind === 'restored') {
      const r = await outcome.session.run('open("/etc/passwd").read()');
      assert.equal(r.value, 'forged', 'only the in-memory file is visible');
      await outcome.session.close();
    } else {
      assert.ok(SandboxError.isInstance(outcome.error));
    }
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Re-sealed bytes that are well-formed but wrong (a filesystem section with a '..' path or over
   * quota, a VM image that does not run) are refused with SnapshotError like any other bad
   * snapshot, not with a retryable WorkerCrashedError.
   */
  attack('re-sealed snapshots with a bad filesystem section or a broken VM image are refused with SnapshotError', async () => {
    const { prefix, header, pages, fsState: fs } = parse(real);
    // The interpreter's static data (its state and the roots of every object) follows the 2 MiB
    // stack: the first 16 non-zero pages from there on, overwritten with 0xff.
    const statePages = pages.slice();
    header.pages.forEach((page, i) => {
      if (page >= 512 && page < 512 + 16) statePages.fill(0xff, i * 4096, (i + 1) * 4096);
    });
    const cases: Record<string, Uint8Array> = {
      'fs entry with ..': seal(prefix, header, pages, fsState([{ dir: true, path: '/tmp' }, { dir: false, path: '/tmp/../etc', content: 'x' }])),
      'fs entry over quota': seal(prefix, header, pages, fsState([{ dir: true, path: '/tmp' }, { dir: false, path: '/tmp/big', content: 'x'.repeat(20 * MiB) }])),
      'interpreter state overwritten': seal(prefix, header, statePages, fs),
      'zeroed memory pages': seal(prefix, header, new Uint8Array(pages.length), fs),
    };
    const wrong: string[] = [];
    for (const [name, bytes] of Object.entries(cases)) {
      const outcome = await tryRestore(bytes);
      if (outcome.kind === 'restored') {
        const r = await outcome.session.run('1 + 1');
        await outcome.session.close();
        if (r.value !== 2) wrong.push(`${name}: restored a session that does not work (${r.error?.type})`);
      } else if (!(outcome.error instanceof SnapshotError)) {
        wrong.push(`${name}: ${outcome.error.name} (${(outcome.error as SandboxError).code}): ${outcome.error.message.slice(0, 100)}`);
      }
    }
    assert.deepEqual(wrong, [], wrong.join('\n'));
    await assertHostUnharmed(pool, canary);
  });

  /*
   * A filesystem section may claim any number of entries; a snapshot of 260,000 empty files took
   * seconds and about a gigabyte to restore (and to snapshot again after every run). More entries
   * than the restoring session's fsMaxEntries are refused before any of them is built.
   */
  attack('a re-sealed snapshot with 260,000 empty files is refused with SnapshotError', async () => {
    const { prefix, header, pages } = parse(real);
    const entries: Parameters<typeof fsState>[0] = [{ dir: true, path: '/tmp' }];
    for (let d = 0; d < 100; d++) {
      entries.push({ dir: true, path: `/tmp/d${d}` });
      for (let i = 0; i < 2600; i++) entries.push({ dir: false, path: `/tmp/d${d}/${i}`, content: '' });
    }
    const outcome = await tryRestore(seal(prefix, header, pages, fsState(entries)));
    if (outcome.kind === 'restored') await outcome.session.close();
    assert.equal(outcome.kind, 'refused', 'a session with 260,000 entries was restored');
    assert.ok(outcome.kind === 'refused' && outcome.error instanceof SnapshotError, String(outcome.kind === 'refused' && outcome.error));
    await assertHostUnharmed(pool, canary);
  });

  attack('a forged header carrying __proto__ does not pollute the host', async () => {
    const { prefix, header, pages, fsState: fs } = parse(real);
    const h = JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(header).slice(1)}`) as Record<string, unknown>;
    h['host'] = JSON.parse('{"__proto__": {"polluted": 2}, "deterministic": {"__proto__": {"polluted": 3}}}');
    const outcome = await tryRestore(seal(prefix, h, pages, fs));
    if (outcome.kind === 'restored') await outcome.session.close();
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    await assertHostUnharmed(pool, canary);
  });
});

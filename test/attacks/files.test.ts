import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { ATTEMPT, assertGuestError, assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Filesystem attacks: escaping the virtual tree (traversal, special files, links inside real host
 * mounts), exhausting it (huge files, descriptors, nesting, quota), and tampering with the
 * MicroPython VFS layer itself. A sentinel file with unique content lives next to each mount
 * folder, outside it: the guest must never read it, change it or learn its content.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;

/** errno numbers as MicroPython reports them. */
const E = { EPERM: 1, ENOENT: 2, EBADF: 9, EACCES: 13, EEXIST: 17, EXDEV: 18, EINVAL: 22, EMFILE: 24, EFBIG: 27, ENOSPC: 28, EROFS: 30, ENAMETOOLONG: 36 } as const;

let root: string;
let mountDir: string;
let sentinelPath: string;
const sentinel = `SENTINEL-${randomUUID()}`;

before(async () => {
  canary = await createCanary(pool);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mps-attacks-'));
  mountDir = path.join(root, 'mount');
  fs.mkdirSync(mountDir);
  sentinelPath = path.join(root, 'sentinel.txt');
  fs.writeFileSync(sentinelPath, sentinel);
  fs.writeFileSync(path.join(mountDir, 'ok.txt'), 'ok');
  fs.symlinkSync(sentinelPath, path.join(mountDir, 'link.txt'));
  fs.symlinkSync(root, path.join(mountDir, 'dirlink'));
  fs.symlinkSync('../sentinel.txt', path.join(mountDir, 'rellink.txt'));
  fs.linkSync(sentinelPath, path.join(mountDir, 'hard.txt'));
  execFileSync('mkfifo', [path.join(mountDir, 'fifo')]);
});
after(async () => {
  await pool.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function assertSentinelIntact(): void {
  assert.equal(fs.readFileSync(sentinelPath, 'utf8'), sentinel, 'the file outside the mount was changed');
}

function assertNoSentinel(text: string): void {
  assert.ok(!text.includes(sentinel), 'the guest read the sentinel outside the mount');
}

/** Runs `use` on a fresh host folder, removed afterwards. */
async function withFolder(prefix: string, use: (folder: string) => Promise<void>): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    await use(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Bytes of the regular files directly in `folder`. */
function bytesIn(folder: string): number {
  return fs.readdirSync(folder).reduce((n, name) => n + fs.statSync(path.join(folder, name)).size, 0);
}

describe('filesystem attacks', () => {
  attack('path traversal to host files (../../etc/passwd, /proc/self/environ, /etc/shadow) finds nothing', async () => {
    const paths = ['../../etc/passwd', '/../../../etc/passwd', '/proc/self/environ', '/etc/shadow', '/tmp/../../etc/hosts', '/proc/1/cmdline', '/root/.ssh/id_rsa', 'C:\\Windows\\win.ini'];
    const r = await pool.run(`${ATTEMPT}[attempt(lambda p: open(p).read(), p) for p in ${JSON.stringify(paths)}]`);
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, paths.map(() => `OSError:${E.ENOENT}`));
    await assertHostUnharmed(pool, canary);
  });

  attack('device and process files (/dev/zero, /dev/urandom, /proc/self/mem, /proc/self/fd/0) do not exist', async () => {
    const paths = ['/dev/zero', '/dev/urandom', '/dev/stdin', '/proc/self/mem', '/proc/self/fd/0', '/sys/kernel/notes'];
    const r = await pool.run(`${ATTEMPT}[attempt(lambda p: open(p, "rb").read(16), p) for p in ${JSON.stringify(paths)}]`);
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, paths.map(() => `OSError:${E.ENOENT}`));
    await assertHostUnharmed(pool, canary);
  });

  attack('a sparse write at 2**31 - 1 (or seeking to 2**31) fails cleanly without allocating host memory', async () => {
    const rssBefore = process.memoryUsage().rss;
    const r = await pool.run([
      ATTEMPT,
      'f = open("/tmp/huge", "wb")',
      'def far(pos):',
      '    f.seek(pos)',
      '    return f.write(b"x")',
      '[attempt(far, 2**31 - 1), attempt(far, 2**31), attempt(far, 2**63), attempt(far, 17 * 1024 * 1024)]',
    ].join('\n'));
    assert.equal(r.ok, true, r.error?.message);
    const [a, b, c, d] = r.value as string[];
    assert.match(a!, new RegExp(`^OSError:(${E.EFBIG}|${E.ENOSPC}|${E.EINVAL})$`));
    assert.match(b!, /^OverflowError|^OSError/);
    assert.match(c!, /^OverflowError|^OSError/);
    assert.match(d!, new RegExp(`^OSError:(${E.EFBIG}|${E.ENOSPC})$`));
    assert.ok(process.memoryUsage().rss - rssBefore < 512 * 1024 * 1024);
    await assertHostUnharmed(pool, canary);
  });

  attack('opening 10,000 files ends in a clean EMFILE', async () => {
    const r = await pool.run([
      'import errno',
      'files = []',
      'try:',
      '    for i in range(10000):',
      '        files.append(open("/tmp/f%d" % (i % 100), "w"))',
      'except OSError as e:',
      '    result = (e.errno, len(files))',
      'result',
    ].join('\n'));
    assert.equal(r.ok, true, r.error?.message);
    const [errno, opened] = r.value as [number, number];
    assert.equal(errno, E.EMFILE);
    assert.ok(opened < 10_000 && opened > 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('deep directory nesting, by absolute paths and by chdir + relative paths, stops at the path limit', async () => {
    const s = await pool.createSession();
    const r = await s.run([
      'import os',
      'os.chdir("/tmp")',
      'depth = 0',
      'try:',
      '    while True:',
      '        os.mkdir("d")',
      '        os.chdir("d")',
      '        depth += 1',
      'except OSError as e:',
      '    result = (e.errno, depth)',
      'result',
    ].join('\n'), { timeoutMs: 10_000 });
    assert.equal(r.ok, true, r.error?.message);
    const [errno, depth] = r.value as [number, number];
    assert.equal(errno, E.ENAMETOOLONG);
    assert.ok(depth > 100 && depth < 4096, `nested ${depth} deep`);
    // The host side copes with the deepest tree the guest could build.
    const files = await s.fs.listFiles('/');
    assert.ok(Array.isArray(files));
    assert.ok((await s.snapshot()).length > 0);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('renaming /tmp, removing / and creating top-level entries are refused', async () => {
    const r = await pool.run(`${ATTEMPT}import os\n[attempt(os.rename, "/tmp", "/tmp2"), attempt(os.rmdir, "/"), attempt(os.remove, "/"), attempt(os.mkdir, "/etc"), attempt(lambda: open("/evil", "w")), attempt(os.rmdir, "/tmp"), attempt(os.rename, "/tmp", "/tmp/inner")]`);
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^OSError:\d+$/, outcome);
    const after = await pool.run('import os\nos.listdir("/")');
    assert.deepEqual(after.value, ['tmp']);
    await assertHostUnharmed(pool, canary);
  });

  attack('listdir("/") and friends reveal nothing of the host', async () => {
    const r = await pool.run('import os\n(sorted(os.listdir("/")), os.listdir("/tmp"), os.getcwd(), os.listdir("/tmp/../../.."), os.statvfs("/")[:4])');
    assert.equal(r.ok, true, r.error?.message);
    const [top, tmp, cwd, up] = r.value as [string[], string[], string, string[]];
    assert.deepEqual(top, ['tmp']);
    assert.deepEqual(tmp, []);
    assert.equal(cwd, '/');
    assert.deepEqual(up, ['tmp']);
    await assertHostUnharmed(pool, canary);
  });

  attack('a symlink inside a mount pointing outside is refused (open, stat, listdir through it)', async () => {
    const r = await pool.run(`${ATTEMPT}import os\n[attempt(lambda: open("/data/link.txt").read()), attempt(lambda: open("/data/rellink.txt").read()), attempt(os.stat, "/data/link.txt"), attempt(os.listdir, "/data/dirlink"), attempt(lambda: open("/data/dirlink/sentinel.txt").read()), sorted(os.listdir("/data"))]`, {
      mounts: [{ hostPath: mountDir, guestPath: '/data' }],
    });
    assert.equal(r.ok, true, r.error?.message);
    const results = r.value as unknown[];
    for (const outcome of results.slice(0, 5)) assert.equal(outcome, `OSError:${E.EACCES}`);
    assert.deepEqual(results[5], ['ok.txt'], 'links and special files are not even listed');
    assertNoSentinel(JSON.stringify(r));
    await assertHostUnharmed(pool, canary);
  });

  attack('a hard link inside a mount aliasing a file outside is refused, read and write', async () => {
    const r = await pool.run(`${ATTEMPT}[attempt(lambda: open("/data/hard.txt").read()), attempt(lambda: open("/data/hard.txt", "w").write("owned"))]`, {
      mounts: [{ hostPath: mountDir, guestPath: '/data', mode: 'rw' }],
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, [`OSError:${E.EACCES}`, `OSError:${E.EACCES}`]);
    assertNoSentinel(JSON.stringify(r));
    assertSentinelIntact();
    await assertHostUnharmed(pool, canary);
  });

  attack('a FIFO inside a mount is refused at once instead of blocking the worker', async () => {
    const r = await pool.run(`${ATTEMPT}[attempt(lambda: open("/data/fifo").read()), attempt(lambda: open("/data/fifo", "w"))]`, {
      mounts: [{ hostPath: mountDir, guestPath: '/data', mode: 'rw' }], timeoutMs: 5000,
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, [`OSError:${E.EACCES}`, `OSError:${E.EACCES}`]);
    await assertHostUnharmed(pool, canary);
  });

  attack('a link swapped in between runs (file replaced by a symlink to the sentinel) is refused', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'swap-'));
    fs.writeFileSync(path.join(dir, 'data.txt'), 'innocent');
    const s = await pool.createSession({ mounts: [{ hostPath: dir, guestPath: '/data' }] });
    assert.equal((await s.run('open("/data/data.txt").read()')).value, 'innocent');
    fs.rmSync(path.join(dir, 'data.txt'));
    fs.symlinkSync(sentinelPath, path.join(dir, 'data.txt'));
    const r = await s.run(`${ATTEMPT}attempt(lambda: open("/data/data.txt").read())`);
    assert.equal(r.value, `OSError:${E.EACCES}`);
    assertNoSentinel(JSON.stringify(r));
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('a read-only mount refuses every kind of write and the host folder stays unchanged', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'ro-'));
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'original');
    const r = await pool.run(`${ATTEMPT}import os\n[attempt(lambda: open("/ro/keep.txt", "w").write("x")), attempt(lambda: open("/ro/keep.txt", "a").write("x")), attempt(lambda: open("/ro/keep.txt", "r+").write("x")), attempt(lambda: open("/ro/new.txt", "w")), attempt(os.remove, "/ro/keep.txt"), attempt(os.rename, "/ro/keep.txt", "/ro/moved.txt"), attempt(os.mkdir, "/ro/sub"), attempt(os.rename, "/tmp", "/ro/tmp")]`, {
      mounts: [{ hostPath: dir, guestPath: '/ro', mode: 'ro' }],
    });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^OSError:\d+$/, outcome);
    assert.ok((r.value as string[]).slice(0, 7).every((o) => o === `OSError:${E.EROFS}`), JSON.stringify(r.value));
    assert.deepEqual(fs.readdirSync(dir), ['keep.txt']);
    assert.equal(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8'), 'original');
    await assertHostUnharmed(pool, canary);
  });

  attack('a rw mount cannot be used to write or rename outside its folder', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'rw-'));
    const r = await pool.run(`${ATTEMPT}import os\nopen("/rw/a.txt", "w").write("a")\n[attempt(lambda: open("/rw/../escape.txt", "w").write("x")), attempt(os.rename, "/rw/a.txt", "/rw/../../a.txt"), attempt(os.rename, "/rw/a.txt", "/tmp/a.txt"), attempt(lambda: open("/rw/" + "x" * 300, "w"))]`, {
      mounts: [{ hostPath: dir, guestPath: '/rw', mode: 'rw' }],
    });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^OSError:\d+$/, outcome);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt'], 'nothing but the legitimate file appeared in the folder');
    assert.ok(!fs.existsSync(path.join(root, 'escape.txt')) && !fs.existsSync(path.join(os.tmpdir(), 'a.txt')));
    assertSentinelIntact();
    await assertHostUnharmed(pool, canary);
  });

  attack('there is no mount table to tamper with: no vfs module, and os has no mount or umount', async () => {
    const r = await pool.run(`${ATTEMPT}import os\n[attempt(__import__, "vfs"), hasattr(os, "mount"), hasattr(os, "umount"), hasattr(os, "VfsPosix")]`);
    assert.equal(r.ok, true, r.error?.message);
    const [imported, ...found] = r.value as [string, boolean, boolean, boolean];
    assert.match(imported, /^ImportError/);
    assert.deepEqual(found, [false, false, false]);
    assertNoSentinel(JSON.stringify(r));
    await assertHostUnharmed(pool, canary);
  });

  attack('paths with NUL bytes cannot truncate into another path', async () => {
    const r = await pool.run(`${ATTEMPT}import os\n[attempt(open, "/tmp/a\\x00/../../etc/passwd"), attempt(open, b"/tmp/a\\x00b", "w"), attempt(os.stat, "/tmp\\x00"), attempt(os.listdir, "/\\x00etc"), attempt(os.rename, "/tmp/x\\x00", "/tmp/y")]`);
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^ValueError|^OSError|^TypeError/, outcome);
    await assertHostUnharmed(pool, canary);
  });

  attack('filling /tmp ends in a clean ENOSPC at the quota, with host memory bounded', async () => {
    const r = await pool.run([
      'written = 0',
      'try:',
      '    i = 0',
      '    while True:',
      '        with open("/tmp/fill%d" % i, "wb") as f:',
      '            for _ in range(64):',
      '                written += f.write(bytes(64 * 1024))',
      '        i += 1',
      'except OSError as e:',
      '    result = (e.errno, written)',
      'result',
    ].join('\n'), { fsQuota: 8 * 1024 * 1024 });
    assert.equal(r.ok, true, r.error?.message);
    const [errno, written] = r.value as [number, number];
    assert.equal(errno, E.ENOSPC);
    assert.ok(written <= 8 * 1024 * 1024);
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Empty files and directories cost no bytes, so the byte quota alone let one run make 260,000
   * of them: every snapshot (one after each run, for recovery) then carried all of them, each
   * with its full path. Entries are counted (fsMaxEntries, default 10,000), and a snapshot names
   * each entry once (parent and name), so its size follows what the limits allow.
   */
  attack('60,000 empty files under long paths are refused at the entry limit, and the snapshot stays small', async () => {
    const s = await pool.createSession();
    const baseline = (await s.snapshot()).length;
    const r = await s.run([
      'import os',
      'base = "/tmp"',
      'for k in range(12):',
      '    base += "/" + ("d%d" % k) * 40',
      '    os.mkdir(base)',
      'made = 12',
      'try:',
      '    for d in range(24):',
      '        sub = base + "/s%d" % d',
      '        os.mkdir(sub)',
      '        made += 1',
      '        for i in range(2500):',
      '            open(sub + "/f%d" % i, "w").close()',
      '            made += 1',
      'except OSError as e:',
      '    result = (e.errno, made)',
      'result',
    ].join('\n'), { timeoutMs: 20_000 });
    assert.equal(r.ok, true, `${r.error?.type}: ${r.error?.message}`);
    const [errno, made] = r.value as [number, number];
    assert.equal(errno, E.ENOSPC);
    assert.ok(made < 10_000, `${made} entries created in memory`);
    const growth = (await s.snapshot()).length - baseline;
    assert.ok(growth < 10_000 * 256, `the snapshot grew by ${growth} bytes for ${made} empty entries`);
    assert.equal((await s.run('import os\nlen(os.listdir("/tmp"))')).value, 1);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('unlinked-but-open and renamed-away files still count against the quota', async () => {
    const r = await pool.run([
      'import os',
      'handles = []',
      'total = 0',
      'chunk = bytes(1024 * 1024)',
      'try:',
      '    for i in range(60):',
      '        f = open("/tmp/f%d" % i, "wb")',
      '        os.remove("/tmp/f%d" % i)',
      '        handles.append(f)',
      '        for j in range(4):',
      '            total += f.write(chunk)',
      'except OSError as e:',
      '    result = (e.errno, total)',
      'result',
    ].join('\n'), { fsQuota: 8 * 1024 * 1024, timeoutMs: 10_000 });
    assert.equal(r.ok, true, r.error?.message);
    const [errno, total] = r.value as [number, number];
    assert.equal(errno, E.ENOSPC);
    assert.ok(total <= 8 * 1024 * 1024, `${total} bytes stored past an 8 MiB quota`);
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Bytes and entries the guest adds to read-write mounts count against a per-session budget
   * (mountQuota, default the session's fsQuota; mountMaxEntries, default fsMaxEntries). It is
   * net (removing refunds) but never below zero, so the mount folder grows by at most the quota
   * however the guest mixes writes, truncation, deletion and held descriptors, and a hard stop
   * that rolls the session back does not roll the budget back with it.
   */
  attack('a read-write mount takes at most its quota of host disk: files, appends, sparse writes, held descriptors', async () => {
    await withFolder('mps-mount-quota-', async (folder) => {
      const r = await pool.run([
        'import os',
        'chunk = bytes(256 * 1024)',
        'handles = []',
        'def attempt(fn):',
        '    try:',
        '        fn()',
        '        return "ok"',
        '    except OSError as e:',
        '        return e.errno',
        'def fill(name):',
        '    f = open("/out/" + name, "ab")',
        '    handles.append(f)',
        '    for _ in range(16):',
        '        f.write(chunk)',
        'def held(name):',
        '    f = open("/out/" + name, "wb")',
        '    handles.append(f)',
        '    os.remove("/out/" + name)',
        '    for _ in range(16):',
        '        f.write(chunk)',
        'def sparse():',
        '    with open("/out/sparse", "wb") as f:',
        '        f.seek(12 * 1024 * 1024)',
        '        f.write(b"x")',
        '[attempt(lambda: fill("f%d" % i)) for i in range(40)] + [attempt(lambda: held("h%d" % i)) for i in range(40)] + [attempt(sparse)]',
      ].join('\n'), { fsQuota: 4 * 1024 * 1024, mounts: [{ hostPath: folder, guestPath: '/out', mode: 'rw' }], timeoutMs: 20_000 });
      assert.equal(r.ok, true, r.error?.message);
      const outcomes = r.value as Array<string | number>;
      assert.ok(outcomes.includes(E.ENOSPC), `the quota was never reached: ${outcomes.join(',')}`);
      const onDisk = bytesIn(folder);
      assert.ok(onDisk <= 4 * 1024 * 1024, `${onDisk} bytes reached the host folder past a 4 MiB quota`);
    });
    await assertHostUnharmed(pool, canary);
  });

  attack('a read-write mount takes a bounded number of entries: 30,000 empty files and directories are refused', async () => {
    // Spread over 100 directories: each creation counts its directory's entries (maxDirEntries).
    await withFolder('mps-mount-entries-', async (folder) => {
      const r = await pool.run([
        'import os',
        'made = 0',
        'try:',
        '    for d in range(100):',
        '        os.mkdir("/out/d%d" % d)',
        '        made += 1',
        '        for i in range(300):',
        '            open("/out/d%d/%d" % (d, i), "w").close()',
        '            made += 1',
        'except OSError as e:',
        '    result = (e.errno, made)',
        'result',
      ].join('\n'), { mounts: [{ hostPath: folder, guestPath: '/out', mode: 'rw' }], timeoutMs: 25_000 });
      assert.equal(r.ok, true, r.error?.message);
      const [errno, made] = r.value as [number, number];
      assert.equal(errno, E.ENOSPC);
      let onDisk = 0;
      for (const dir of fs.readdirSync(folder)) onDisk += 1 + fs.readdirSync(path.join(folder, dir)).length;
      assert.equal(onDisk, made);
      assert.ok(made <= 10_000, `${made} entries created in the mount`);
    });
    await assertHostUnharmed(pool, canary);
  });

  attack('the mount budget survives a hard stop that rolls the session back', async () => {
    await withFolder('mps-mount-rollback-', async (folder) => {
      const s = await pool.createSession({ fsQuota: 4 * 1024 * 1024, mounts: [{ hostPath: folder, guestPath: '/out', mode: 'rw' }] });
      const write = (name: string) => `with open("/out/${name}", "wb") as f:\n    f.write(bytes(1536 * 1024))`;
      assert.equal((await s.run(write('first'))).ok, true);
      const stopped = await s.run(`${write('second')}\nwhile True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass`, { timeoutMs: 300 });
      assert.equal(stopped.error?.stop, 'hard');
      assert.equal(stopped.recovered, 'snapshot');
      const third = await s.run(`${ATTEMPT}attempt(lambda: exec(${JSON.stringify(write('third'))}))`);
      assert.equal(third.value, `OSError:${E.ENOSPC}`);
      const onDisk = bytesIn(folder);
      assert.ok(onDisk <= 4 * 1024 * 1024, `${onDisk} bytes reached the host folder past a 4 MiB quota`);
      await s.close();
    });
    await assertHostUnharmed(pool, canary);
  });

  attack('files written in one run are gone in the next one-shot run', async () => {
    const first = await pool.run('open("/tmp/leak.txt", "w").write("secret")\nimport os\nos.listdir("/tmp")');
    assert.deepEqual(first.value, ['leak.txt']);
    const next = await pool.run(`${ATTEMPT}import os\n(os.listdir("/tmp"), attempt(lambda: open("/tmp/leak.txt").read()))`);
    assert.deepEqual(next.value, [[], `OSError:${E.ENOENT}`]);
    await assertHostUnharmed(pool, canary);
  });

  attack('a guest cannot read a file descriptor number it never opened (fd guessing)', async () => {
    const s = await pool.createSession({ mounts: [{ hostPath: mountDir, guestPath: '/data' }] });
    await s.run('f = open("/data/ok.txt")');
    const r = await pool.run(`${ATTEMPT}import io\n[attempt(lambda n: open(n).read(), n) for n in range(0, 20)]`);
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.ok(!outcome.includes("ok:'ok'") && !outcome.includes(sentinel), outcome);
    assertGuestError(await pool.run('import os\nos.open("/data/ok.txt", 0)'), 'AttributeError');
    await s.close();
    await assertHostUnharmed(pool, canary);
  });
});

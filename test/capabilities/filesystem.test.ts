import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createPool, InvalidOptionsError, type RunOptions, type RunResult } from '../../src/index.js';

/**
 * End-to-end tests of the filesystem grants, as the guest sees them: the in-memory /tmp, placed
 * `files`, the quota, host `mounts` (ro and rw), and the refusal of abusive paths and links.
 * Everything goes through the public API and real MicroPython code.
 */

const pool = createPool({ maxWorkers: 2 });
after(() => pool.close());

/** Classic Linux errno numbers (MicroPython's errno module does not name them all). */
const E = {
  ENOENT: 2, EBADF: 9, EACCES: 13, EEXIST: 17, EXDEV: 18, ENOTDIR: 20, EISDIR: 21, EINVAL: 22,
  EMFILE: 24, ENOSPC: 28, EROFS: 30, ENAMETOOLONG: 36, ENOTEMPTY: 39,
} as const;

/** Limits that keep any single abusive run from hanging the suite. */
const BOUNDED = { fuel: 200_000_000, timeoutMs: 10_000 } as const;

/**
 * Python helpers prepended to guest code: `attempt(fn, *args)` returns `['ok', value]`,
 * `['OSError', errno]` or `[ExceptionType, message]`, always JSON-like.
 */
const HELPERS = String.raw`
import os, errno
def attempt(fn, *args):
    try:
        r = fn(*args)
    except OSError as e:
        return ['OSError', e.errno]
    except Exception as e:
        return [type(e).__name__, str(e)]
    if isinstance(r, tuple):
        r = list(r)
    if not (r is None or isinstance(r, (str, int, float, bool, list, dict))):
        r = repr(r)
    return ['ok', r]
def read_text(p):
    with open(p) as f:
        return f.read()
def read_bytes(p):
    with open(p, 'rb') as f:
        return f.read()
def write_text(p, s, mode='w'):
    with open(p, mode) as f:
        return f.write(s)
`;

type Attempt = [string, unknown];

function describeResult(r: RunResult): string {
  return r.error ? `${r.error.type}: ${r.error.message}\n${r.error.traceback}` : `stdout=${JSON.stringify(r.stdout)}`;
}

/** Runs guest code (with HELPERS) in a fresh VM; asserts it ended without an uncaught exception. */
async function runOk(code: string, options: RunOptions = {}): Promise<RunResult> {
  const r = await pool.run(HELPERS + code, { ...BOUNDED, ...options });
  assert.equal(r.ok, true, `guest run failed: ${describeResult(r)}`);
  return r;
}

/** The final expression's value as a record of attempts. */
function attempts(r: RunResult): Record<string, Attempt> {
  assert.ok(r.value !== undefined && typeof r.value === 'object', `expected a dict value, got ${r.valueRepr}`);
  return r.value as Record<string, Attempt>;
}

function assertErrno(a: Attempt | undefined, allowed: number | readonly number[], label: string): void {
  const list = typeof allowed === 'number' ? [allowed] : allowed;
  assert.ok(a, `${label}: no result`);
  assert.equal(a[0], 'OSError', `${label}: expected OSError errno ${list.join('|')}, got ${JSON.stringify(a)}`);
  assert.ok(list.includes(a[1] as number), `${label}: expected errno ${list.join('|')}, got ${JSON.stringify(a)}`);
}

describe('in-memory /tmp', () => {
  test('write, read, append, seek and tell', async () => {
    const r = await runOk(String.raw`
out = {}
with open('/tmp/a.txt', 'w') as f:
    out['w'] = f.write('hello')
with open('/tmp/a.txt', 'a') as f:
    out['a'] = f.write(' world')
out['text'] = read_text('/tmp/a.txt')
with open('/tmp/b.bin', 'wb') as f:
    f.write(bytes(range(256)))
with open('/tmp/b.bin', 'rb') as f:
    f.seek(250)
    out['tell'] = f.tell()
    out['tail'] = list(f.read())
    out['end'] = f.tell()
    f.seek(0)
    out['head'] = list(f.read(3))
with open('/tmp/b.bin', 'r+b') as f:
    f.seek(1)
    f.write(b'\xaa\xbb')
out['patched'] = list(read_bytes('/tmp/b.bin')[:4])
out['size'] = len(read_bytes('/tmp/b.bin'))
out
`);
    assert.deepEqual(r.value, {
      w: 5, a: 6, text: 'hello world', tell: 250, tail: [250, 251, 252, 253, 254, 255], end: 256, head: [0, 1, 2],
      patched: [0, 0xaa, 0xbb, 3], size: 256,
    });
  });

  test('listdir, stat, mkdir, rmdir, remove, rename, getcwd and chdir', async () => {
    const r = await runOk(String.raw`
out = {}
out['cwd0'] = os.getcwd()
out['tmp0'] = os.listdir('/tmp')
write_text('/tmp/one.txt', 'x' * 1234)
out['size'] = os.stat('/tmp/one.txt')[6]
os.mkdir('/tmp/sub')
out['isdir'] = (os.stat('/tmp/sub')[0] & 0o170000) == 0o040000
out['isfile'] = (os.stat('/tmp/one.txt')[0] & 0o170000) == 0o100000
os.chdir('/tmp/sub')
out['cwd1'] = os.getcwd()
write_text('rel.txt', 'relative')
out['rel'] = read_text('/tmp/sub/rel.txt')
os.chdir('..')
out['cwd2'] = os.getcwd()
out['ls1'] = sorted(os.listdir())
os.rename('/tmp/one.txt', '/tmp/sub/two.txt')
out['ls2'] = sorted(os.listdir('/tmp'))
out['ls3'] = sorted(os.listdir('sub'))
out['moved'] = os.stat('/tmp/sub/two.txt')[6]
os.remove('sub/two.txt')
os.remove('/tmp/sub/rel.txt')
os.rmdir('/tmp/sub')
out['ls4'] = os.listdir('/tmp')
os.chdir('/')
out['cwd3'] = os.getcwd()
out
`);
    assert.deepEqual(r.value, {
      cwd0: '/', tmp0: [], size: 1234, isdir: true, isfile: true, cwd1: '/tmp/sub', rel: 'relative', cwd2: '/tmp',
      ls1: ['one.txt', 'sub'], ls2: ['sub'], ls3: ['rel.txt', 'two.txt'], moved: 1234, ls4: [], cwd3: '/',
    });
  });

  test('errors carry classic errno numbers', async () => {
    const r = await runOk(String.raw`
os.mkdir('/tmp/d')
write_text('/tmp/d/f', 'x')
out = {
  'names': [errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.EINVAL, errno.EBADF],
  'open_missing': attempt(open, '/tmp/missing.txt'),
  'open_missing_dir': attempt(open, '/nowhere/x.txt'),
  'stat_missing': attempt(os.stat, '/tmp/missing'),
  'remove_missing': attempt(os.remove, '/tmp/missing'),
  'rename_missing': attempt(os.rename, '/tmp/missing', '/tmp/x'),
  'chdir_missing': attempt(os.chdir, '/missing'),
  'write_root': attempt(open, '/x.txt', 'w'),
  'mkdir_root': attempt(os.mkdir, '/newdir'),
  'open_dir_w': attempt(open, '/tmp', 'w'),
  'open_dir_a': attempt(open, '/tmp/d', 'a'),
  'read_dir': attempt(read_text, '/tmp/d'),
  'mkdir_exists': attempt(os.mkdir, '/tmp/d'),
  'rmdir_nonempty': attempt(os.rmdir, '/tmp/d'),
  'remove_dir': attempt(os.remove, '/tmp/d'),
  'listdir_file': attempt(os.listdir, '/tmp/d/f'),
  'file_as_dir': attempt(open, '/tmp/d/f/x', 'w'),
  'rename_tmp_to_root': attempt(os.rename, '/tmp/d/f', '/f'),
}
out
`);
    const a = attempts(r);
    assert.deepEqual(a['names'], [E.ENOENT, E.EACCES, E.EEXIST, E.EISDIR, E.EINVAL, E.EBADF]);
    for (const k of ['open_missing', 'open_missing_dir', 'stat_missing', 'remove_missing', 'rename_missing', 'chdir_missing']) {
      assertErrno(a[k], E.ENOENT, k);
    }
    assertErrno(a['write_root'], E.EROFS, 'open("/x.txt", "w")');
    assertErrno(a['mkdir_root'], E.EROFS, 'os.mkdir("/newdir")');
    assertErrno(a['open_dir_w'], E.EISDIR, 'open("/tmp", "w")');
    assertErrno(a['open_dir_a'], E.EISDIR, 'open(dir, "a")');
    assertErrno(a['read_dir'], E.EISDIR, 'open(dir).read()');
    assertErrno(a['mkdir_exists'], E.EEXIST, 'mkdir existing');
    assertErrno(a['rmdir_nonempty'], E.ENOTEMPTY, 'rmdir non-empty');
    assertErrno(a['remove_dir'], [E.EISDIR, 1 /* EPERM */], 'remove a directory');
    assertErrno(a['listdir_file'], E.ENOTDIR, 'listdir a file');
    assertErrno(a['file_as_dir'], E.ENOTDIR, 'a file used as a directory');
    assertErrno(a['rename_tmp_to_root'], [E.EROFS, E.EXDEV], 'rename into read-only /');
  });

  test('/tmp is private to each run', async () => {
    await runOk(`write_text('/tmp/left-behind.txt', 'x')`);
    const r = await runOk(`os.listdir('/tmp')`);
    assert.deepEqual(r.value, []);
  });

  test('too many directory entries and open files are refused, not fatal', async () => {
    const r = await runOk(String.raw`
os.mkdir('/tmp/files')
handles = []
try:
    while len(handles) < 10000:
        handles.append(open('/tmp/files/h%d' % len(handles), 'w'))
    opened = ['ok', len(handles)]
except OSError as e:
    opened = ['OSError', e.errno]
for h in handles:
    h.close()
os.mkdir('/tmp/dirs')
i = 0
try:
    while i < 100000:
        os.mkdir('/tmp/dirs/d%d' % i)
        i += 1
    entries = ['ok', i]
except OSError as e:
    entries = ['OSError', e.errno]
after = attempt(write_text, '/tmp/dirs/d0/x', 'still works')
{'entries': entries, 'made': i, 'opened': opened, 'handles': len(handles), 'after': after}
`);
    const v = r.value as { entries: Attempt; made: number; opened: Attempt; handles: number; after: Attempt };
    assertErrno(v.entries, E.ENOSPC, 'directory entry flood');
    assert.ok(v.made < 100000);
    assertErrno(v.opened, E.EMFILE, 'open file flood');
    assert.ok(v.handles < 10000);
    assert.deepEqual(v.after, ['ok', 11]);
  });
});

describe('files option', () => {
  const binary = new Uint8Array([0, 1, 2, 0x7f, 0x80, 0xfe, 0xff]);
  const files = {
    '/data/in.csv': 'a,b\n1,2\n',
    '/data/blob.bin': binary,
    '/data/unicode.txt': 'héllo ✓\n',
    '/lib/mymod.py': 'NAME = "mymod"\ndef double(x):\n    return x * 2\n',
  };

  test('placed text and binary files are readable; a .py in /lib is importable', async () => {
    const r = await runOk(String.raw`
import mymod
from mymod import double
{
  'csv': read_text('/data/in.csv'),
  'blob': list(read_bytes('/data/blob.bin')),
  'unicode': read_text('/data/unicode.txt'),
  'size': os.stat('/data/blob.bin')[6],
  'ls': sorted(os.listdir('/data')),
  'root': sorted(os.listdir('/')),
  'mod': [mymod.NAME, double(21)],
}
`, { files });
    assert.deepEqual(r.value, {
      csv: 'a,b\n1,2\n', blob: [...binary], unicode: 'héllo ✓\n', size: binary.length,
      ls: ['blob.bin', 'in.csv', 'unicode.txt'], root: ['data', 'lib', 'tmp'], mod: ['mymod', 42],
    });
  });

  test('in a session, placed files are writable and the host reads back what the guest wrote', async () => {
    const s = await pool.createSession({ files, ...BOUNDED });
    try {
      let r = await s.run(HELPERS + String.raw`
write_text('/data/in.csv', '3,4\n', 'a')
write_text('/tmp/out.txt', 'from guest')
with open('/tmp/out.bin', 'wb') as f:
    f.write(b'\x00\xff\x10')
os.mkdir('/tmp/nested')
write_text('/tmp/nested/deep.txt', 'deep')
`);
      assert.equal(r.ok, true, describeResult(r));
      assert.equal(await s.fs.readText('/tmp/out.txt'), 'from guest');
      assert.deepEqual([...(await s.fs.readFile('/tmp/out.bin'))], [0, 0xff, 0x10]);
      assert.equal(await s.fs.readText('/data/in.csv'), 'a,b\n1,2\n3,4\n');
      assert.deepEqual([...(await s.fs.readFile('/data/blob.bin'))], [...binary]);
      assert.deepEqual((await s.fs.listFiles('/tmp')).sort(), ['/tmp/nested/deep.txt', '/tmp/out.bin', '/tmp/out.txt']);
      assert.deepEqual((await s.fs.listFiles()).sort(), [
        '/data/blob.bin', '/data/in.csv', '/data/unicode.txt', '/lib/mymod.py',
        '/tmp/nested/deep.txt', '/tmp/out.bin', '/tmp/out.txt',
      ]);

      // The host writes; the guest sees it (including a new module) in the next run.
      await s.fs.writeFile('/tmp/from-host.txt', 'host text');
      await s.fs.writeFile('/lib/hostmod.py', 'VALUE = 7\n');
      r = await s.run(HELPERS + `import hostmod\n[read_text('/tmp/from-host.txt'), hostmod.VALUE, read_text('/tmp/out.txt')]`);
      assert.deepEqual(r.value, ['host text', 7, 'from guest']);
    } finally {
      await s.close();
    }
  });

  test('each run starts from the placed content, not from a previous run\'s writes', async () => {
    await runOk(`write_text('/data/in.csv', 'clobbered')`, { files });
    const r = await runOk(`read_text('/data/in.csv')`, { files });
    assert.equal(r.value, 'a,b\n1,2\n');
  });
});

describe('quota', () => {
  test('fsQuota: writing past it fails with ENOSPC; the session stays usable and recovers after deleting', async () => {
    const MiB = 1024 * 1024;
    const s = await pool.createSession({ fsQuota: MiB, ...BOUNDED });
    try {
      let r = await s.run(HELPERS + String.raw`
chunk = b'x' * 65536
written = 0
try:
    with open('/tmp/big.bin', 'wb') as f:
        for i in range(32):   # 2 MiB
            f.write(chunk)
            written += len(chunk)
    outcome = ['ok', written]
except OSError as e:
    outcome = ['OSError', e.errno]
{'outcome': outcome, 'written': written, 'size': os.stat('/tmp/big.bin')[6]}
`);
      assert.equal(r.ok, true, describeResult(r));
      const v = r.value as { outcome: Attempt; written: number; size: number };
      assertErrno(v.outcome, E.ENOSPC, 'writing 2 MiB under a 1 MiB quota');
      assert.ok(v.written <= MiB, `wrote ${v.written} bytes under a 1 MiB quota`);
      assert.ok(v.size <= MiB, `file is ${v.size} bytes under a 1 MiB quota`);

      // Still full: a second file cannot take the remaining space beyond the quota either.
      r = await s.run(HELPERS + `attempt(write_text, '/tmp/more.bin', 'y' * ${MiB})`);
      assertErrno(r.value as Attempt, E.ENOSPC, 'a second file while full');

      // Usable: ordinary code runs; after deleting, writing works again.
      r = await s.run(HELPERS + String.raw`
os.remove('/tmp/big.bin')
for name in os.listdir('/tmp'):
    os.remove('/tmp/' + name)
with open('/tmp/again.bin', 'wb') as f:
    f.write(b'z' * 700000)
os.stat('/tmp/again.bin')[6]
`);
      assert.equal(r.ok, true, describeResult(r));
      assert.equal(r.value, 700000);
      assert.equal((await s.fs.readFile('/tmp/again.bin')).length, 700000);
    } finally {
      await s.close();
    }
  });

  test('a 1 GiB file is refused with OSError (sparse seek and chunked writes); the host is unharmed', async () => {
    const r = await pool.run(HELPERS + String.raw`
out = {}
f = open('/tmp/sparse.bin', 'wb')
try:
    f.seek(2**30)
    f.write(b'x')
    out['sparse'] = ['ok', None]
except OSError as e:
    out['sparse'] = ['OSError', e.errno]
f.close()
out['sparse_size'] = os.stat('/tmp/sparse.bin')[6]
chunk = b'z' * (1 << 20)
n = 0
try:
    with open('/tmp/chunks.bin', 'wb') as f:
        while n < 1024:   # 1 GiB
            f.write(chunk)
            n += 1
    out['chunks'] = ['ok', n]
except OSError as e:
    out['chunks'] = ['OSError', e.errno]
out['chunks_written_mib'] = n
out['chunks_size'] = os.stat('/tmp/chunks.bin')[6]
out
`, { fuel: 200_000_000, timeoutMs: 10_000 });
    assert.equal(r.ok, true, describeResult(r));
    const v = r.value as Record<string, unknown>;
    assertErrno(v['sparse'] as Attempt, [E.ENOSPC, 27 /* EFBIG */], 'seek(2**30) + write');
    assert.ok((v['sparse_size'] as number) < 2 ** 30);
    assertErrno(v['chunks'] as Attempt, [E.ENOSPC, 27 /* EFBIG */], 'writing 1 GiB in 1 MiB chunks');
    assert.ok((v['chunks_written_mib'] as number) <= 16, `wrote ${String(v['chunks_written_mib'])} MiB under the default 16 MiB quota`);
    assert.ok((v['chunks_size'] as number) <= 16 * 1024 * 1024);
    // The pool still works.
    assert.equal((await pool.run('6 * 7')).value, 42);
  });
});

describe('host mounts', () => {
  let base = '';
  let roDir = '';
  let rwDir = '';
  let outsideDir = '';
  let sentinelPath = '';
  const SENTINEL = `SENTINEL-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const RW_SENTINEL = `RW-${SENTINEL}`;
  let hasFifo = false;
  const hostFileContents: string[] = [];

  before(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'mps-capabilities-fs-'));
    roDir = path.join(base, 'ro');
    rwDir = path.join(base, 'rw');
    outsideDir = path.join(base, 'outside');
    for (const d of [roDir, rwDir, outsideDir]) fs.mkdirSync(d);
    sentinelPath = path.join(base, 'sentinel.txt');
    fs.writeFileSync(sentinelPath, SENTINEL);
    fs.writeFileSync(path.join(outsideDir, 'secret.txt'), SENTINEL);
    fs.writeFileSync(path.join(outsideDir, 'rw-secret.txt'), RW_SENTINEL);
    fs.mkdirSync(path.join(outsideDir, 'sdir'));
    fs.writeFileSync(path.join(outsideDir, 'sdir', 'inner-secret.txt'), SENTINEL);

    // Read-only mount.
    fs.writeFileSync(path.join(roDir, 'in.txt'), 'ro content');
    fs.mkdirSync(path.join(roDir, 'sub'));
    fs.writeFileSync(path.join(roDir, 'sub', 'f.txt'), 'sub file');
    fs.symlinkSync(path.join(outsideDir, 'secret.txt'), path.join(roDir, 'link.txt'));
    fs.symlinkSync('../sentinel.txt', path.join(roDir, 'rel-link.txt'));
    fs.symlinkSync(path.join(outsideDir, 'sdir'), path.join(roDir, 'linkdir'));
    fs.linkSync(path.join(outsideDir, 'secret.txt'), path.join(roDir, 'hard.txt'));
    try {
      execFileSync('mkfifo', [path.join(roDir, 'fifo')], { stdio: 'ignore' });
      hasFifo = true;
    } catch {
      // no mkfifo: that case is skipped
    }

    // Read-write mount.
    fs.writeFileSync(path.join(rwDir, 'existing.txt'), 'host wrote this');
    fs.symlinkSync(path.join(outsideDir, 'rw-secret.txt'), path.join(rwDir, 'link.txt'));
    fs.symlinkSync(outsideDir, path.join(rwDir, 'linkdir'));
    fs.linkSync(path.join(outsideDir, 'rw-secret.txt'), path.join(rwDir, 'hard.txt'));

    hostFileContents.push(SENTINEL, RW_SENTINEL);
    for (const p of ['/etc/passwd', '/etc/hosts', '/etc/hostname']) {
      try {
        const text = fs.readFileSync(p, 'utf8');
        if (text.length > 0) hostFileContents.push(text);
      } catch {
        // not present on this host
      }
    }
  });
  after(() => {
    if (base) fs.rmSync(base, { recursive: true, force: true });
  });

  const mounts = (): NonNullable<RunOptions['mounts']> => [
    { hostPath: roDir, guestPath: '/data' },
    { hostPath: rwDir, guestPath: '/out', mode: 'rw' },
  ];

  function assertNoLeak(r: RunResult): void {
    const seen = JSON.stringify(r.value ?? null) + r.stdout + r.stderr + (r.valueRepr ?? '');
    assert.ok(!seen.includes(SENTINEL), `host content outside the mounts reached the guest: ${seen.slice(0, 500)}`);
  }

  test('a read-only mount is readable: open, listdir, stat, chdir + relative paths', async () => {
    const r = await runOk(String.raw`
out = {
  'text': read_text('/data/in.txt'),
  'size': os.stat('/data/in.txt')[6],
  'sub': read_text('/data/sub/f.txt'),
  'ls_sub': os.listdir('/data/sub'),
  'root': sorted(os.listdir('/')),
}
os.chdir('/data/sub')
out['cwd'] = os.getcwd()
out['rel'] = read_text('../in.txt')
out['ls_rel'] = sorted(os.listdir('..'))
out
`, { mounts: mounts() });
    const v = r.value as Record<string, unknown>;
    assert.equal(v['text'], 'ro content');
    assert.equal(v['size'], 'ro content'.length);
    assert.equal(v['sub'], 'sub file');
    assert.deepEqual(v['ls_sub'], ['f.txt']);
    assert.deepEqual(v['root'], ['data', 'out', 'tmp']);
    assert.equal(v['cwd'], '/data/sub');
    assert.equal(v['rel'], 'ro content');
    const listing = v['ls_rel'] as string[];
    assert.ok(listing.includes('in.txt') && listing.includes('sub'), `listing: ${JSON.stringify(listing)}`);
    assertNoLeak(r);
  });

  test('every write operation on a read-only mount fails with EROFS or EACCES; the host folder is untouched', async () => {
    const before = fs.readdirSync(roDir).sort();
    const r = await runOk(String.raw`
{
  'w_new': attempt(open, '/data/new.txt', 'w'),
  'w_existing': attempt(open, '/data/in.txt', 'w'),
  'wb_existing': attempt(open, '/data/in.txt', 'wb'),
  'a_existing': attempt(open, '/data/in.txt', 'a'),
  'rplus': attempt(open, '/data/in.txt', 'r+'),
  'w_sub': attempt(open, '/data/sub/new.txt', 'w'),
  'remove': attempt(os.remove, '/data/in.txt'),
  'remove_sub': attempt(os.remove, '/data/sub/f.txt'),
  'mkdir': attempt(os.mkdir, '/data/newdir'),
  'rename': attempt(os.rename, '/data/in.txt', '/data/renamed.txt'),
  'rename_dir': attempt(os.rename, '/data/sub', '/data/sub2'),
  'rename_in': attempt(lambda: (write_text('/tmp/t.txt', 'x'), os.rename('/tmp/t.txt', '/data/t.txt'))),
  'rmdir': attempt(os.rmdir, '/data/sub'),
  'rmdir_mount': attempt(os.rmdir, '/data'),
}
`, { mounts: mounts() });
    const a = attempts(r);
    for (const [k, v] of Object.entries(a)) {
      const allowed = k === 'rename_in' ? [E.EROFS, E.EACCES, E.EXDEV] : k === 'rmdir_mount' ? [E.EROFS, E.EACCES, 16 /* EBUSY */] : [E.EROFS, E.EACCES];
      assertErrno(v, allowed, k);
    }
    assert.equal(Object.keys(a).length, 14);
    assert.deepEqual(fs.readdirSync(roDir).sort(), before);
    assert.equal(fs.readFileSync(path.join(roDir, 'in.txt'), 'utf8'), 'ro content');
    assert.equal(fs.readFileSync(path.join(roDir, 'sub', 'f.txt'), 'utf8'), 'sub file');
  });

  test('a read-write mount: guest writes, appends, renames and deletes land on the host', async () => {
    const r = await runOk(String.raw`
write_text('/out/new.txt', 'guest wrote this')
write_text('/out/existing.txt', ' + appended', 'a')
os.mkdir('/out/made')
with open('/out/made/bytes.bin', 'wb') as f:
    f.write(b'\x00\x01\xfe\xff')
write_text('/out/to-rename.txt', 'r')
os.rename('/out/to-rename.txt', '/out/made/renamed.txt')
write_text('/out/to-delete.txt', 'd')
os.remove('/out/to-delete.txt')
os.mkdir('/out/empty')
os.rmdir('/out/empty')
sorted(os.listdir('/out'))
`, { mounts: mounts() });
    const listing = r.value as string[];
    for (const name of ['existing.txt', 'made', 'new.txt']) assert.ok(listing.includes(name), `guest listing: ${JSON.stringify(listing)}`);
    assert.equal(fs.readFileSync(path.join(rwDir, 'new.txt'), 'utf8'), 'guest wrote this');
    assert.equal(fs.readFileSync(path.join(rwDir, 'existing.txt'), 'utf8'), 'host wrote this + appended');
    assert.deepEqual([...fs.readFileSync(path.join(rwDir, 'made', 'bytes.bin'))], [0, 1, 0xfe, 0xff]);
    assert.equal(fs.readFileSync(path.join(rwDir, 'made', 'renamed.txt'), 'utf8'), 'r');
    assert.equal(fs.existsSync(path.join(rwDir, 'to-rename.txt')), false);
    assert.equal(fs.existsSync(path.join(rwDir, 'to-delete.txt')), false);
    assert.equal(fs.existsSync(path.join(rwDir, 'empty')), false);

    // The host writes; the guest reads it back in a new run.
    fs.writeFileSync(path.join(rwDir, 'made', 'from-host.txt'), 'hello guest');
    const back = await runOk(`read_text('/out/made/from-host.txt')`, { mounts: mounts() });
    assert.equal(back.value, 'hello guest');
  });

  test('path traversal never reaches host files outside the mount', async () => {
    const hostAbs = sentinelPath; // an absolute host path, e.g. /tmp/mps-capabilities-fs-XXXX/sentinel.txt
    const up = '../'.repeat(30);
    const targets = [
      '/data/../../etc/passwd',
      '/data/../../../etc/hosts',
      '/data/../sentinel.txt',
      '/data/../outside/secret.txt',
      '/data/sub/../../sentinel.txt',
      '/data/./../sentinel.txt',
      '/data//..//sentinel.txt',
      `/data/${up}${hostAbs.slice(1)}`,
      `/out/${up}${hostAbs.slice(1)}`,
      `/out/../outside/rw-secret.txt`,
      hostAbs,
      path.join(outsideDir, 'secret.txt'),
      `/data/..${hostAbs}`,
    ];
    const relTargets = [
      '../sentinel.txt',
      '../../sentinel.txt',
      '../outside/secret.txt',
      `${up}${hostAbs.slice(1)}`,
      `${up}etc/passwd`,
      'sub/../../sentinel.txt',
    ];
    const r = await runOk(String.raw`
import json
targets = json.loads(${JSON.stringify(JSON.stringify(targets))})
rel_targets = json.loads(${JSON.stringify(JSON.stringify(relTargets))})
out = {}
for t in targets:
    out[t] = attempt(read_text, t)
os.chdir('/data')
for t in rel_targets:
    out['rel:' + t] = attempt(read_text, t)
out['ls:..'] = attempt(os.listdir, '..')
out['ls:../..'] = attempt(os.listdir, '../..')
out['ls:' + '${up}'] = attempt(os.listdir, '${up}')
os.chdir('/out')
for t in rel_targets:
    out['rw-rel:' + t] = attempt(read_text, t)
out['chdir-up'] = attempt(os.chdir, '${up}')
out['cwd-after'] = os.getcwd()
out
`, { mounts: mounts() });
    assertNoLeak(r);
    const a = attempts(r);
    assert.equal(Object.keys(a).length, targets.length + 2 * relTargets.length + 5);
    for (const [k, v] of Object.entries(a)) {
      if (k.startsWith('ls:')) {
        // Listing "above" the mount shows the guest's own root, never the host folder around the mount.
        if (v[0] === 'ok') {
          const names = v[1] as string[];
          for (const hostName of ['outside', 'sentinel.txt', 'ro', 'rw']) {
            assert.ok(!names.includes(hostName), `${k} revealed host entry ${hostName}: ${JSON.stringify(names)}`);
          }
        }
        continue;
      }
      if (k === 'chdir-up' || k === 'cwd-after') continue;
      if (v[0] === 'ok') {
        assert.ok(!hostFileContents.includes(v[1] as string), `${k} read a host file: ${JSON.stringify(v)}`);
      } else {
        assert.equal(v[0], 'OSError', `${k}: ${JSON.stringify(v)}`);
      }
    }
    assert.equal(a['cwd-after'], '/');
  });

  test('a symlink to an outside file, a symlinked outside directory and a hard link to an outside file are refused', async () => {
    const r = await runOk(String.raw`
{
  'listing': sorted(os.listdir('/data')),
  'link': attempt(read_text, '/data/link.txt'),
  'rel_link': attempt(read_text, '/data/rel-link.txt'),
  'link_stat': attempt(lambda: os.stat('/data/link.txt')[6]),
  'linkdir_ls': attempt(os.listdir, '/data/linkdir'),
  'linkdir_file': attempt(read_text, '/data/linkdir/inner-secret.txt'),
  'linkdir_stat': attempt(lambda: os.stat('/data/linkdir/inner-secret.txt')[6]),
  'linkdir_chdir': attempt(os.chdir, '/data/linkdir'),
  'hard': attempt(read_text, '/data/hard.txt'),
  'hard_rb': attempt(read_bytes, '/data/hard.txt'),
  'hard_stat': attempt(lambda: os.stat('/data/hard.txt')[6]),
}
`, { mounts: mounts() });
    assertNoLeak(r);
    const a = attempts(r);
    for (const k of ['link', 'rel_link', 'linkdir_ls', 'linkdir_file', 'linkdir_chdir', 'hard', 'hard_rb']) {
      assert.equal(a[k]?.[0], 'OSError', `${k} must be refused, got ${JSON.stringify(a[k])}`);
    }
    // stat of a link must not describe the outside target either.
    for (const k of ['link_stat', 'linkdir_stat', 'hard_stat']) {
      assert.ok(a[k]?.[0] === 'OSError' || a[k]?.[1] !== SENTINEL.length, `${k} described the outside target: ${JSON.stringify(a[k])}`);
    }
    // The listing does not reveal what the links point at.
    const listing = a['listing'] as unknown as string[];
    for (const name of ['secret.txt', 'inner-secret.txt', 'sdir', 'sentinel.txt']) {
      assert.ok(!listing.includes(name), `listing revealed ${name}: ${JSON.stringify(listing)}`);
    }
    assert.ok(listing.includes('in.txt') && listing.includes('sub'));
  });

  test('in a rw mount, writing through symlinks or hard links never modifies outside files', async () => {
    const r = await runOk(String.raw`
{
  'w_link': attempt(write_text, '/out/link.txt', 'PWNED'),
  'a_link': attempt(write_text, '/out/link.txt', 'PWNED', 'a'),
  'w_linkdir': attempt(write_text, '/out/linkdir/planted.txt', 'PWNED'),
  'mkdir_linkdir': attempt(os.mkdir, '/out/linkdir/planted-dir'),
  'w_hard': attempt(write_text, '/out/hard.txt', 'PWNED'),
  'a_hard': attempt(write_text, '/out/hard.txt', 'PWNED', 'a'),
  'rplus_hard': attempt(lambda: open('/out/hard.txt', 'r+').write('PWNED')),
  'rename_over_link': attempt(lambda: (write_text('/out/payload.txt', 'PWNED'), os.rename('/out/payload.txt', '/out/link.txt'))),
  'remove_linkdir_file': attempt(os.remove, '/out/linkdir/rw-secret.txt'),
  'rename_from_linkdir': attempt(os.rename, '/out/linkdir/rw-secret.txt', '/out/stolen.txt'),
  'read_link': attempt(read_text, '/out/link.txt'),
  'read_hard': attempt(read_text, '/out/hard.txt'),
}
`, { mounts: mounts() });
    assertNoLeak(r);
    const a = attempts(r);
    for (const [k, v] of Object.entries(a)) {
      assert.equal(v[0], 'OSError', `${k} must be refused, got ${JSON.stringify(v)}`);
    }
    assert.equal(fs.readFileSync(path.join(outsideDir, 'rw-secret.txt'), 'utf8'), RW_SENTINEL);
    assert.deepEqual(fs.readdirSync(outsideDir).sort(), ['rw-secret.txt', 'sdir', 'secret.txt']);
    assert.equal(fs.readlinkSync(path.join(rwDir, 'link.txt')), path.join(outsideDir, 'rw-secret.txt'));
    assert.equal(fs.existsSync(path.join(rwDir, 'stolen.txt')), false);
  });

  test('a file swapped for a symlink on the host between session runs is refused', async () => {
    const swapDir = fs.mkdtempSync(path.join(base, 'swap-'));
    fs.writeFileSync(path.join(swapDir, 'f.txt'), 'plain');
    const s = await pool.createSession({ mounts: [{ hostPath: swapDir, guestPath: '/swap', mode: 'rw' }], ...BOUNDED });
    try {
      let r = await s.run(HELPERS + `read_text('/swap/f.txt')`);
      assert.equal(r.value, 'plain');
      fs.rmSync(path.join(swapDir, 'f.txt'));
      fs.symlinkSync(sentinelPath, path.join(swapDir, 'f.txt'));
      r = await s.run(HELPERS + `[attempt(read_text, '/swap/f.txt'), attempt(write_text, '/swap/f.txt', 'PWNED')]`);
      assertNoLeak(r);
      const [read, write] = r.value as [Attempt, Attempt];
      assert.equal(read[0], 'OSError', `read through swapped symlink: ${JSON.stringify(read)}`);
      assert.equal(write[0], 'OSError', `write through swapped symlink: ${JSON.stringify(write)}`);
      assert.equal(fs.readFileSync(sentinelPath, 'utf8'), SENTINEL);
    } finally {
      await s.close();
    }
  });

  test('a 1 GiB file on a rw mount is refused and nothing large lands on the host', async () => {
    const r = await runOk(String.raw`
f = open('/out/huge.bin', 'wb')
try:
    f.seek(2**30)
    f.write(b'x')
    res = ['ok', None]
except OSError as e:
    res = ['OSError', e.errno]
f.close()
res
`, { mounts: mounts() });
    assertErrno(r.value as Attempt, [E.ENOSPC, 27 /* EFBIG */], 'seek(2**30) + write on a rw mount');
    const st = fs.statSync(path.join(rwDir, 'huge.bin'));
    assert.ok(st.size <= 16 * 1024 * 1024, `host file is ${st.size} bytes`);
    assert.ok(st.blocks * 512 <= 16 * 1024 * 1024 + 65536, `host file uses ${st.blocks * 512} bytes on disk`);
  });

  test('a FIFO in a mount does not block the guest', { skip: !fs.existsSync('/usr/bin/mkfifo') && !fs.existsSync('/bin/mkfifo') }, async (t) => {
    if (!hasFifo) return t.skip('mkfifo failed');
    const r = await pool.run(HELPERS + `attempt(read_text, '/data/fifo')`, { mounts: mounts(), timeoutMs: 5000, fuel: 10_000_000 });
    assert.equal(r.ok, true, describeResult(r));
    assert.equal((r.value as Attempt)[0], 'OSError', `reading a FIFO: ${JSON.stringify(r.value)}`);
  });
});

describe('hostile names', () => {
  test('a name containing NUL is refused (ValueError or OSError), never truncated at the NUL', async () => {
    const r = await pool.run(HELPERS + String.raw`
write_text('/tmp/plain', 'plain content')
out = {
  'open_w': attempt(write_text, '/tmp/created\x00suffix', 'x'),
  'open_r_prefix_exists': attempt(read_text, '/tmp/plain\x00.txt'),
  'stat_prefix_exists': attempt(os.stat, '/tmp/plain\x00zzz'),
  'mkdir': attempt(os.mkdir, '/tmp/dir\x00name'),
  'listdir': attempt(os.listdir, '/tmp\x00/zzz'),
  'remove_prefix_exists': attempt(os.remove, '/tmp/plain\x00zzz'),
}
out['tmp_after'] = sorted(os.listdir('/tmp'))
out
`, BOUNDED);
    assert.equal(r.ok, true, describeResult(r));
    const v = r.value as Record<string, unknown>;
    const truncated = ['open_w', 'open_r_prefix_exists', 'stat_prefix_exists', 'mkdir', 'listdir', 'remove_prefix_exists']
      .filter((k) => { const a = v[k] as Attempt; return a[0] !== 'ValueError' && a[0] !== 'OSError'; })
      .map((k) => `${k} -> ${JSON.stringify(v[k])}`);
    assert.deepEqual(truncated, [], `paths with an embedded NUL must be refused, but these were accepted (the name was truncated at the NUL): ${truncated.join('; ')}`);
    assert.deepEqual(v['tmp_after'], ['plain'], 'nothing may be created under the truncated name, and /tmp/plain must survive');
    assert.equal((await pool.run('"alive"')).value, 'alive');
  });

  test('very long paths and names are refused with OSError (ENAMETOOLONG)', async () => {
    const r = await runOk(String.raw`
depth = 0
os.chdir('/tmp')
try:
    while depth < 10000:
        os.mkdir('abcdefgh')
        os.chdir('abcdefgh')
        depth += 1
    deep = ['ok', depth]
except OSError as e:
    deep = ['OSError', e.errno]
os.chdir('/')
{
  'long_path': attempt(open, '/tmp/' + 'a/' * 3000 + 'x', 'w'),
  'long_path_read': attempt(open, '/tmp/' + 'b' * 100000),
  'long_name': attempt(open, '/tmp/' + 'n' * 300, 'w'),
  'long_mkdir': attempt(os.mkdir, '/tmp/' + 'm' * 256),
  'name_255': attempt(lambda: write_text('/tmp/' + 'k' * 255, 'ok')),
  'deep': deep,
  'depth': depth,
  'tmp': [len(n) for n in os.listdir('/tmp')],
}
`);
    const v = r.value as Record<string, unknown>;
    for (const k of ['long_path', 'long_path_read', 'long_name', 'long_mkdir', 'deep']) {
      const a = v[k] as Attempt;
      assert.equal(a[0], 'OSError', `${k}: ${JSON.stringify(a)}`);
      assert.equal(a[1], E.ENAMETOOLONG, `${k}: expected ENAMETOOLONG, got ${JSON.stringify(a)}`);
    }
    assert.deepEqual(v['name_255'], ['ok', 2], 'a 255-byte name is legal');
    assert.ok((v['depth'] as number) < 4096 / 8, `nested ${String(v['depth'])} directories past the path limit`);
    assert.deepEqual((v['tmp'] as number[]).sort((x, y) => x - y), [8, 255]);
  });
});

describe('invalid filesystem options are refused before anything runs', () => {
  let dir = '';
  let file = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mps-capabilities-opts-'));
    file = path.join(dir, 'a-file.txt');
    fs.writeFileSync(file, 'x');
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases: Array<[string, () => RunOptions]> = [
    ['mount hostPath that does not exist', () => ({ mounts: [{ hostPath: path.join(dir, 'missing'), guestPath: '/d' }] })],
    ['mount hostPath that is a file', () => ({ mounts: [{ hostPath: file, guestPath: '/d' }] })],
    ['relative mount hostPath', () => ({ mounts: [{ hostPath: 'relative/dir', guestPath: '/d' }] })],
    ['mount guestPath /', () => ({ mounts: [{ hostPath: dir, guestPath: '/' }] })],
    ['mount guestPath /tmp', () => ({ mounts: [{ hostPath: dir, guestPath: '/tmp' }] })],
    ['mount guestPath under /tmp', () => ({ mounts: [{ hostPath: dir, guestPath: '/tmp/x' }] })],
    ['relative mount guestPath', () => ({ mounts: [{ hostPath: dir, guestPath: 'data' }] })],
    ['mount guestPath with ..', () => ({ mounts: [{ hostPath: dir, guestPath: '/data/../tmp/x' }] })],
    ['mount mode x', () => ({ mounts: [{ hostPath: dir, guestPath: '/d', mode: 'x' as 'ro' }] })],
    ['unknown mount key', () => ({ mounts: [{ hostPath: dir, guestPath: '/d', writable: true } as unknown as { hostPath: string; guestPath: string }] })],
    ['files with a relative path', () => ({ files: { 'data/in.csv': 'x' } })],
    ['files with ..', () => ({ files: { '/data/../etc/passwd': 'x' } })],
    ['files with NUL', () => ({ files: { '/data/a\0b': 'x' } })],
    ['files with non-string content', () => ({ files: { '/data/a': 5 as unknown as string } })],
    ['negative fsQuota', () => ({ fsQuota: -1 })],
    ['fractional fsQuota', () => ({ fsQuota: 1.5 })],
  ];

  for (const [name, options] of cases) {
    test(`${name}: InvalidOptionsError from run() and createSession()`, async () => {
      await assert.rejects(pool.run('1', options()), InvalidOptionsError);
      await assert.rejects(pool.createSession(options()), InvalidOptionsError);
    });
  }
});

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Host mounts against a real concurrent swapper: a child process that, in a tight loop, moves a
 * directory inside the mount aside, puts a symlink to a folder outside the mount in its place,
 * and swaps them back. Meanwhile the guest creates, deletes, renames, reads, lists and stats
 * through that directory, thousands of times. Nothing outside the mount may be created,
 * deleted, moved or read, and on a read-only mount no outside name or stat data may show.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

const SENTINEL = `SENTINEL-${randomUUID()}`;
/** Long enough for the guest's run loop to meet the swapper in every state many times. */
const RACE_MS = 6_000;

/** The swapper: runs until killed (and stops by itself after a minute, should the test die). */
const SWAPPER = `
const fs = require('node:fs');
const [dir, aside, outside] = process.argv.slice(1);
const until = Date.now() + 60_000;
process.send('ready');
while (Date.now() < until) {
  try { fs.renameSync(dir, aside); } catch {}
  try { fs.symlinkSync(outside, dir); } catch {}
  for (let i = 0; i < 50; i++) try { fs.lstatSync(dir); } catch {}
  try { fs.unlinkSync(dir); } catch {}
  try { fs.renameSync(aside, dir); } catch {}
  for (let i = 0; i < 50; i++) try { fs.lstatSync(dir); } catch {}
}
`;

interface Layout {
  root: string;
  mount: string;
  outside: string;
}

/** mount/d/inner.txt inside; outside/{secret.txt, victim.txt, victimdir/} next to it. */
function makeLayout(): Layout {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mps-race-'));
  const mount = path.join(root, 'mount');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(path.join(mount, 'd'), { recursive: true });
  fs.writeFileSync(path.join(mount, 'd', 'inner.txt'), 'inside');
  fs.mkdirSync(path.join(outside, 'victimdir'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret.txt'), SENTINEL);
  fs.writeFileSync(path.join(outside, 'victim.txt'), 'victim');
  return { root, mount, outside };
}

/** Names, kinds, sizes, inodes and contents of everything under `dir`. */
function inventory(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string, rel: string): void => {
    for (const name of fs.readdirSync(at).sort()) {
      const full = path.join(at, name);
      const stats = fs.lstatSync(full);
      const entry = `${rel}${name} ${stats.isDirectory() ? 'dir' : stats.isSymbolicLink() ? 'link' : 'file'} ino=${stats.ino}`;
      out.push(stats.isFile() ? `${entry} ${fs.readFileSync(full, 'utf8')}` : entry);
      if (stats.isDirectory()) walk(full, `${rel}${name}/`);
    }
  };
  walk(dir, '');
  return out;
}

async function startSwapper(layout: Layout): Promise<ChildProcess> {
  const dir = path.join(layout.mount, 'd');
  const child = spawn(process.execPath, ['-e', SWAPPER, dir, path.join(layout.mount, 'd.aside'), layout.outside], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('error', reject);
  });
  return child;
}

async function stopSwapper(child: ChildProcess, layout: Layout): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  // Put the directory back, whatever state the swapper was killed in.
  const dir = path.join(layout.mount, 'd');
  if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(dir);
  if (fs.existsSync(path.join(layout.mount, 'd.aside'))) fs.renameSync(path.join(layout.mount, 'd.aside'), dir);
}

/**
 * Guest code: `rounds` passes over every operation through /data/d. Returns what it saw: every
 * name listed, every text read, every size stat reported for a name that only exists outside.
 */
function raceProgram(rounds: number, write: boolean): string {
  const mutations = write ? [
    '    tryop(lambda: create("/data/d/new%d.txt" % i))',
    '    tryop(lambda: os.mkdir("/data/d/newdir%d" % i))',
    '    tryop(lambda: os.remove("/data/d/victim.txt"))',
    '    tryop(lambda: os.rmdir("/data/d/victimdir"))',
    '    tryop(lambda: os.rename("/data/d/secret.txt", "/data/stolen%d.txt" % i))',
    '    tryop(lambda: os.rename("/data/d/victimdir", "/data/stolendir%d" % i))',
    '    tryop(lambda: os.rename("/data/d/inner.txt", "/data/d/moved.txt"))',
    '    tryop(lambda: os.rename("/data/d/moved.txt", "/data/d/inner.txt"))',
    '    tryop(lambda: os.remove("/data/d/new%d.txt" % i))',
    '    tryop(lambda: os.rmdir("/data/d/newdir%d" % i))',
    '    seen.append(tryop(lambda: read("/data/stolen%d.txt" % i)))',
  ] : [];
  return [
    'import os',
    'names = set()',
    'seen = []',
    'sizes = []',
    'def tryop(fn):',
    '    try:',
    '        return fn()',
    '    except OSError:',
    '        return None',
    'def read(p):',
    '    with open(p) as f:',
    '        return f.read()',
    'def create(p):',
    '    with open(p, "w") as f:',
    '        f.write("x")',
    `for i in range(${rounds}):`,
    ...mutations,
    '    for n in tryop(lambda: os.listdir("/data/d")) or []:',
    '        names.add(n)',
    '    seen.append(tryop(lambda: read("/data/d/secret.txt")))',
    '    seen.append(tryop(lambda: read("/data/d/inner.txt")))',
    '    st = tryop(lambda: os.stat("/data/d/secret.txt"))',
    '    if st is not None:',
    '        sizes.append(st[6])',
    '    st = tryop(lambda: os.stat("/data/d/victimdir"))',
    '    if st is not None:',
    '        sizes.append(-1)',
    '(sorted(names), [s for s in seen if s is not None and s != "inside"], sizes, [n for n in os.listdir("/data") if n != "d"])',
  ].join('\n');
}

async function race(mode: 'ro' | 'rw'): Promise<void> {
  const layout = makeLayout();
  const before = inventory(layout.outside);
  const session = await pool.createSession({ mounts: [{ hostPath: layout.mount, guestPath: '/data', mode }], fuel: 10_000_000_000 });
  const swapper = await startSwapper(layout);
  let runs = 0;
  try {
    const started = Date.now();
    while (Date.now() - started < RACE_MS) {
      const r = await session.run(raceProgram(300, mode === 'rw'), { timeoutMs: 20_000 });
      runs++;
      assert.equal(r.ok, true, `${r.error?.type}: ${r.error?.message}`);
      const [names, texts, sizes, topLevel] = r.value as [string[], string[], number[], string[]];
      for (const name of names) assert.match(name, /^(inner\.txt|moved\.txt|new\d+\.txt|newdir\d+)$/, `an outside name was listed: ${name}`);
      assert.deepEqual(texts, [], 'the guest read a file from outside the mount');
      assert.deepEqual(sizes, [], 'the guest got stat data of a file outside the mount');
      for (const name of topLevel) assert.match(name, /^d\.aside$/, `something was moved into the mount: ${name}`);
      assert.deepEqual(inventory(layout.outside), before, 'something outside the mount was created, deleted or moved');
    }
  } finally {
    await stopSwapper(swapper, layout);
    await session.close();
  }
  assert.deepEqual(inventory(layout.outside), before, 'something outside the mount was created, deleted or moved');
  assert.ok(runs >= 2, 'the race ran');
  fs.rmSync(layout.root, { recursive: true, force: true });
}

describe('host mounts against a concurrent directory/symlink swapper', () => {
  attack('read-write mount: creating, deleting, renaming, reading and listing never act outside it', async () => {
    await race('rw');
    await assertHostUnharmed(pool, canary);
  });

  attack('read-only mount: listing, stat and reading never show outside names, data or metadata', async () => {
    await race('ro');
    await assertHostUnharmed(pool, canary);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { ATTEMPT, assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * State leaks: nothing a guest does may survive into a fresh run, reach another session, or
 * survive a hard stop that the session was rolled back from. One-worker pools force the pooled
 * VM reuse and session co-location that make leaks possible at all.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
/** One worker: every one-shot run reuses the same thread and, usually, the same pooled VM. */
const single = createPool({ maxWorkers: 1 });
before(async () => {
  canary = await createCanary(pool);
});
after(async () => {
  await Promise.all([pool.close(), single.close()]);
});

describe('state leaks between runs and sessions', () => {
  attack('a global set in one run() is not visible in the next run()', async () => {
    await single.run('leaked = "secret"\nimport json\njson.leaked = 1');
    const r = await single.run(`${ATTEMPT}import json\n[attempt(lambda: leaked), hasattr(json, "leaked"), sorted(k for k in globals() if not k.startswith("__"))]`);
    assert.equal(r.ok, true, r.error?.message);
    const [name, attr, globalsLeft] = r.value as [string, boolean, string[]];
    assert.match(name, /^NameError/);
    assert.equal(attr, false);
    assert.deepEqual(globalsLeft, ['attempt', 'json']);
    await assertHostUnharmed(pool, canary);
  });

  attack('sys.modules and builtins modifications in one run() do not persist to the next', async () => {
    await single.run([
      'import sys, builtins',
      'class Trap:',
      '    def __getattr__(self, n):',
      '        raise RuntimeError("trapped")',
      'sys.modules["json"] = Trap()',
      'sys.modules["host"] = Trap()',
      'builtins.print = lambda *a, **k: None',
      'builtins.len = lambda x: -1',
      'builtins.__mps_value__ = lambda v: None',
      'builtins.input = lambda *a: "forged"',
    ].join('\n'));
    const r = await single.run('import json, sys\nprint("visible")\n(json.dumps([1]), len("ab"), "host" in sys.modules, type(sys.modules["host"]).__name__)');
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.stdout, 'visible\n');
    assert.deepEqual(r.value, ['[1]', 2, true, 'HostModule']);
    const input = await single.run('input()');
    assert.equal(input.error?.type, 'EOFError');
    await assertHostUnharmed(pool, canary);
  });

  attack('cwd changes and file writes do not persist to the next run()', async () => {
    const first = await single.run('import os\nos.chdir("/tmp")\nopen("x", "w").write("1")');
    assert.equal(first.ok, true, first.error?.message);
    const r = await single.run('import os\n(os.getcwd(), os.listdir("/"), os.listdir("/tmp"))');
    assert.deepEqual(r.value, ['/', ['tmp'], []]);
    await assertHostUnharmed(pool, canary);
  });

  attack("one session cannot see another session's globals, modules or files (same worker)", async () => {
    const a = await single.createSession();
    const b = await single.createSession();
    await a.run('secret = "a-only"\nimport sys\nsys.modules["shared"] = "a"\nopen("/tmp/a.txt", "w").write("a-file")');
    const r = await b.run(`${ATTEMPT}import sys, os\n[attempt(lambda: secret), "shared" in sys.modules, os.listdir("/tmp"), attempt(lambda: open("/tmp/a.txt").read())]`);
    assert.equal(r.ok, true, r.error?.message);
    const [name, shared, files, read] = r.value as [string, boolean, string[], string];
    assert.match(name, /^NameError/);
    assert.equal(shared, false);
    assert.deepEqual(files, []);
    assert.match(read, /^OSError:2/);
    await assert.rejects(b.fs.readText('/tmp/a.txt'));
    await Promise.all([a.close(), b.close()]);
    await assertHostUnharmed(pool, canary);
  });

  attack('after a hard stop the rebuilt session holds neither the values nor the files of the stopped run', async () => {
    const s = await pool.createSession();
    await s.run('kept = "before"\nopen("/tmp/kept.txt", "w").write("before")');
    const stopped = await s.run([
      'kept = "during"',
      'injected = True',
      'open("/tmp/kept.txt", "w").write("during")',
      'open("/tmp/new.txt", "w").write("during")',
      'import sys',
      'sys.modules["json"] = None',
      'while True:',
      '    try:',
      '        while True:',
      '            pass',
      '    except BaseException:',
      '        pass',
    ].join('\n'), { timeoutMs: 200 });
    assert.equal(stopped.error?.stop, 'hard');
    assert.equal(stopped.recovered, 'snapshot');
    const r = await s.run('import os, json\n(kept, "injected" in globals(), open("/tmp/kept.txt").read(), sorted(os.listdir("/tmp")), json.dumps(1))');
    assert.deepEqual(r.value, ['before', false, 'before', ['kept.txt'], '1']);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('after a hard stop the rebuilt session holds nothing of the stopped run', async () => {
    const s = await pool.createSession();
    await s.run('kept = "before"');
    const stopped = await s.run('kept = "during"\nopen("/tmp/crash.txt", "w").write("x")\nwhile True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass', { timeoutMs: 300, fuel: 1e15 });
    assert.equal(stopped.error?.stop, 'hard');
    assert.equal(stopped.recovered, 'snapshot');
    const r = await s.run('import os\n(kept, os.listdir("/tmp"))');
    assert.deepEqual(r.value, ['before', []]);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('stdin given to one run is not readable by the next run', async () => {
    const s = await pool.createSession();
    const first = await s.run('input()', { stdin: 'line one\nsecret line two\n' });
    assert.equal(first.value, 'line one');
    const next = await s.run(`${ATTEMPT}import sys\n[attempt(input), sys.stdin.read()]`);
    assert.deepEqual(next.value, ['EOFError:EOF when reading a line', '']);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('random state differs between fresh runs (no shared seed to predict)', async () => {
    const code = 'import random, os\n(random.getrandbits(32), random.getrandbits(32), random.random())';
    const values = await Promise.all([1, 2, 3, 4].map(() => single.run(code)));
    const seen = new Set(values.map((r) => JSON.stringify(r.value)));
    assert.equal(seen.size, 4, 'two fresh runs produced the same random values');
    await assertHostUnharmed(pool, canary);
  });

  attack('restores and forks of one snapshot do not share a random stream', async () => {
    const s = await pool.createSession();
    await s.run('import random\nx = 1');
    const bytes = await s.snapshot();
    const [a, b] = await Promise.all([pool.restoreSession(bytes), pool.restoreSession(bytes)]);
    const f = await s.fork();
    const draw = 'random.getrandbits(32), random.getrandbits(32)';
    const values = await Promise.all([s, a, b, f].map(async (x) => JSON.stringify((await x.run(draw)).value)));
    assert.equal(new Set(values).size, 4, `predictable random stream: ${values.join(' ')}`);
    await Promise.all([s, a, b, f].map((x) => x.close()));
    await assertHostUnharmed(pool, canary);
  });

  attack('a fork and its parent cannot reach each other (globals, mutable objects, files)', async () => {
    const parent = await pool.createSession();
    await parent.run('shared = {"items": [1]}\nopen("/tmp/p.txt", "w").write("parent")');
    const child = await parent.fork();
    await child.run('shared["items"].append("child")\nopen("/tmp/p.txt", "w").write("child")\nchild_only = 1');
    await parent.run('shared["items"].append("parent")');
    const p = await parent.run('(shared, open("/tmp/p.txt").read(), "child_only" in globals())');
    const c = await child.run('(shared, open("/tmp/p.txt").read())');
    assert.deepEqual(p.value, [{ items: [1, 'parent'] }, 'parent', false]);
    assert.deepEqual(c.value, [{ items: [1, 'child'] }, 'child']);
    await Promise.all([parent.close(), child.close()]);
    await assertHostUnharmed(pool, canary);
  });

  attack('functions exposed to a session do not reach its earlier fork or other sessions', async () => {
    const calls: string[] = [];
    const s = await pool.createSession();
    const earlier = await s.fork();
    const other = await pool.createSession();
    await s.expose({ grant: (who: string) => { calls.push(who); return 'granted'; } });
    assert.equal((await s.run('grant("owner")')).value, 'granted');
    for (const [name, target] of [['fork', earlier], ['other', other]] as const) {
      const r = await target.run(`${ATTEMPT}import _host\n[attempt(lambda: grant(${JSON.stringify(name)})), _host.call("host", "grant", '[["${name}"],{}]')[:120]]`);
      const [direct, raw] = r.value as [string, string];
      assert.match(direct, /^NameError/);
      assert.match(raw, /no function named 'grant'/);
    }
    assert.deepEqual(calls, ['owner']);
    await Promise.all([s.close(), earlier.close(), other.close()]);
    await assertHostUnharmed(pool, canary);
  });

  attack('one-shot runs with different grants on the same worker do not inherit each other\'s functions', async () => {
    let calls = 0;
    const granted = await single.run('secret_fn()', { functions: { secret_fn: () => { calls++; return 'granted'; } } });
    assert.equal(granted.value, 'granted');
    const r = await single.run(`${ATTEMPT}import _host, host\n[attempt(lambda: secret_fn()), _host.call("host", "secret_fn", "[[],{}]")[:120], dir(host)]`);
    const [direct, raw, names] = r.value as [string, string, string[]];
    assert.match(direct, /^NameError/);
    assert.match(raw, /no function named 'secret_fn'/);
    assert.deepEqual(names, []);
    assert.equal(calls, 1);
    await assertHostUnharmed(pool, canary);
  });
});

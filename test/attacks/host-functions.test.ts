import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe } from 'node:test';
import { connect as tlsConnect } from 'node:tls';
import { createPool, getHostCallContext, SandboxError, SessionClosedError, type Session } from '../../src/index.js';
import { ATTEMPT, assertGuestError, assertHostUnharmed, assertNoHostDetails, attack, createCanary, type Canary } from './harness.js';

/**
 * Abuse of granted host functions: hostile arguments, oversized payloads, call floods, values
 * the host cannot or should not send back, re-entrancy into the sandbox from inside a host
 * function, and guest code that tampers with the `host` module the sandbox itself relies on.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

function recorder() {
  const calls: unknown[][] = [];
  return { calls, fn: (...args: unknown[]) => { calls.push(args); return 'ok'; } };
}

describe('host function abuse: arguments and results', () => {
  attack('arguments Python cannot send (objects, sets, functions, non-str keys, classes) never reach the function', async () => {
    const rec = recorder();
    const r = await pool.run(`${ATTEMPT}class K:\n    pass\n[attempt(f, v) for v in (object(), {1, 2}, lambda: 0, {1: "x"}, {b"k": 1}, K, K(), print, range(3), iter([1]))] + [attempt(lambda: f(x=object()))]`, {
      functions: { f: rec.fn },
    });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^TypeError/, outcome);
    assert.equal(rec.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('oversized arguments are refused before the function runs', async () => {
    const rec = recorder();
    const r = await pool.run(`${ATTEMPT}[attempt(f, "x" * (80 * 1024)), attempt(f, b"x" * (40 * 1024)), attempt(f, ["y" * 1024] * 80), attempt(lambda: f(k="z" * (80 * 1024)))]`, {
      functions: { f: rec.fn }, hostCalls: { maxArgBytes: 64 * 1024 },
    });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^ValueError:host call arguments are larger than/, outcome);
    assert.equal(rec.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('raising the guest-side argument cap (host._register) does not lift the host-side one', async () => {
    const rec = recorder();
    const r = await pool.run(`${ATTEMPT}import host\nhost._register(["f", "g"], 10**12)\n[attempt(f, "x" * (16 * 1024)), attempt(f, ["y" * 1024] * 16), attempt(g)]`, {
      functions: { f: rec.fn }, hostCalls: { maxArgBytes: 8 * 1024 },
    });
    assert.equal(r.ok, true, r.error?.message);
    const [big, list, unknown] = r.value as string[];
    assert.match(big!, /^ValueError:host call arguments are larger than 8192 bytes/);
    assert.match(list!, /^ValueError:host call arguments are larger than 8192 bytes/);
    assert.match(unknown!, /^HostError:the host provides no function named 'g'/);
    assert.equal(rec.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('arguments nested deeper than the host accepts are refused', async () => {
    const rec = recorder();
    const r = await pool.run(`${ATTEMPT}x = []\nfor i in range(100):\n    x = [x]\ny = {}\nfor i in range(70):\n    y = {"k": y}\n[attempt(f, x), attempt(lambda: f(k=x)), attempt(f, y)]`, { functions: { f: rec.fn } });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^ValueError|^TypeError|^RuntimeError/, outcome);
    assert.equal(rec.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('forged type tags in dict keys ({"\\x00b": ...}) stay plain data on the host', async () => {
    const seen: unknown[] = [];
    const r = await pool.run('f({"\\x00b": "41414141"}, {"\\x00i": "1" * 50}, {"\\x00f": "nan"}, {"\\x00\\x00b": "x"})', {
      functions: { f: (...args: unknown[]) => { seen.push(...args); return 'ok'; } },
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(seen.length, 4);
    assert.deepEqual(seen.map((v) => Object.getPrototypeOf(v) === Object.prototype), [true, true, true, true], 'no tag was decoded into a host type');
    assert.deepEqual(seen.map((v) => Object.keys(v as object)), [['\u0000b'], ['\u0000i'], ['\u0000f'], ['\u0000\u0000b']]);
    await assertHostUnharmed(pool, canary);
  });

  attack('prototype pollution through argument and keyword names does not reach Object.prototype', async () => {
    let seen: Record<string, unknown> | undefined;
    const r = await pool.run('f({"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}, **{"__proto__": {"polluted": 3}})', {
      functions: { f: (a: Record<string, unknown>) => { seen = a; return Object.getPrototypeOf(a) === Object.prototype; } },
    });
    assert.equal(r.value, true, 'the argument kept a plain prototype');
    assert.ok(seen && Object.hasOwn(seen, '__proto__'));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal((seen as Record<string, unknown>)['polluted'], undefined);
    await assertHostUnharmed(pool, canary);
  });

  attack('oversized results (50 MB string, 10M-element array) are refused', async () => {
    const r = await pool.run(`${ATTEMPT}[attempt(big), attempt(arr)]`, {
      functions: { big: () => 'x'.repeat(50 * 1024 * 1024), arr: () => new Array(10_000_000).fill(0) },
    });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^ValueError:the result of \w+ is larger than/, outcome);
    await assertHostUnharmed(pool, canary);
  });

  attack('results the host cannot send (cycles, functions, symbols, class instances, hostile proxies, throwing getters) are refused', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const functions = {
      cyc: () => cyclic,
      fn: () => () => process.exit(1),
      sym: () => Symbol('x'),
      date: () => new Date(0),
      mapping: () => new Map([['a', 1]]),
      proxy: () => new Proxy({}, { ownKeys() { throw new Error('trap'); } }),
      getter: () => ({ get x() { throw new Error('getter'); } }),
      deep: () => { let x: unknown[] = []; for (let i = 0; i < 100_000; i++) x = [x]; return x; },
      proc: () => process,
    };
    const r = await pool.run(`${ATTEMPT}[attempt(f) for f in (cyc, fn, sym, date, mapping, proxy, getter, deep, proc)]`, { functions });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) {
      assert.match(outcome, /^TypeError:host function \w+ returned a value Python cannot receive/, outcome);
    }
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Exceptions thrown by the host function itself are scrubbed (first line only, paths replaced).
   * Exceptions thrown while its result is being encoded (a getter, a Proxy trap: still host code)
   * reach the guest verbatim inside the TypeError message.
   */
  attack('host errors raised while encoding a result (getters, proxy traps) are scrubbed like any host error', async () => {
    const secret = "ENOENT: no such file or directory, open '/srv/app/config/secret.json'\n    at Object.openSync (node:fs:573:3)\n    at /srv/app/models/user.js:42:7";
    const functions = {
      getter: () => ({ get profile() { throw new Error(secret); } }),
      trap: () => new Proxy({}, { ownKeys() { throw new Error(secret); } }),
    };
    const r = await pool.run(`${ATTEMPT}[attempt(getter), attempt(trap)]`, { functions });
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) {
      assert.match(outcome, /^TypeError/);
      for (const leak of ['/srv/app', 'secret.json', 'user.js', 'node:fs']) assert.ok(!outcome.includes(leak), `host detail leaked to the guest: ${outcome}`);
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('undefined, thenables and NaN results are converted, not executed in the guest', async () => {
    const r = await pool.run('[u(), t(), n()]', {
      functions: { u: () => undefined, t: () => ({ then: (resolve: (v: unknown) => void) => resolve('thenable') }), n: () => NaN },
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.valueRepr, "[None, 'thenable', nan]");
    await assertHostUnharmed(pool, canary);
  });

  attack('host functions throwing non-Error values (strings with paths, numbers, null, symbols, objects) give a scrubbed HostError', async () => {
    const functions = {
      s: () => { throw 'cannot read /home/alice/.aws/credentials'; },
      n: () => { throw 42; },
      z: () => { throw null; },
      y: () => { throw Symbol('secret'); },
      o: () => { throw { message: 'obj', stack: 'at /srv/app/index.js:1:1' }; },
      u: () => Promise.reject(undefined),
      e: () => { throw new Error('failed at C:\\Users\\bob\\secret.txt\n    at Object.<anonymous> (/srv/app/index.js:10:5)'); },
    };
    const r = await pool.run(`${ATTEMPT}[attempt(f) for f in (s, n, z, y, o, u, e)]`, { functions });
    assert.equal(r.ok, true, r.error?.message);
    const outcomes = r.value as string[];
    for (const outcome of outcomes) assert.match(outcome, /^HostError:/, outcome);
    const text = outcomes.join('\n');
    for (const leak of ['alice', '.aws', '/srv/app', 'index.js', 'bob', 'secret.txt', 'Object.<anonymous>']) assert.ok(!text.includes(leak), `leaked ${leak}: ${text}`);
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Host functions that fail for real and let Node's error escape: its message names the address
   * the host connected to, OpenSSL's carries a thread id in hex and a source path, fs errors the
   * host path. The guest learns that the function failed, not where the host was looking.
   */
  attack('host functions failing on real sockets and files leak no addresses, hex ids or paths', async () => {
    const plain = createServer((_req, res) => res.end('plain'));
    const closed = createServer();
    const [plainPort, closedPort] = await Promise.all([plain, closed].map((server) => new Promise<number>((resolve) => {
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    })));
    await new Promise((r) => closed.close(r));
    const failure = (start: (fail: (error: Error) => void) => void) => () => new Promise((_resolve, reject) => start(reject));
    const functions = {
      refused: failure((fail) => connect(closedPort!, '127.0.0.1').on('error', fail)),
      tls: failure((fail) => tlsConnect({ host: '127.0.0.1', port: plainPort!, rejectUnauthorized: false }).on('error', fail)),
      missing: () => readFile('/srv/app/config/secret.json'),
      pointer: () => { throw new Error('native call failed at 0x7ffd5e8b1c20 (errno 0x0000000b)'); },
      v6: () => { throw new Error('connect ECONNREFUSED ::1:5432 (fe80::1ff:fe23:4567:890a%eth0)'); },
    };
    try {
      const r = await pool.run(`${ATTEMPT}[attempt(f) for f in (refused, tls, missing, pointer, v6)]`, { functions });
      assert.equal(r.ok, true, r.error?.message);
      for (const outcome of r.value as string[]) {
        assert.match(outcome, /^HostError:\S/, outcome);
        assertNoHostDetails(outcome);
      }
    } finally {
      plain.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('10,000 calls in one run are capped at maxCallsPerRun', async () => {
    let calls = 0;
    const r = await pool.run('n = 0\nerr = ""\nfor i in range(10000):\n    try:\n        f()\n        n += 1\n    except Exception as e:\n        err = str(e)\n        break\n(n, err)', {
      functions: { f: () => { calls++; return 1; } }, timeoutMs: 10_000,
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, [1000, 'too many host calls in one run (limit 1000)']);
    assert.equal(calls, 1000);
    await assertHostUnharmed(pool, canary);
  });

  attack('a host function that never resolves cannot hold the run past its time limit', async () => {
    let aborted: Promise<void> | undefined;
    const r = await pool.run('never()', {
      timeoutMs: 300,
      hostCalls: { timeoutMs: 1000 },
      functions: {
        never: () => {
          const signal = getHostCallContext()!.signal;
          aborted = new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
          return new Promise(() => {});
        },
      },
    });
    assert.equal(r.error?.kind, 'limit');
    assert.equal(r.error?.type, 'Timeout');
    assert.ok(aborted, 'the function was called');
    await aborted; // the abandoned call is told to stop (at the latest at its own call timeout)
    await assertHostUnharmed(pool, canary);
  });

  attack('a function granted to one session cannot be called from another', async () => {
    const rec = recorder();
    const owner = await pool.createSession({ functions: { privileged: rec.fn } });
    const other = await pool.createSession();
    const r = await other.run(`${ATTEMPT}import _host\n[_host.call("host", "privileged", "[[],{}]")[:80], attempt(lambda: privileged())]`);
    assert.match((r.value as string[])[0]!, /no function named 'privileged'/);
    assert.match((r.value as string[])[1]!, /^NameError/);
    assert.equal(rec.calls.length, 0);
    assert.equal((await owner.run('privileged()')).value, 'ok');
    await Promise.all([owner.close(), other.close()]);
    await assertHostUnharmed(pool, canary);
  });
});

describe('host function abuse: re-entrancy and lifecycle', () => {
  attack("a host function running code in its own session is refused (SESSION_BUSY)", async () => {
    let session: Session | undefined;
    session = await pool.createSession({
      functions: { again: async () => { try { await session!.run('1'); return 'ran'; } catch (e) { return (e as SandboxError).code; } } },
    });
    const r = await session.run('again()', { timeoutMs: 3000 });
    assert.equal(r.value, 'SESSION_BUSY');
    await session.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('a host function running code in another session on another worker works', async () => {
    const local = createPool({ maxWorkers: 2 });
    try {
      const other = await local.createSession();
      await other.run('secret = 41');
      const caller = await local.createSession({ functions: { ask: async () => (await other.run('secret + 1')).value } });
      const r = await caller.run('ask()', { timeoutMs: 3000 });
      assert.equal(r.value, 42, r.error?.message);
    } finally {
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  /*
   * The worker thread blocks (Atomics.wait) while a host function runs. A host function that waits
   * for anything queued on that same worker (another session living there, or a snapshot, expose
   * or close of its own session) waits until the calling run times out: only `run` on the calling
   * session itself is detected (SESSION_BUSY).
   */
  attack('a host function running code in another session that shares its worker does not deadlock', async () => {
    const local = createPool({ maxWorkers: 1 });
    try {
      const other = await local.createSession();
      await other.run('secret = 41');
      const caller = await local.createSession({
        functions: { ask: async () => { try { return (await other.run('secret + 1')).value; } catch (e) { return (e as SandboxError).code; } } },
      });
      const r = await caller.run('ask()', { timeoutMs: 2000 });
      assert.notEqual(r.error?.type, 'Timeout', 'deadlock: the call waited for the caller\'s own time limit');
      assert.ok(r.value === 42 || r.value === 'SESSION_BUSY', `unexpected outcome ${r.valueRepr ?? r.error?.type}`);
    } finally {
      await local.close();
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('a host function taking a snapshot of its own session is refused or served, not deadlocked', async () => {
    let session: Session | undefined;
    session = await pool.createSession({
      functions: { snap: async () => { try { return (await session!.snapshot()).length > 0; } catch (e) { return (e as SandboxError).code; } } },
    });
    const r = await session.run('snap()', { timeoutMs: 2000 });
    assert.notEqual(r.error?.type, 'Timeout', 'deadlock: snapshot() waited for the caller\'s own time limit');
    assert.ok(r.value === true || r.value === 'SESSION_BUSY', `unexpected outcome ${r.valueRepr ?? r.error?.type}`);
    await session.close();
    await assertHostUnharmed(pool, canary);
  });

  attack('closing the session from inside its own host function: the run ends, later runs are refused', async () => {
    let session: Session | undefined;
    session = await pool.createSession({ functions: { quit: () => { void session!.close(); return 'closing'; } } });
    const r = await session.run('quit()\n"after"');
    assert.equal(r.value, 'after');
    await assert.rejects(session.run('1'), SessionClosedError);
    await assert.rejects(session.snapshot(), SessionClosedError);
    await assertHostUnharmed(pool, canary);
  });

  attack('session.run after close is refused with SessionClosedError, and a pending call finishes cleanly', async () => {
    const session = await pool.createSession({ functions: { slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 100)) } });
    const pending = session.run('slow()', { timeoutMs: 3000 });
    const closing = session.close();
    await assert.rejects(session.run('1'), SessionClosedError);
    const r = await pending;
    assert.ok(r.value === 'late' || r.error !== null);
    await closing;
    await assertHostUnharmed(pool, canary);
  });
});

describe('guest tampering with the sandbox machinery', () => {
  /*
   * expose() registers names by running `__import__('sys').modules['host']._register(...)` inside
   * the guest VM. A guest that replaced sys.modules['host'] gets its own code run there, under
   * internal limits with no grace: if it swallows the interrupt, the VM is hard-stopped outside a
   * run, the session is never rebuilt, and every later run fails with VmBrokenError.
   */
  attack("expose() after the guest replaced sys.modules['host'] leaves a working session", async () => {
    const s = await pool.createSession();
    await s.run('kept = "state"');
    await s.run([
      'import sys',
      'class Evil:',
      '    def _register(self, *args):',
      '        while True:',
      '            try:',
      '                while True:',
      '                    pass',
      '            except BaseException:',
      '                pass',
      'sys.modules["host"] = Evil()',
    ].join('\n'));
    // Refusing the expose (with a clear, non-retryable error) is right; breaking the session is not.
    await assert.rejects(s.expose({ extra: () => 1 }), (error: Error & { code?: string }) => error.code === 'HOST_FUNCTION_INVALID');
    let after: Awaited<ReturnType<Session['run']>> | Error;
    try {
      after = await s.run('kept');
    } catch (error) {
      after = error as Error;
    }
    assert.ok(!(after instanceof Error), `the session is broken for good: ${(after as Error).name}: ${(after as Error).message}`);
    assert.equal(after.value, 'state');
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  /*
   * A refused expose() must grant nothing: not the main thread's registry (which the raw host-call
   * entry point reaches by name, without the `host` module), not the session's configuration
   * (from which a session lost with its worker is rebuilt), not a fork taken afterwards.
   */
  attack('a failed expose() (guest broke its host module) leaves nothing granted', async () => {
    const calls: string[] = [];
    const s = await pool.createSession();
    await s.run('import sys\nclass Broken:\n    def _register(self, *args):\n        raise RuntimeError("no")\nsys.modules["host"] = Broken()');
    await assert.rejects(s.expose({ secret: (who: string) => { calls.push(who); return 'granted'; } }),
      (error: Error & { code?: string }) => error.code === 'HOST_FUNCTION_INVALID');
    const probe = (who: string) => `import _host\n_host.call("host", "secret", '[["${who}"],{}]')[:120]`;
    assert.match(String((await s.run(probe('raw'))).value), /no function named 'secret'/);
    const fork = await s.fork();
    assert.match(String((await fork.run(probe('fork'))).value), /no function named 'secret'/);
    await pool.engine().then((engine) => engine.crashWorkerOf(s.id));
    const rebuilt = await s.run(probe('rebuilt'));
    assert.match(String(rebuilt.value), /no function named 'secret'/);
    assert.ok(!(await s.run('import host\n"secret" in dir(host)')).value, 'the rebuilt session lists the refused function');
    assert.deepEqual(calls, []);
    await Promise.all([s.close(), fork.close()]);
    await assertHostUnharmed(pool, canary);
  });

  attack('expose() refused as SESSION_BUSY (called from the session\'s own host function) grants nothing to the running guest', async () => {
    const calls: string[] = [];
    let session: Session | undefined;
    session = await pool.createSession({
      functions: {
        escalate: async () => {
          try {
            await session!.expose({ secret: () => { calls.push('secret'); return 'granted'; } });
            return 'exposed';
          } catch (e) {
            return (e as SandboxError).code;
          }
        },
      },
    });
    const r = await session.run('import _host\n[escalate(), _host.call("host", "secret", "[[],{}]")[:120]]', { timeoutMs: 3000 });
    assert.equal(r.ok, true, r.error?.message);
    const [outcome, raw] = r.value as [string, string];
    assert.equal(outcome, 'SESSION_BUSY');
    assert.match(raw, /no function named 'secret'/);
    assert.match(String((await session.run('import _host\n_host.call("host", "secret", "[[],{}]")[:120]')).value), /no function named 'secret'/);
    assert.deepEqual(calls, []);
    await session.close();
    await assertHostUnharmed(pool, canary);
  });

  /*
   * restoreSession() and fork() reseed the random generator by calling random.seed() inside the
   * restored VM, outside any run(). A guest that replaced sys.modules['random'] in the snapshotted
   * state gets that code called: it must not reach the session's host functions from there.
   */
  attack('restoring or forking a session never lets guest code call host functions outside a run', async () => {
    const calls: string[] = [];
    const functions = { audit: (what: string) => { calls.push(what); return 1; } };
    const s = await pool.createSession({ functions });
    await s.run('import sys\nclass R:\n    def seed(self, *a):\n        audit("guest code ran outside run()")\nsys.modules["random"] = R()');
    const snapshot = await s.snapshot();
    const restored = await pool.restoreSession(snapshot, { functions }).catch((e: Error) => e);
    const forked = await s.fork().catch((e: Error) => e);
    assert.deepEqual(calls, [], `the guest called a host function during restore/fork: ${calls.join(', ')}`);
    for (const x of [restored, forked]) {
      assert.ok(!(x instanceof Error), `restore/fork failed: ${(x as Error).message}`);
      assert.equal((await x.run('audit("inside a run")')).ok, true);
      await x.close();
    }
    assert.equal(calls.length, 2);
    await s.close();
    await assertHostUnharmed(pool, canary);
  });

  attack("tampering with sys.modules['host'] cannot call ungranted functions or bypass the call cap", async () => {
    let calls = 0;
    const r = await pool.run(`${ATTEMPT}import sys, _host\nh = sys.modules["host"]\nh._names.add("secret")\nfor i in range(1005):\n    _host.call("host", "f", "[[],{}]")\n[attempt(lambda: h.secret()), attempt(f)]`, {
      functions: { f: () => { calls++; return 1; } },
    });
    assert.equal(r.ok, true, r.error?.message);
    const [secret, capped] = r.value as string[];
    assert.match(secret!, /^HostError:(the host provides no function named 'secret'|too many host calls)/);
    assert.match(capped!, /^HostError:too many host calls/);
    assert.equal(calls, 1000);
    assertGuestError(await pool.run('import host\nhost.secret()', { functions: { f: () => 1 } }), 'AttributeError');
    await assertHostUnharmed(pool, canary);
  });
});

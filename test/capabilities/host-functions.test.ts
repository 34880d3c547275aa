import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPool, getHostCallContext, HostFunctionError, SandboxError } from '../../src/index.js';

const pool = createPool({ maxWorkers: 2 });
after(() => pool.close());

describe('host functions', () => {
  test('plain callables, importable from host, with positional and keyword arguments', async () => {
    const r = await pool.run('from host import add\nprint(add(2, 3), greet("py", punct="!"))\nimport host\nhost.add(10, 20)', {
      functions: { add: (a: number, b: number) => a + b, greet: (name: string, kw: { punct: string }) => `hello ${name}${kw.punct}` },
    });
    assert.equal(r.stdout, '5 hello py!\n');
    assert.equal(r.value, 30);
  });

  test('JSON values, bytes, big integers and non-finite floats round-trip both ways', async () => {
    const seen: unknown[] = [];
    const r = await pool.run('echo([1, 2.5, None, True, "é", {"k": [1]}], b"\\x00\\xff", 2**70, float("inf"), {"\\x00raw": 1})', {
      functions: { echo: (...args: unknown[]) => { seen.push(...args); return args; } },
    });
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(seen[0], [1, 2.5, null, true, 'é', { k: [1] }]);
    assert.deepEqual(seen[1], new Uint8Array([0, 255]));
    assert.equal(seen[2], 2n ** 70n);
    assert.equal(seen[3], Infinity);
    assert.deepEqual({ ...(seen[4] as object) }, { '\u0000raw': 1 });
    assert.equal(r.valueRepr, "[[1, 2.5, None, True, 'é', {'k': [1]}], b'\\x00\\xff', 1180591620717411303424, inf, {'\\x00raw': 1}]");
  });

  test('values Python cannot send raise TypeError in the guest', async () => {
    const r = await pool.run('import host\nfor bad in (object(), {1: "int key"}, lambda: 0, {1, 2}):\n    try:\n        host.f(bad)\n    except TypeError as e:\n        print("TypeError")', {
      functions: { f: () => 1 },
    });
    assert.equal(r.stdout, 'TypeError\nTypeError\nTypeError\nTypeError\n');
  });

  test('values the host cannot send back raise TypeError in the guest', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const r = await pool.run('for name in ("fn", "cyc", "date", "sym"):\n    try:\n        getattr(__import__("host"), name)()\n    except TypeError as e:\n        print(name, "TypeError")', {
      functions: { fn: () => () => 1, cyc: () => cyclic, date: () => new Date(0), sym: () => Symbol('s') },
    });
    assert.equal(r.stdout, 'fn TypeError\ncyc TypeError\ndate TypeError\nsym TypeError\n');
  });

  test('async host functions: the guest waits for resolution and sees rejection as HostError', async () => {
    const r = await pool.run('import host\nprint(later(21))\ntry:\n    fails()\nexcept host.HostError as e:\n    print("HostError:", e)', {
      functions: {
        later: async (x: number) => { await new Promise((r) => setTimeout(r, 30)); return x * 2; },
        fails: async () => { await new Promise((r) => setTimeout(r, 5)); throw new Error('nope'); },
      },
    });
    assert.equal(r.stdout, '42\nHostError: nope\n');
  });

  test('a host exception reaches Python with its message only: no stack trace, no paths', async () => {
    const r = await pool.run('try:\n    boom()\nexcept Exception as e:\n    print(type(e).__name__, "|", e)', {
      functions: { boom: () => { throw new Error('cannot open /home/alice/secrets/db.sqlite\n    at Object.<anonymous> (/srv/app/index.js:1:1)'); } },
    });
    assert.match(r.stdout, /^HostError \| cannot open <path>\n$/);
    assert.ok(!r.stdout.includes('alice') && !r.stdout.includes('index.js'));
  });

  test('a host function that never resolves cannot outlive the run timeout', async () => {
    const r = await pool.run('never()', { timeoutMs: 300, functions: { never: () => new Promise(() => {}) } });
    assert.equal(r.error?.kind, 'limit');
    assert.equal(r.error?.type, 'Timeout');
  });

  test('the per-call timeout turns a slow host function into HostError', async () => {
    const r = await pool.run('import host\ntry:\n    slow()\nexcept host.HostError as e:\n    print("timed out" in str(e))', {
      hostCalls: { timeoutMs: 100 },
      functions: { slow: () => new Promise((r) => setTimeout(() => r(1), 2000)) },
    });
    assert.equal(r.stdout, 'True\n');
  });

  test('the host function receives an AbortSignal that fires on timeout', async () => {
    let aborted = false;
    await pool.run('import host\ntry:\n    wait()\nexcept host.HostError:\n    pass', {
      hostCalls: { timeoutMs: 100 },
      functions: {
        wait: () => new Promise((resolve) => {
          const signal = getHostCallContext()!.signal;
          signal.addEventListener('abort', () => { aborted = true; resolve(null); });
        }),
      },
    });
    assert.equal(aborted, true);
  });

  test('a host call still running when its run ends is aborted by then', async () => {
    let signal: AbortSignal | undefined;
    const r = await pool.run('wait()', {
      timeoutMs: 200,
      hostCalls: { timeoutMs: 60_000 },
      functions: {
        wait: () => {
          signal = getHostCallContext()!.signal;
          return new Promise(() => {});
        },
      },
    });
    assert.equal(r.error?.type, 'Timeout');
    assert.equal(signal?.aborted, true, 'the abandoned call was told to stop when the run ended');
  });

  test('long strings and bytes cross cheaply both ways, whole and exact', async () => {
    const text = `${'é'.repeat(100)}${'\u{1F600}'.repeat(70)}${'x'.repeat(600 * 1024)}`;
    const seen: unknown[] = [];
    const r = await pool.run([
      'import host',
      's = "é" * 100 + "\\U0001F600" * 70 + "x" * (600 * 1024)',
      'b = bytes(range(256)) * 4',
      'many = ["item %060d" % i for i in range(3000)]',
      'r = echo(s, b, many, {"nested": [s[:100], b[:40]]})',
      '(r[0] == s, r[1] == b, r[2] == many, r[3] == {"nested": [s[:100], b[:40]]})',
    ].join('\n'), { functions: { echo: (...args: unknown[]) => { seen.push(...args); return args; } }, fuel: 200_000_000 });
    assert.equal(r.ok, true, r.error?.traceback);
    assert.deepEqual(r.value, [true, true, true, true]);
    assert.equal(seen[0], text);
    assert.ok(seen[1] instanceof Uint8Array && seen[1].length === 1024 && seen[1][255] === 255);
    assert.equal((seen[2] as string[])[2999], `item ${'2999'.padStart(60, '0')}`);
    // Through json, this much text would cost over 250M fuel; outside it, a few million.
    assert.ok(r.fuelUsed < 40_000_000, `the round trip cost ${r.fuelUsed} fuel`);
  });

  test('argument and result payloads above the cap are refused with ValueError', async () => {
    const r = await pool.run('try:\n    f("x" * 2000)\nexcept ValueError as e:\n    print("args", e)\ntry:\n    big()\nexcept ValueError as e:\n    print("result", e)\nprint(f("ok"))', {
      hostCalls: { maxArgBytes: 1000, maxResultBytes: 1000 },
      functions: { f: (s: string) => s.length, big: () => 'y'.repeat(5000) },
    });
    assert.match(r.stdout, /^args host call arguments are larger than 1000 bytes\nresult the result of big is larger than 1000 bytes\n2\n$/);
  });

  test('a huge payload (10 MiB) is refused without harming the host', async () => {
    const r = await pool.run('try:\n    f(b"z" * (10 * 1024 * 1024))\nexcept ValueError:\n    print("refused")\ntry:\n    f("z" * (10 * 1024 * 1024))\nexcept ValueError:\n    print("refused")', {
      memoryLimit: 128 * 1024 * 1024,
      functions: { f: () => 1 },
    });
    assert.equal(r.stdout, 'refused\nrefused\n');
  });

  test('calls per run are capped', async () => {
    const r = await pool.run('import host\nn = 0\ntry:\n    while True:\n        f()\n        n += 1\nexcept host.HostError as e:\n    print(n, e)', {
      hostCalls: { maxCallsPerRun: 5 },
      functions: { f: () => 0 },
    });
    assert.equal(r.stdout, '5 too many host calls in one run (limit 5)\n');
  });

  test('recursion through host calls: a host function may run another session, not its own', async () => {
    const other = await pool.createSession();
    await other.run('base = 100');
    const session = await pool.createSession({
      functions: {
        viaOther: async (x: number) => (await other.run(`base + ${x}`)).value,
        viaSelf: async () => session.run('1'),
      },
    });
    const r = await session.run('import host\nprint(viaOther(5))\ntry:\n    viaSelf()\nexcept host.HostError as e:\n    print("refused:", e)');
    assert.match(r.stdout, /^105\nrefused: session \S+ is running the code that called this host function: it cannot run/);
    await Promise.all([session.close(), other.close()]);
  });

  test('session.expose adds functions to a live session, which survive a snapshot restore', async () => {
    const s = await pool.createSession();
    assert.equal((await s.run('import host\nhost.late')).error?.type, 'AttributeError');
    await s.expose({ late: () => 'here' });
    assert.equal((await s.run('late()')).value, 'here');
    const restored = await pool.restoreSession(await s.snapshot(), { functions: { late: () => 'restored' } });
    assert.equal((await restored.run('late()')).value, 'restored');
    await Promise.all([s.close(), restored.close()]);
  });

  test('unknown host functions raise AttributeError, also through from-import', async () => {
    const r = await pool.run('try:\n    from host import missing\nexcept (ImportError, AttributeError):\n    print("refused")\nimport host\ntry:\n    host.missing\nexcept AttributeError:\n    print("AttributeError")');
    assert.equal(r.stdout, 'refused\nAttributeError\n');
  });

  test('bad function maps are refused before anything runs', async () => {
    for (const functions of [{ print: () => 1 }, { _hidden: () => 1 }, { 'not-an-identifier': () => 1 }, { class: () => 1 }, { x: 42 }]) {
      await assert.rejects(pool.run('1', { functions: functions as never }), HostFunctionError);
    }
    await assert.rejects(pool.run('1', { functions: 'nope' as never }), SandboxError);
  });

  test('a host function that throws a non-Error value is still contained', async () => {
    const r = await pool.run('import host\ntry:\n    weird()\nexcept host.HostError as e:\n    print("contained")', {
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      functions: { weird: () => { throw { not: 'an error' }; } },
    });
    assert.equal(r.stdout, 'contained\n');
  });
});

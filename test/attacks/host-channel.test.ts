import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { ATTEMPT, assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Reaching the host from the guest. The official MicroPython web build has `js` / `jsffi`
 * modules that hand the guest `globalThis`; ours has none of that. Its one channel is
 * `_host.call(op, *strings)` (native/port/modhost.c), and it must refuse anything that is not a
 * well-formed call to a granted capability.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;
before(async () => {
  canary = await createCanary(pool);
});
after(() => pool.close());

/** A host function that counts its calls: attacks must not reach it unless they call it properly. */
function counter() {
  const calls: unknown[][] = [];
  return { calls, fn: (...args: unknown[]) => { calls.push(args); return 'counted'; } };
}

describe('attacks on the host channel', () => {
  attack('no module reaches host JavaScript or raw memory: js, jsffi, uctypes, machine, marshal, ffi, vfs, socket, _thread', async () => {
    const names = ['js', 'jsffi', 'uctypes', 'machine', 'marshal', 'ffi', 'vfs', 'socket', '_thread', 'termios', 'network', 'pyb', 'esp'];
    const r = await pool.run(`${ATTEMPT}[attempt(__import__, n) for n in ${JSON.stringify(names)}]`);
    assert.equal(r.ok, true, r.error?.message);
    for (const [i, item] of (r.value as string[]).entries()) assert.match(item, /^ImportError/, `${names[i]}: ${item}`);
    await assertHostUnharmed(pool, canary);
  });

  attack('the channel module has exactly one function, and nothing of the host behind it', async () => {
    const r = await pool.run('import _host\n(sorted(n for n in dir(_host) if not n.startswith("__")), type(_host.call).__name__, [hasattr(_host.call, n) for n in ("__self__", "__globals__", "__code__", "constructor")])');
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, [['call'], 'function', [false, false, false, false]]);
    await assertHostUnharmed(pool, canary);
  });

  attack('_host.call with non-string arguments (ints, lists, dicts, bytes, None, functions) is refused without a host call', async () => {
    const c = counter();
    const r = await pool.run([
      ATTEMPT,
      'import _host',
      'out = []',
      'for args in [(1,), ([1],), ({"a": 1},), (b"host",), (None,), (print,), ("host", 1, "[]"), ("host", "f", b"[[],{}]"), ("host", "f", None), ()]:',
      '    out.append(attempt(_host.call, *args))',
      'out',
    ].join('\n'), { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    for (const item of r.value as string[]) assert.match(item, /^TypeError/);
    assert.equal(c.calls.length, 0, 'a malformed call reached the host function');
    await assertHostUnharmed(pool, canary);
  });

  attack('_host.call with 1000 (or 9) string arguments is refused', async () => {
    const c = counter();
    const r = await pool.run(`${ATTEMPT}import _host\n[attempt(_host.call, *(["host"] * 1000)), repr(_host.call("host", "f", "[[],{}]", *(["x"] * 6)))[:40]]`, { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    const [many, nine] = r.value as [string, string];
    assert.match(many, /^TypeError/);
    assert.match(nine, /^'E|^None/);
    assert.equal(c.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('_host.call with a 5 MiB payload is refused before the host function runs', async () => {
    const c = counter();
    const r = await pool.run('import _host\nr = _host.call("host", "f", "[[\\"" + "x" * (5 * 1024 * 1024) + "\\"],{}]")\nr[:200]', { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    assert.match(String(r.value), /^E.*larger than/);
    assert.equal(c.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('_host.call with unknown operations (eval, require, process, empty) is refused', async () => {
    const r = await pool.run('import _host\n[_host.call(op, "x") for op in ("eval", "require", "process", "", "fs", "HOST", "host ")]');
    assert.equal(r.ok, true, r.error?.message);
    for (const reply of r.value as string[]) assert.match(reply, /^E\{"type":"HostError","message":"unknown host call"\}$/);
    await assertHostUnharmed(pool, canary);
  });

  attack("'host' op with malformed, non-array, deeply nested or hostile JSON never reaches the function", async () => {
    const c = counter();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const r = await pool.run([
      'import _host',
      'c = _host.call',
      `payloads = ["{bad json", "", "null", "42", "[]", "[1]", "{\\"a\\": 1}", "[null, null]", ${JSON.stringify(`[${deep}, {}]`)},`,
      '            "[[{\\"\\\\u0000i\\": \\"12ab\\"}], {}]", "[[{\\"\\\\u0000b\\": \\"zz\\"}], {}]", "[[{\\"\\\\u0000i\\": \\"" + "9" * 200000 + "\\"}], {}]"]',
      '[c("host", "f", p)[:40] for p in payloads]',
    ].join('\n'), { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    for (const reply of r.value as string[]) {
      assert.match(reply, /^E/, `a malformed payload was accepted: ${reply}`);
    }
    assert.equal(c.calls.length, 0, `the host function was called with ${JSON.stringify(c.calls).slice(0, 200)}`);
    await assertHostUnharmed(pool, canary);
  });

  attack("'host' op naming functions that do not exist, or Object.prototype members, reaches nothing", async () => {
    const c = counter();
    const names = ['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'F', 'f '];
    const r = await pool.run(`import _host\n[_host.call("host", n, "[[],{}]") for n in ${JSON.stringify(names)}]`, { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    for (const reply of r.value as string[]) assert.match(reply, /^E\{"type":"HostError","message":"the host provides no function named/);
    assert.equal(c.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('eval / exec / compile tricks reach nothing more than the channel', async () => {
    const r = await pool.run([
      ATTEMPT,
      '[attempt(eval, "__import__(\'js\')"),',
      ' attempt(exec, "import jsffi"),',
      ' attempt(lambda: exec(compile("import _host; _host.call.__globals__", "x", "exec"))),',
      ' attempt(lambda: eval("getattr(__import__(\'_host\'), \'process\')")),',
      ' attempt(lambda: getattr(__import__("_host"), "process", "nothing"))]',
    ].join('\n'));
    assert.equal(r.ok, true, r.error?.message);
    const results = r.value as string[];
    assert.deepEqual(results.slice(0, 4).map((s) => s.split(':')[0]), ['ImportError', 'ImportError', 'AttributeError', 'AttributeError']);
    assert.equal(results[4], "ok:'nothing'");
    await assertHostUnharmed(pool, canary);
  });

  attack('builtins.__import__ tampering gains nothing and does not survive into the next run', async () => {
    const r = await pool.run([
      'import builtins',
      'real = builtins.__import__',
      'def spy(name, *a):',
      '    m = real(name, *a)',
      '    return m',
      'builtins.__import__ = spy',
      'builtins.open = lambda *a, **k: "hijacked"',
      'import _host',
      'hasattr(_host, "process")',
    ].join('\n'));
    assert.equal(r.value, false);
    assert.equal(r.ok, true, r.error?.message);
    const next = await pool.run('import builtins\n(type(__import__("json")).__name__, open("/tmp/x", "w").write("ok"))');
    assert.equal(next.ok, true, next.error?.message);
    assert.deepEqual(next.value, ['module', 2]);
    await assertHostUnharmed(pool, canary);
  });

  attack("replacing sys.modules['host'] leaks nothing of the host and does not survive into the next run", async () => {
    const c = counter();
    const r = await pool.run([
      'import sys, _host',
      'class Fake:',
      '    def __getattr__(self, name):',
      '        return _host.call("host", name, "[[],{}]")',
      'sys.modules["host"] = Fake()',
      'import host',
      '[host.secret, host.f[:2]]',
    ].join('\n'), { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    const [secret, f] = r.value as [string, string];
    assert.match(secret, /no function named 'secret'/);
    assert.equal(f, 'R"', 'a well-formed call through the raw entry point is an ordinary host call');
    const next = await pool.run('import host\nrepr(host)[:40]', { functions: { f: c.fn } });
    assert.match(String(next.value), /HostModule/);
    await assertHostUnharmed(pool, canary);
  });

  attack("a spoofed 'value' capture carrying __proto__ does not pollute the host's Object.prototype", async () => {
    // The final expression evaluates to None, so the spoofed capture is what the host reports.
    const r = await pool.run('import _host\n(_host.call("value", "spoof", \'{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}\'), None)[1]');
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.valueRepr, 'spoof', 'the guest controls its own reported value, nothing more');
    assert.ok(Object.hasOwn(r.value as object, '__proto__'), 'the key stays a plain own property');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(r.value), Object.prototype);
    assert.equal((r.value as Record<string, unknown>)['polluted'], undefined);
    await assertHostUnharmed(pool, canary);
  });

  /*
   * The prelude only captures plain, bounded data, but the guest can call the 'value' op itself:
   * the host parses up to 64 KiB of guest JSON into `result.value` without a depth limit. A value
   * nested 32,000 deep makes JSON.stringify(result) overflow the host's stack (the CLI's --json
   * mode then fails with exit code 4, "the sandbox itself failed").
   */
  attack('a spoofed result value nested 32,000 deep does not make JSON.stringify(result) throw on the host', async () => {
    const r = await pool.run('import _host\n(_host.call("value", "deep", "[" * 32000 + "]" * 32000), None)[1]');
    assert.equal(r.ok, true, r.error?.message);
    let serialised: string | Error;
    try {
      serialised = JSON.stringify(r);
    } catch (error) {
      serialised = error as Error;
    }
    assert.ok(typeof serialised === 'string', `JSON.stringify(result) threw on the host: ${(serialised as Error).message}`);
    await assertHostUnharmed(pool, canary);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { createPool } from '../../src/index.js';
import { ATTEMPT, assertGuestError, assertHostUnharmed, attack, createCanary, type Canary } from './harness.js';

/**
 * Reaching host JavaScript from the guest: the `js` / `jsffi` modules of the official build hand
 * the guest `globalThis`. Here they must reach nothing but the single host-call entry point, and
 * that entry point must refuse anything that is not a well-formed call to a granted capability.
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

describe('attacks on the js bridge', () => {
  attack('js.<host global> attribute access finds nothing (process, require, globalThis, Function, eval, constructor, __proto__, fetch, Buffer)', async () => {
    const names = ['process', 'require', 'globalThis', 'Function', 'eval', 'constructor', '__proto__', 'fetch', 'Buffer', 'module', 'global', 'self'];
    const r = await pool.run([
      'import js',
      'out = []',
      `for name in ${JSON.stringify(names)}:`,
      '    try:',
      '        out.append(name + "=" + repr(getattr(js, name)))',
      '    except AttributeError:',
      '        out.append(name + ":AttributeError")',
      'out',
    ].join('\n'));
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, names.map((n) => `${n}:AttributeError`));
    await assertHostUnharmed(pool, canary);
  });

  attack('js.process as plain attribute syntax raises AttributeError', async () => {
    const r = await pool.run('import js\njs.process.env');
    assertGuestError(r, 'AttributeError');
    await assertHostUnharmed(pool, canary);
  });

  attack("subscripting the namespace (js['process'], js.__dict__['process']) yields nothing", async () => {
    const r = await pool.run(`${ATTEMPT}import js\n[attempt(lambda: js['process']), attempt(lambda: js.__dict__['process']), sorted(js.__dict__)]`);
    assert.equal(r.ok, true, r.error?.message);
    const [sub, dict, keys] = r.value as [string, string, string[]];
    assert.match(sub, /^TypeError|^AttributeError/);
    assert.match(dict, /^KeyError/);
    assert.deepEqual(keys, ['__name__']);
    await assertHostUnharmed(pool, canary);
  });

  attack('dir(js) and dir(jsffi) list only the host-call entry point and inert helpers', async () => {
    const r = await pool.run('import js, jsffi\n([n for n in dir(js) if not n.startswith("__")] + [n for n in dir(js) if n == "__mps_call__"], sorted(n for n in dir(jsffi) if not n.startswith("__")))');
    assert.equal(r.ok, true, r.error?.message);
    const [jsNames, ffiNames] = r.value as [string[], string[]];
    assert.deepEqual(jsNames, ['__mps_call__']);
    assert.ok(!ffiNames.some((n) => /global|process|require|eval|Function/i.test(n)), ffiNames.join(','));
    await assertHostUnharmed(pool, canary);
  });

  attack('the entry-point proxy has no constructor, prototype, properties or iteration into the host', async () => {
    const r = await pool.run([
      ATTEMPT,
      'import js',
      'c = js.__mps_call__',
      'def store():',
      '    c.x = 1',
      '    return c.x',
      '[attempt(lambda: c.constructor), attempt(lambda: c.__proto__), attempt(lambda: c["constructor"]),',
      ' attempt(lambda: list(c)), attempt(lambda: c.new()), attempt(store), attempt(lambda: c.prototype)]',
    ].join('\n'));
    assert.equal(r.ok, true, r.error?.message);
    const results = r.value as string[];
    for (const item of results) {
      assert.match(item, /^AttributeError|^ok:(<undefined>|\[\])$/, `the proxy revealed something: ${item}`);
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('JsProxy cannot be constructed from Python (JsProxy(0) would be globalThis in the official glue)', async () => {
    const r = await pool.run(`${ATTEMPT}import js, jsffi\n[attempt(jsffi.JsProxy, 0), attempt(type(js.__mps_call__), 0), attempt(type(js.__mps_call__), 2), attempt(jsffi.JsProxy)]`);
    assert.equal(r.ok, true, r.error?.message);
    for (const item of r.value as string[]) assert.match(item, /^TypeError/);
    await assertHostUnharmed(pool, canary);
  });

  attack('jsffi.create_proxy / to_js turn nothing into a host object', async () => {
    const r = await pool.run('import jsffi\n[repr(jsffi.create_proxy(print)), repr(jsffi.to_js([1, 2])), repr(jsffi.to_js({"a": print})), repr(jsffi.create_proxy(lambda: __import__("os")))]');
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, ['<undefined>', '<undefined>', '<undefined>', '<undefined>']);
    await assertHostUnharmed(pool, canary);
  });

  attack('__mps_call__ with non-string arguments (ints, lists, dicts, bytes, None, functions) is refused without a host call', async () => {
    const c = counter();
    const r = await pool.run([
      'import js',
      'c = js.__mps_call__',
      'out = []',
      'for args in [(1,), ([1],), ({"a": 1},), (b"host",), (None,), (print,), ("host", 1, "[]"), ("host", "f", b"[[],{}]"), ("host", "f", None)]:',
      '    out.append(repr(c(*args)))',
      'out',
    ].join('\n'), { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    for (const item of r.value as string[]) assert.equal(item, '<undefined>');
    assert.equal(c.calls.length, 0, 'a malformed call reached the host function');
    await assertHostUnharmed(pool, canary);
  });

  attack('__mps_call__ with 1000 (or 9) string arguments is refused', async () => {
    const c = counter();
    const r = await pool.run('import js\nc = js.__mps_call__\n[repr(c(*(["host"] * 1000))), repr(c("host", "f", "[[],{}]", *(["x"] * 6)))]', { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, ['<undefined>', '<undefined>']);
    assert.equal(c.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('__mps_call__ with a 5 MiB payload is refused before the host function runs', async () => {
    const c = counter();
    const r = await pool.run('import js\nr = js.__mps_call__("host", "f", "[[\\"" + "x" * (5 * 1024 * 1024) + "\\"],{}]")\nr[:200]', { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    assert.match(String(r.value), /^E.*larger than/);
    assert.equal(c.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack('__mps_call__ with unknown operations (eval, require, process, empty) is refused', async () => {
    const r = await pool.run('import js\nc = js.__mps_call__\n[c(op, "x") for op in ("eval", "require", "process", "", "fs", "HOST", "host ")]');
    assert.equal(r.ok, true, r.error?.message);
    for (const reply of r.value as string[]) assert.match(reply, /^E\{"type":"HostError","message":"unknown host call"\}$/);
    await assertHostUnharmed(pool, canary);
  });

  attack("'host' op with malformed, non-array, deeply nested or hostile JSON never reaches the function", async () => {
    const c = counter();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const r = await pool.run([
      'import js',
      'c = js.__mps_call__',
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
    const r = await pool.run(`import js\n[js.__mps_call__("host", n, "[[],{}]") for n in ${JSON.stringify(names)}]`, { functions: { f: c.fn } });
    assert.equal(r.ok, true, r.error?.message);
    for (const reply of r.value as string[]) assert.match(reply, /^E\{"type":"HostError","message":"the host provides no function named/);
    assert.equal(c.calls.length, 0);
    await assertHostUnharmed(pool, canary);
  });

  attack("__import__('js') and eval / exec / compile tricks reach nothing more", async () => {
    const r = await pool.run([
      ATTEMPT,
      '[attempt(eval, "__import__(\'js\').process"),',
      ' attempt(exec, "import js\\njs.globalThis.process.exit(1)"),',
      ' attempt(lambda: exec(compile("import js; js.require(\'fs\')", "x", "exec"))),',
      ' attempt(lambda: eval("getattr(__import__(\'js\'), \'Function\')(\'return process\')()")),',
      ' attempt(lambda: getattr(__import__("js"), "process", "nothing"))]',
    ].join('\n'));
    assert.equal(r.ok, true, r.error?.message);
    const results = r.value as string[];
    assert.deepEqual(results.slice(0, 4).map((s) => s.split(':')[0]), ['AttributeError', 'AttributeError', 'AttributeError', 'AttributeError']);
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
      'import js',
      'hasattr(js, "process")',
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
      'import sys, js',
      'class Fake:',
      '    def __getattr__(self, name):',
      '        return js.__mps_call__("host", name, "[[],{}]")',
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
    const r = await pool.run('import js\n(js.__mps_call__("value", "spoof", \'{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}\'), None)[1]');
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
    const r = await pool.run('import js\n(js.__mps_call__("value", "deep", "[" * 32000 + "]" * 32000), None)[1]');
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

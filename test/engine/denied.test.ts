import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exec } from '../support/vm.js';

/** Without grants the guest reaches nothing of the host. */
describe('denied capabilities', () => {
  for (const attr of ['process', 'globalThis', 'require', 'eval', 'Function', 'fetch', 'console', 'setTimeout', 'Module', 'Buffer', 'constructor', '__proto__']) {
    test(`js.${attr} does not exist`, async () => {
      const out = await exec(`import js\nprint(js.${attr})`);
      assert.equal(out.error?.type, 'AttributeError');
    });
  }

  test('the js namespace exposes nothing but the host-call entry point', async () => {
    const out = await exec('import js\nprint([n for n in dir(js) if not n.startswith("__")])\nprint(hasattr(js, "process"))');
    assert.equal(out.stdout, '[]\nFalse\n');
  });

  test('storing into js does not make anything appear', async () => {
    const out = await exec('import js\njs.x = 1\nprint(hasattr(js, "x"))');
    assert.equal(out.stdout, 'False\n');
  });

  test('jsffi cannot turn Python objects into host objects', async () => {
    const out = await exec('import jsffi\np = jsffi.create_proxy(print)\nprint(type(p).__name__, p)\nprint(jsffi.to_js([1, 2]))');
    assert.equal(out.ok, true);
    assert.ok(!out.stdout.includes('function'), out.stdout);
    assert.match(out.stdout, /undefined/);
  });

  test('the host-call entry point ignores non-string arguments', async () => {
    const out = await exec('import js\nprint(js.__mps_call__(1, [2], {"a": 3}))\nprint(js.__mps_call__("unknown", "x"))');
    assert.equal(out.ok, true);
    assert.equal(out.stdout, '<undefined>\n\n');
  });

  for (const path of ['/etc/passwd', '/proc/self/environ', 'relative.txt', '../../etc/hosts', '/bin/sh']) {
    test(`open(${JSON.stringify(path)}) fails with OSError`, async () => {
      const out = await exec(`import errno\ntry:\n    open(${JSON.stringify(path)})\nexcept OSError as e:\n    print(e.errno == errno.ENOENT, e)`);
      assert.equal(out.stdout, 'True [Errno 2] ENOENT\n');
    });
  }

  test('writing a file is refused', async () => {
    const out = await exec('open("/new.txt", "w").write("x")');
    assert.equal(out.error?.type, 'OSError');
  });

  test('no environment variables reach the guest', async () => {
    const out = await exec('import os\nprint(getattr(os, "getenv", lambda k: None)("HOME"), getattr(os, "environ", {}))');
    assert.equal(out.stdout, 'None {}\n');
  });

  for (const mod of ['socket', 'subprocess', 'ctypes', 'ssl', '_thread', 'requests', 'urllib', 'machine', 'network']) {
    test(`import ${mod} fails`, async () => {
      const out = await exec(`import ${mod}`);
      assert.equal(out.error?.type, 'ImportError');
    });
  }

  test('importing a module from the filesystem finds nothing', async () => {
    const out = await exec('import os_helpers_that_do_not_exist');
    assert.equal(out.error?.type, 'ImportError');
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exec } from '../support/vm.js';

/** Without grants the guest reaches nothing of the host. */
describe('denied capabilities', () => {
  for (const mod of ['js', 'jsffi', 'uctypes', 'machine', 'marshal', 'vfs']) {
    test(`import ${mod} fails: nothing reaches host JavaScript or raw memory`, async () => {
      const out = await exec(`import ${mod}`);
      assert.equal(out.error?.type, 'ImportError');
    });
  }

  test('the host channel exposes one function and ignores operations it does not know', async () => {
    const out = await exec('import _host\nprint([n for n in dir(_host) if not n.startswith("__")])\nprint(_host.call("unknown", "x"))');
    assert.equal(out.ok, true, out.error?.traceback);
    assert.equal(out.stdout, "['call']\nNone\n");
  });

  test('the host channel refuses non-string arguments', async () => {
    const out = await exec('import _host\n_host.call(1, [2], {"a": 3})');
    assert.equal(out.error?.type, 'TypeError');
  });

  for (const path of ['/etc/passwd', '/proc/self/environ', 'relative.txt', '../../etc/hosts', '/bin/sh']) {
    test(`open(${JSON.stringify(path)}) fails with OSError`, async () => {
      const out = await exec(`import errno\ntry:\n    open(${JSON.stringify(path)})\nexcept OSError as e:\n    print(e.errno == errno.ENOENT, e)`);
      // CPython's text: errno, strerror and the path as given.
      assert.equal(out.stdout, `True [Errno 2] No such file or directory: '${path}'\n`);
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

  for (const mod of ['socket', 'subprocess', 'ctypes', 'ssl', '_thread', 'requests', 'urllib.request', 'machine', 'network']) {
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

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { createPool } from '../../src/index.js';

/**
 * The differential suite: short programs of the kind people and models write, each with the
 * output CPython 3.11 gives (`<name>.py.exp`, made with `python3 <name>.py`). Our build must
 * print the same bytes. Programs that do not match yet are listed in known-differences.json with
 * the reason; they run as `todo` tests, so a fix shows up (and the entry must then be removed).
 * Regenerate an expected output: `python3 test/python/<area>/<name>.py > test/python/<area>/<name>.py.exp`.
 */

const ROOT = new URL('../../../test/python/', import.meta.url).pathname;
const known = JSON.parse(readFileSync(join(ROOT, 'known-differences.json'), 'utf8')) as Record<string, string>;

function programs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) programs(path, out);
    else if (name.endsWith('.py')) out.push(path);
  }
  return out;
}

const pool = createPool({ maxWorkers: 2 });
after(() => pool.close());

const all = programs(ROOT);

describe('differential: our output matches CPython 3.11', () => {
  test('every program has its expected output, and every known difference names a program', () => {
    const names = new Set(all.map((p) => relative(ROOT, p)));
    assert.deepEqual(all.filter((p) => {
      try {
        statSync(`${p}.exp`);
        return false;
      } catch {
        return true;
      }
    }).map((p) => relative(ROOT, p)), []);
    assert.deepEqual(Object.keys(known).filter((k) => !names.has(k)), []);
  });

  for (const path of all) {
    const name = relative(ROOT, path);
    const reason = known[name];
    test(name, reason ? { todo: reason } : {}, async () => {
      const expected = readFileSync(`${path}.exp`, 'utf8');
      // CPython ran each program in a writable working directory: so do we (/tmp).
      const session = await pool.createSession({ memoryLimit: 256 * 1024 * 1024 });
      await session.run('import os\nos.chdir("/tmp")\ndel os');
      const r = await session.run(readFileSync(path, 'utf8'), { timeoutMs: 30_000, fuel: 2_000_000_000 });
      await session.close();
      const got = r.error ? `${r.stdout}${r.error.traceback || `${r.error.type}: ${r.error.message}`}\n` : r.stdout;
      assert.equal(got, expected);
    });
  }
});

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

/**
 * The package as a user gets it: `npm pack` of this build, installed from the tarball into a new
 * project (offline, from npm's cache: the dependencies are the ones `npm ci` fetched), then used
 * through its entry point and its bin. Nothing of the repository is visible to that project.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mps-pack-'));
const project = join(dir, 'project');
after(() => rmSync(dir, { recursive: true, force: true }));

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

let files: string[] = [];

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/**
 * A lockfile for the user's project: the package from the tarball, and its dependencies exactly
 * as this repository's lockfile pins them, so `npm ci --offline` installs from npm's cache alone.
 */
function userLockfile(tarball: string, integrity: string): object {
  const ours = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const self = ours.packages['']!;
  const packages: Record<string, unknown> = {
    '': { name: 'user-project', version: '1.0.0', dependencies: { 'micropython-sandbox': `file:${tarball}` } },
    'node_modules/micropython-sandbox': {
      version: self['version'], resolved: `file:${tarball}`, integrity, license: self['license'],
      dependencies: self['dependencies'], bin: self['bin'], engines: self['engines'],
    },
  };
  for (const [path, entry] of Object.entries(ours.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
  return { name: 'user-project', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

before(() => {
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)) as Array<{ filename: string; integrity: string; files: Array<{ path: string }> }>;
  const { filename, integrity } = packed[0]!;
  files = packed[0]!.files.map((f) => f.path);
  mkdirSync(project);
  const tarball = join('..', filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({
    name: 'user-project', version: '1.0.0', private: true, type: 'module', dependencies: { 'micropython-sandbox': `file:${tarball}` },
  }));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(userLockfile(tarball, integrity)));
  npm(['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
});

describe('the packed package', () => {
  test('ships the library, the bin, the engine and the license, and nothing of the sources or tests', () => {
    for (const needed of ['package.json', 'LICENSE', 'README.md', 'SECURITY.md', 'bin/micropython-sandbox.js', 'build/src/index.js',
      'build/src/index.d.ts', 'native/micropython.wasm', 'native/manifest.json']) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    assert.deepEqual(files.filter((f) => /^(src|test|bench|tools|native\/port|native\/patches|native\/lib)\/|\.map$|^build\/(test|bench|tools)\//.test(f)), []);
  });

  test('installed from the tarball, run() works at once (no install or first-run work) and the bin runs', () => {
    writeFileSync(join(project, 'main.js'), `import { run } from 'micropython-sandbox';
const r = await run('import sys\\nprint(sys.platform)\\n2**64', { timeoutMs: 1000 });
console.log(JSON.stringify({ ok: r.ok, stdout: r.stdout, value: String(r.value) }));
`);
    const used = spawnSync(process.execPath, ['main.js'], { cwd: project, encoding: 'utf8' });
    assert.equal(used.status, 0, used.stderr);
    assert.deepEqual(JSON.parse(used.stdout), { ok: true, stdout: 'micropython-sandbox\n', value: '18446744073709551616' });
    const bin = spawnSync(join(project, 'node_modules', '.bin', 'micropython-sandbox'), ['-c', 'print(6 * 7)'], { cwd: project, encoding: 'utf8' });
    assert.deepEqual([bin.status, bin.stdout, bin.stderr], [0, '42\n', '']);
    assert.ok(readdirSync(join(project, 'node_modules')).includes('micropython-sandbox'));
  });
});

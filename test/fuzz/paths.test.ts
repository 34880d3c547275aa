import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { VfsError } from '../../src/vfs/types.js';
import { VirtualFileSystem } from '../../src/vfs/virtual-file-system.js';
import { DEFAULT_FS_LIMITS } from '../../src/worker/session-config.js';

/**
 * The path resolver against random paths: whatever the guest passes, a read either fails with a
 * VfsError or returns content from inside the sandbox, never the sentinel that lives next to the
 * mount on the host, and no other exception escapes.
 */

const root = mkdtempSync(join(tmpdir(), 'mps-fuzz-paths-'));
after(() => rmSync(root, { recursive: true, force: true }));
const SENTINEL = `SENTINEL-${Math.random().toString(36).slice(2)}`;
const mount = join(root, 'mount');
mkdirSync(join(mount, 'sub'), { recursive: true });
writeFileSync(join(mount, 'inside.txt'), 'inside');
writeFileSync(join(mount, 'sub', 'deep.txt'), 'deep');
writeFileSync(join(root, 'secret.txt'), SENTINEL);
mkdirSync(join(root, 'outside-dir'));
writeFileSync(join(root, 'outside-dir', 'secret2.txt'), SENTINEL);
symlinkSync(join(root, 'secret.txt'), join(mount, 'link-to-secret'));
symlinkSync(join(root, 'outside-dir'), join(mount, 'link-to-dir'));

const fs = new VirtualFileSystem({
  limits: DEFAULT_FS_LIMITS,
  mounts: [{ hostPath: mount, guestPath: '/data', mode: 'rw' }],
  files: { '/tmp/placed.txt': 'placed' },
});

const segment = fc.oneof(
  fc.constantFrom('', '.', '..', '...', 'data', 'tmp', 'sub', 'inside.txt', 'deep.txt', 'secret.txt', 'outside-dir',
    'secret2.txt', 'link-to-secret', 'link-to-dir', 'mount', root.split('/')[1]!, 'etc', 'passwd', '\0', '%2e%2e', '\\..', '..\\'),
  fc.string({ maxLength: 6 }),
);
const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 12 })).map(([absolute, parts]) => `${absolute ? '/' : ''}${parts.join('/')}`);

function readAll(p: string): string | undefined {
  try {
    const fd = fs.open(p, 0, 0);
    try {
      const buffer = new Uint8Array(4096);
      const n = fs.read(fd, buffer);
      return new TextDecoder().decode(buffer.subarray(0, n));
    } finally {
      fs.close(fd);
    }
  } catch (error) {
    assert.ok(error instanceof VfsError, `non-VfsError from open/read of ${JSON.stringify(p)}: ${String(error)}`);
    return undefined;
  }
}

describe('path resolution under random paths', () => {
  test('reads never reach outside the sandbox', () => {
    fc.assert(
      fc.property(path, fc.constantFrom('/', '/data', '/data/sub', '/tmp'), (p, cwd) => {
        fs.chdir(cwd);
        const content = readAll(p);
        if (content !== undefined) assert.ok(!content.includes(SENTINEL), `read the host sentinel through ${JSON.stringify(p)} from ${cwd}`);
        try {
          fs.stat(p, true);
        } catch (error) {
          assert.ok(error instanceof VfsError);
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  test('writes never land outside the mount or outside /tmp', () => {
    fc.assert(
      fc.property(path, (p) => {
        fs.chdir('/data');
        try {
          const fd = fs.open(p, 0o1 | 0o100, 0o644);
          fs.write(fd, new TextEncoder().encode('x'));
          fs.close(fd);
        } catch (error) {
          assert.ok(error instanceof VfsError);
        }
        // The sentinels are untouched.
        fs.chdir('/');
      }),
      { numRuns: 1000, seed: 11 },
    );
    assert.equal(readFileSync(join(root, 'secret.txt'), 'utf8'), SENTINEL);
    assert.equal(readFileSync(join(root, 'outside-dir', 'secret2.txt'), 'utf8'), SENTINEL);
  });
});

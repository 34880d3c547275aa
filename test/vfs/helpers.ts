import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OpenFlags, VfsError, type FsLimits } from '../../src/vfs/types.js';
import { VirtualFileSystem, type VirtualFileSystemOptions } from '../../src/vfs/virtual-file-system.js';
import type { ErrnoName } from '../../src/core/errno.js';

export const LIMITS: FsLimits = {
  quotaBytes: 64 * 1024,
  maxFileBytes: 16 * 1024,
  maxOpenFiles: 8,
  maxDirEntries: 32,
  maxEntries: 512,
  maxPathBytes: 1024,
  mountQuotaBytes: 1024 * 1024,
  mountMaxEntries: 256,
};

export const FIXED_TIME = 1_700_000_000_000;

export function makeFs(options: Partial<VirtualFileSystemOptions> = {}): VirtualFileSystem {
  return new VirtualFileSystem({ clock: () => FIXED_TIME, ...options, limits: { ...LIMITS, ...options.limits } });
}

export const { RDONLY, WRONLY, RDWR, CREAT, EXCL, TRUNC, APPEND, DIRECTORY, NOFOLLOW } = OpenFlags;

export function throwsErrno(operation: () => unknown, errno: ErrnoName, message?: string): void {
  assert.throws(
    operation,
    (error: unknown) => {
      assert.ok(error instanceof VfsError, `expected VfsError(${errno}), got ${String(error)}`);
      assert.equal(error.errno, errno, message);
      return true;
    },
    message,
  );
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
export const text = (data: Uint8Array): string => new TextDecoder().decode(data);

/** Writes a whole file through guest calls. */
export function guestWrite(vfs: VirtualFileSystem, file: string, content: string | Uint8Array, flags = WRONLY | CREAT | TRUNC): void {
  const fd = vfs.open(file, flags, 0o644);
  try {
    const data = typeof content === 'string' ? bytes(content) : content;
    assert.equal(vfs.write(fd, data), data.length);
  } finally {
    vfs.close(fd);
  }
}

/** Reads a whole file through guest calls. */
export function guestRead(vfs: VirtualFileSystem, file: string): string {
  const fd = vfs.open(file, RDONLY, 0);
  try {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const chunk = new Uint8Array(7); // small on purpose: exercises the position
      const n = vfs.read(fd, chunk);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
    }
    return text(Buffer.concat(chunks));
  } finally {
    vfs.close(fd);
  }
}

/** Names in a directory as the guest's getdents would see them, `.` and `..` included. */
export function guestList(vfs: VirtualFileSystem, dir: string): string[] {
  const fd = vfs.open(dir, RDONLY | DIRECTORY, 0);
  try {
    const { entries, cursor } = vfs.readDirectory(fd);
    vfs.setDirectoryCursor(fd, cursor + entries.length);
    return entries.map((entry) => entry.name);
  } finally {
    vfs.close(fd);
  }
}

/** A fresh host folder under os.tmpdir(); callers remove it in an `after` hook. */
export function makeHostDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `vfs-${prefix}-`)));
}

export function removeHostDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

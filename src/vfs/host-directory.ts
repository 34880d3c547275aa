import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { VfsError } from './types.js';

/**
 * An open directory of a host mount, through which the names inside it are reached.
 *
 * Node has no `openat`/`mkdirat`/`unlinkat`/`renameat`: every fs call takes a path, which the
 * kernel resolves again, component by component, at the moment of the call. A mount that acted
 * on `root/a/b` after checking `root/a` was racing any process that could swap `a` for a
 * symlink in between. On Linux, `/proc/self/fd/N/name` is the way around it: `/proc/self/fd/N`
 * is a link the kernel resolves to the very directory descriptor N has open (not to the path it
 * was opened by), so `name` is looked up in that directory however its path has changed since.
 * Only `name` itself is resolved by the call, and every call that takes such a path here either
 * never follows a final symlink (lstat, mkdir, unlink, rmdir, rename, O_CREAT|O_EXCL) or is
 * given O_NOFOLLOW.
 *
 * Where /proc is not available (other systems, a /proc hidden from the process) directories are
 * checked with lstat and reached by their host path, and a swap between that check and the
 * action inside can still redirect the action: SECURITY.md lists this.
 */

const { O_RDONLY, O_DIRECTORY = 0, O_NOFOLLOW = 0 } = fs.constants;
const DIRECTORY_FLAGS = O_RDONLY | O_DIRECTORY | O_NOFOLLOW;

export class HostDirectory {
  private constructor(
    /** The open descriptor; undefined without /proc, where the directory is reached by path. */
    private fd: number | undefined,
    /** fstat of the open directory (lstat of its path without /proc). */
    readonly stats: fs.Stats,
    /** What names inside it are joined to: its /proc link, or its host path without /proc. */
    private readonly base: string,
  ) {}

  /** Opens a directory by host path, refusing a symlink as its last component. */
  static open(hostPath: string): HostDirectory {
    if (!anchoredPaths()) return HostDirectory.byPath(hostPath);
    const fd = fs.openSync(hostPath, DIRECTORY_FLAGS);
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isDirectory()) throw new VfsError('ENOTDIR', 'not a directory');
      return new HostDirectory(fd, stats, `/proc/self/fd/${fd}`);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /** Without /proc: the path is checked (no symlink, a directory) and used as it is. */
  private static byPath(hostPath: string): HostDirectory {
    const stats = fs.lstatSync(hostPath);
    if (stats.isSymbolicLink()) throw Object.assign(new Error('symbolic link'), { code: 'ELOOP' });
    if (!stats.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    return new HostDirectory(undefined, stats, hostPath);
  }

  /** A host path that names `name` inside exactly this directory. */
  entry(name: string): string {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0') || name.includes(nodePath.sep)) {
      throw new VfsError('EACCES', 'unsafe path component');
    }
    return this.fd === undefined ? nodePath.join(this.base, name) : `${this.base}/${name}`;
  }

  /** A host path that names this directory itself (for opendir). */
  get self(): string {
    return this.base;
  }

  /** The subdirectory `name`, opened through this one, never through a symlink. */
  openChild(name: string): HostDirectory {
    return HostDirectory.open(this.entry(name));
  }

  /** Where the kernel says the directory is now; undefined where /proc cannot say. */
  currentLocation(): string | undefined {
    return this.fd === undefined ? undefined : locationOf(this.fd);
  }

  close(): void {
    if (this.fd === undefined || this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    try {
      fs.closeSync(fd);
    } catch {
      // Nothing is left to release.
    }
  }
}

/** Where Linux says a descriptor points, without the " (deleted)" of a removed file. */
export function locationOf(fd: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`).replace(/ \(deleted\)$/, '');
  } catch {
    return undefined;
  }
}

let anchored: boolean | undefined;

/** Whether `/proc/self/fd/N/name` reaches `name` inside the directory N has open (probed once). */
export function anchoredPaths(): boolean {
  if (anchored !== undefined) return anchored;
  anchored = false;
  if (process.platform !== 'linux') return anchored;
  let fd = -1;
  try {
    fd = fs.openSync('/', DIRECTORY_FLAGS);
    const direct = fs.fstatSync(fd);
    const through = fs.lstatSync(`/proc/self/fd/${fd}/.`);
    anchored = direct.dev === through.dev && direct.ino === through.ino && through.isDirectory();
  } catch {
    anchored = false;
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
  return anchored;
}

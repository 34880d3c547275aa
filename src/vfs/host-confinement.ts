import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { Errno, type ErrnoName } from '../core/errno.js';
import { HostDirectory, locationOf } from './host-directory.js';
import { VfsError } from './types.js';

/**
 * Keeps every host access of a mount inside the mount's folder.
 *
 * Policy: inside a mount the guest sees only real directories and regular files with a single
 * link. Symlinks (wherever they point), hard-linked files (which may alias a file outside the
 * folder) and special files (devices, FIFOs, sockets) are refused with EACCES and left out of
 * listings.
 *
 * How, against a host process that swaps things while the guest works: a path is resolved once,
 * by opening the root and then each directory on the way through the one before it, never
 * following a symlink (HostDirectory: O_DIRECTORY | O_NOFOLLOW, relative to the open parent).
 * The operation then acts on one name inside the last directory opened, with calls that do not
 * follow a final symlink either; files are opened with O_NOFOLLOW and O_NONBLOCK (a FIFO swapped
 * in cannot block the worker) and checked again through their descriptor (same inode as the name
 * had, one link, and where /proc can say, still beneath the root).
 */

const { O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
export const SAFE_OPEN_FLAGS = O_NOFOLLOW | O_NONBLOCK;

export interface Inspection {
  /** The open directory holding the final name. */
  dir: HostDirectory;
  name: string;
  /** lstat of the final name; undefined when it does not exist (its parent does). */
  stats: fs.Stats | undefined;
}

export class HostRoot {
  readonly realRoot: string;

  /** Throws a plain Error: a bad mount is a configuration mistake, not a guest failure. */
  constructor(hostPath: string) {
    if (typeof hostPath !== 'string' || hostPath === '') throw new Error('mount hostPath must be a non-empty string');
    let real: string;
    let isDirectory: boolean;
    try {
      real = fs.realpathSync(hostPath);
      isDirectory = fs.statSync(real).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(`mount hostPath ${code === 'ENOENT' ? 'does not exist' : `cannot be used (${code ?? 'error'})`}: ${hostPath}`);
    }
    if (!isDirectory) throw new Error(`mount hostPath is not a directory: ${hostPath}`);
    this.realRoot = real;
  }

  /**
   * Opens the directory `rel` names, one component at a time through the directory before it,
   * runs `use` on it and closes it. Missing names give ENOENT, files ENOTDIR, and symlinks or
   * anything else the policy hides EACCES.
   */
  withDirectory<T>(rel: readonly string[], use: (dir: HostDirectory) => T): T {
    let dir = this.openRoot();
    try {
      for (const name of rel) {
        const child = openChildDirectory(dir, name);
        dir.close();
        dir = child;
      }
      // A directory a host process moved out of the mount while we walked is not ours to use.
      const location = dir.currentLocation();
      if (location !== undefined && !isInside(this.realRoot, location)) throw new VfsError('EACCES', 'directory is outside the mount');
      return use(dir);
    } finally {
      dir.close();
    }
  }

  /** Runs `use` on the directory holding the last name of `rel` (not the root), with that name's lstat. */
  withEntry<T>(rel: readonly string[], use: (found: Inspection) => T): T {
    const name = rel[rel.length - 1];
    if (name === undefined) throw new VfsError('EBUSY', 'the mount root has no parent here');
    return this.withDirectory(rel.slice(0, -1), (dir) => use({ dir, name, stats: lstatEntry(dir, name) }));
  }

  /** lstat of what `rel` names (fstat of the root for `[]`); undefined when only the last name is missing. */
  statOf(rel: readonly string[]): fs.Stats | undefined {
    if (rel.length === 0) return this.withDirectory([], (dir) => dir.stats);
    return this.withEntry(rel, (found) => found.stats);
  }

  /** Re-checks a freshly opened regular file, closing it and refusing if anything changed; returns its fstat. */
  verifyOpened(fd: number, expected: fs.Stats | undefined): fs.Stats {
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile() || stats.nlink !== 1) throw new VfsError('EACCES', 'not a plain file');
      if (expected !== undefined && (stats.ino !== expected.ino || stats.dev !== expected.dev)) {
        throw new VfsError('EACCES', 'file changed while opening');
      }
      const opened = locationOf(fd);
      if (opened !== undefined && !isInside(this.realRoot, opened)) throw new VfsError('EACCES', 'opened file is outside the mount');
      return stats;
    } catch (error) {
      fs.closeSync(fd);
      throw error instanceof VfsError ? error : hostFailure(error);
    }
  }

  private openRoot(): HostDirectory {
    try {
      return HostDirectory.open(this.realRoot);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new VfsError('ENOENT', 'mount folder has disappeared');
      if (code === 'ELOOP' || code === 'ENOTDIR' || (error instanceof VfsError && error.errno === 'ENOTDIR')) {
        throw new VfsError('EACCES', 'mount folder is no longer a directory');
      }
      throw hostFailure(error);
    }
  }
}

function openChildDirectory(dir: HostDirectory, name: string): HostDirectory {
  try {
    return dir.openChild(name);
  } catch (error) {
    if (error instanceof VfsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new VfsError('ENOENT', 'no such directory');
    if (code !== 'ENOTDIR' && code !== 'ELOOP') throw hostFailure(error);
    // Not a directory: a plain file is ENOTDIR, anything the policy hides is EACCES.
    const stats = lstatEntry(dir, name);
    if (stats === undefined) throw new VfsError('ENOENT', 'no such directory');
    if (stats.isDirectory()) throw new VfsError('EACCES', 'directory changed while opening');
    throw new VfsError('ENOTDIR', 'not a directory');
  }
}

/** lstat of `name` in `dir`, refusing what the policy hides; undefined when it does not exist. */
export function lstatEntry(dir: HostDirectory, name: string): fs.Stats | undefined {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(dir.entry(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw hostFailure(error);
  }
  assertAllowed(stats);
  return stats;
}

/** Whether the policy lets the guest see this entry at all. */
export function isVisible(stats: fs.Stats): boolean {
  return stats.isDirectory() || (stats.isFile() && stats.nlink === 1);
}

function assertAllowed(stats: fs.Stats): void {
  if (stats.isSymbolicLink()) throw new VfsError('EACCES', 'symbolic links are not allowed in mounts');
  if (!isVisible(stats)) throw new VfsError('EACCES', 'special or hard-linked files are not allowed in mounts');
}

function isInside(root: string, candidate: string): boolean {
  const relative = nodePath.relative(root, candidate);
  return relative === '' || (!nodePath.isAbsolute(relative) && relative !== '..' && !relative.startsWith('..' + nodePath.sep));
}

/**
 * Converts a Node fs error to a VfsError without the host path in the message (messages may be
 * logged next to guest output). ELOOP can only come from O_NOFOLLOW meeting a symlink that
 * appeared after the lstat walk, which the policy reports as EACCES.
 */
export function hostFailure(error: unknown): VfsError {
  if (error instanceof VfsError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ELOOP') return new VfsError('EACCES', 'symbolic link in mount');
  if (code !== undefined && code !== 'SUCCESS' && code in Errno) return new VfsError(code as ErrnoName, `host filesystem: ${code}`);
  return new VfsError('EIO', `host filesystem error${code === undefined ? '' : `: ${code}`}`);
}

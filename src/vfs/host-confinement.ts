import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { Errno, type ErrnoName } from '../core/errno.js';
import { VfsError } from './types.js';

/**
 * Keeps every host access of a mount inside the mount's folder.
 *
 * Policy: inside a mount the guest sees only real directories and regular files with a single
 * link. Symlinks (wherever they point), hard-linked files (which may alias a file outside the
 * folder) and special files (devices, FIFOs, sockets) are refused with EACCES and left out of
 * listings. Every name on a path is lstat'ed, files are opened with O_NOFOLLOW and O_NONBLOCK
 * (so a FIFO swapped in cannot block the worker), and the opened descriptor is checked again
 * (same inode, one link, and on Linux its /proc path still inside the root).
 */

const { O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
export const SAFE_OPEN_FLAGS = O_NOFOLLOW | O_NONBLOCK;

export interface Inspection {
  hostPath: string;
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

  /** Joins names under the root, verifying the result really is beneath it. */
  hostPathOf(rel: readonly string[]): string {
    for (const name of rel) {
      if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0') || name.includes(nodePath.sep)) {
        throw new VfsError('EACCES', 'unsafe path component');
      }
    }
    const joined = nodePath.join(this.realRoot, ...rel);
    if (!isInside(this.realRoot, joined)) throw new VfsError('EACCES', 'path leaves the mount');
    return joined;
  }

  /** Walks `rel` name by name with lstat, refusing anything the policy excludes. */
  inspect(rel: readonly string[]): Inspection {
    const rootStats = lstatOrUndefined(this.realRoot);
    if (rootStats === undefined) throw new VfsError('ENOENT', 'mount folder has disappeared');
    if (!rootStats.isDirectory()) throw new VfsError('EACCES', 'mount folder is no longer a directory');
    let stats: fs.Stats | undefined = rootStats;
    for (let i = 0; i < rel.length; i++) {
      if (stats === undefined) throw new VfsError('ENOENT', 'no such directory');
      if (!stats.isDirectory()) throw new VfsError(stats.isSymbolicLink() ? 'EACCES' : 'ENOTDIR', 'not a directory');
      stats = lstatOrUndefined(this.hostPathOf(rel.slice(0, i + 1)));
      if (stats !== undefined) assertAllowed(stats);
    }
    return { hostPath: this.hostPathOf(rel), stats };
  }

  /** Re-checks a freshly opened regular file, closing it and refusing if anything changed. */
  verifyOpened(fd: number, expected: fs.Stats | undefined): void {
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile() || stats.nlink !== 1) throw new VfsError('EACCES', 'not a plain file');
      if (expected !== undefined && (stats.ino !== expected.ino || stats.dev !== expected.dev)) {
        throw new VfsError('EACCES', 'file changed while opening');
      }
      const opened = procPathOf(fd);
      if (opened !== undefined && !isInside(this.realRoot, opened)) throw new VfsError('EACCES', 'opened file is outside the mount');
    } catch (error) {
      fs.closeSync(fd);
      throw error instanceof VfsError ? error : hostFailure(error);
    }
  }
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

function lstatOrUndefined(hostPath: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(hostPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw hostFailure(error);
  }
}

/** Where Linux says a descriptor really points; undefined where /proc is unavailable. */
function procPathOf(fd: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`).replace(/ \(deleted\)$/, '');
  } catch {
    return undefined;
  }
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

import { DirentType, ModeBits, type DirEntry, type FileStat } from './types.js';

/**
 * Building FileStat records. Permission bits are synthetic: the guest sees what it may do in the
 * sandbox, never the host's owners or modes.
 */

export const MEMORY_DEV = 1;

export type NodeKind = 'file' | 'dir';

export interface StatInput {
  dev: number;
  ino: number;
  kind: NodeKind;
  writable: boolean;
  size: number;
  nlink: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export function makeStat(input: StatInput): FileStat {
  const permissions = input.kind === 'dir' ? (input.writable ? 0o755 : 0o555) : input.writable ? 0o644 : 0o444;
  return {
    dev: input.dev,
    ino: input.ino,
    mode: (input.kind === 'dir' ? ModeBits.IFDIR : ModeBits.IFREG) | permissions,
    nlink: input.nlink,
    size: input.size,
    blocks: Math.ceil(input.size / 512),
    atimeMs: input.atimeMs,
    mtimeMs: input.mtimeMs,
    ctimeMs: input.ctimeMs,
  };
}

export function direntOf(name: string, ino: number, kind: NodeKind): DirEntry {
  return { name, ino, type: kind === 'dir' ? DirentType.DIR : DirentType.REG };
}

/** Inode numbers are allocated VFS-wide so they stay unique even across mounts. */
export class InodeAllocator {
  private last = 0;

  next(): number {
    return ++this.last;
  }
}

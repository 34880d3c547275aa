import { OpenFlags, VfsError, type DirEntry, type FileStat, type Whence } from './types.js';

/**
 * The contract between VirtualFileSystem (paths, cwd, descriptors) and the two backing stores
 * (the in-memory tree and host mounts). Splitting here keeps every guest-visible rule that does
 * not depend on the backing store (path parsing, fd numbering, cross-store rename) in one place.
 */

/** A path already resolved to one store. */
export interface StorePath {
  /** Names relative to the store's root (for the memory store, the root of the guest tree). */
  readonly rel: readonly string[];
  /** The same location as absolute guest names, for error messages and `pathOfDirectory`. */
  readonly guest: readonly string[];
  readonly trailingSlash: boolean;
  readonly endsWithDot: boolean;
}

/** An open file description: what a descriptor points at. */
export interface OpenFile {
  readonly isDirectory: boolean;
  read(into: Uint8Array): number;
  write(data: Uint8Array): number;
  seek(offset: number, whence: Whence): number;
  sync(): void;
  stat(): FileStat;
  readDirectory(): { entries: DirEntry[]; cursor: number };
  setDirectoryCursor(cursor: number): void;
  /** Current absolute guest path of a directory (it may have been renamed since it was opened). */
  directoryPath(): string;
  /** Releases what the description holds; calling it twice is harmless. */
  close(): void;
}

export interface Store {
  stat(path: StorePath): FileStat;
  open(path: StorePath, flags: number): OpenFile;
  mkdir(path: StorePath): void;
  unlink(path: StorePath): void;
  rmdir(path: StorePath): void;
  /** Both paths are in this store and neither is the store's root. */
  rename(from: StorePath, to: StorePath): void;
}

export interface AccessMode {
  readonly readable: boolean;
  readonly writable: boolean;
  readonly append: boolean;
}

export function accessModeOf(flags: number): AccessMode {
  const access = flags & OpenFlags.ACCMODE;
  if (access === 3) throw new VfsError('EINVAL', 'invalid access mode');
  return {
    readable: access !== OpenFlags.WRONLY,
    writable: access !== OpenFlags.RDONLY,
    append: (flags & OpenFlags.APPEND) !== 0,
  };
}

/** Whether an open with these flags would modify the filesystem, which read-only places refuse. */
export function openMutates(flags: number): boolean {
  return accessModeOf(flags).writable || (flags & (OpenFlags.CREAT | OpenFlags.TRUNC)) !== 0;
}

/** The common lseek arithmetic. Results must stay exact in a double, hence the safe-integer cap. */
export function seekTarget(current: number, size: number, offset: number, whence: Whence): number {
  let base: number;
  if (whence === 0) base = 0;
  else if (whence === 1) base = current;
  else if (whence === 2) base = size;
  else throw new VfsError('EINVAL', 'invalid whence');
  const target = base + offset;
  if (!Number.isSafeInteger(target) || target < 0) throw new VfsError('EINVAL', 'invalid seek offset');
  return target;
}

/**
 * The first guest-visible checks of a write: descriptor mode and the per-file size limit. A file
 * that is already larger than the limit (placed by the host) may still be rewritten in place.
 */
export function checkedWriteEnd(access: AccessMode, position: number, length: number, size: number, maxFileBytes: number): number {
  if (!access.writable) notWritable();
  const end = position + length;
  if (length > 0 && end > maxFileBytes && end > size) throw new VfsError('EFBIG', 'file size limit exceeded');
  return end;
}

export function notReadable(): never {
  throw new VfsError('EBADF', 'descriptor not open for reading');
}

export function notWritable(): never {
  throw new VfsError('EBADF', 'descriptor not open for writing');
}

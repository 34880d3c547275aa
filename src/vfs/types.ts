import type { ErrnoName } from '../core/errno.js';

/**
 * The contract between the syscall layer (src/host/posix-fs.ts, src/host/wasi-fds.ts), which
 * speaks pointers and errno numbers, and the virtual filesystem, which speaks only paths, bytes
 * and typed errors. Nothing in src/vfs ever sees guest memory.
 */

/** Thrown by filesystem operations; the syscall layer turns it into `-errno`. */
export class VfsError extends Error {
  constructor(readonly errno: ErrnoName, message?: string) {
    super(message ?? errno);
    this.name = 'VfsError';
  }
}

/** Open flags as the guest's libc (musl, wasm32) encodes them. */
export const OpenFlags = {
  ACCMODE: 0o3,
  RDONLY: 0o0,
  WRONLY: 0o1,
  RDWR: 0o2,
  CREAT: 0o100,
  EXCL: 0o200,
  NOCTTY: 0o400,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  NONBLOCK: 0o4000,
  DIRECTORY: 0o200000,
  NOFOLLOW: 0o400000,
  CLOEXEC: 0o2000000,
} as const;

/** File type bits of `st_mode`. */
export const ModeBits = {
  IFMT: 0o170000,
  IFDIR: 0o040000,
  IFREG: 0o100000,
  IFLNK: 0o120000,
  IFCHR: 0o020000,
} as const;

/** `d_type` values for directory entries. */
export const DirentType = { UNKNOWN: 0, CHR: 2, DIR: 4, REG: 8, LNK: 10 } as const;

export type Whence = 0 | 1 | 2; // SEEK_SET, SEEK_CUR, SEEK_END

export interface FileStat {
  dev: number;
  ino: number;
  mode: number; // type bits | permission bits
  nlink: number;
  size: number;
  blocks: number; // 512-byte blocks
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface DirEntry {
  name: string;
  ino: number;
  type: (typeof DirentType)[keyof typeof DirentType];
}

export interface FsLimits {
  /** Bytes the guest may store in writable in-memory space (all of /tmp and placed files). */
  quotaBytes: number;
  /** Largest single file the guest may create or grow, in bytes. */
  maxFileBytes: number;
  /** Open file descriptors per VM (not counting stdin/stdout/stderr). */
  maxOpenFiles: number;
  /** Entries per directory. */
  maxDirEntries: number;
  /**
   * Files and directories in the in-memory tree (/tmp, placed files and the directories made for
   * them or for mount points included). Empty ones cost no quota bytes; this bounds them, and with
   * them the size and time of every snapshot.
   */
  maxEntries: number;
  /** Longest path the guest may pass, in bytes. */
  maxPathBytes: number;
  /** Bytes the guest may add to read-write mounts, net, per session (see mount-budget.ts). */
  mountQuotaBytes: number;
  /** Files and directories the guest may add to read-write mounts, net, per session. */
  mountMaxEntries: number;
}

export interface MountSpec {
  hostPath: string;
  guestPath: string;
  mode: 'ro' | 'rw';
}

/**
 * What the syscall layer needs. Paths are guest paths exactly as the guest passed them (already
 * decoded from strict UTF-8, NUL-free), absolute or relative to `cwd`. Every method throws
 * VfsError on failure.
 */
export interface GuestFileSystem {
  open(path: string, flags: number, mode: number): number; // returns fd >= 3
  close(fd: number): void;
  read(fd: number, into: Uint8Array): number;
  write(fd: number, data: Uint8Array): number;
  seek(fd: number, offset: number, whence: Whence): number;
  sync(fd: number): void;
  fstat(fd: number): FileStat;
  stat(path: string, followSymlinks: boolean): FileStat;
  /** Entries of an open directory, from the fd's directory cursor on; `advance` moves it. */
  readDirectory(fd: number): { entries: DirEntry[]; cursor: number };
  setDirectoryCursor(fd: number, cursor: number): void;
  mkdir(path: string, mode: number): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  chdir(path: string): void;
  getcwd(): string;
  /** Path of an open directory fd, for `*at` calls with a dirfd other than AT_FDCWD. */
  pathOfDirectory(fd: number): string;
}

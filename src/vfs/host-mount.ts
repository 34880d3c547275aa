import * as fs from 'node:fs';
import { DirectoryHandle } from './directory-handle.js';
import { HostRoot, SAFE_OPEN_FLAGS, hostFailure } from './host-confinement.js';
import type { HostDirectory } from './host-directory.js';
import { HostFileHandle } from './host-file-handle.js';
import { MountBudget } from './mount-budget.js';
import { countEntries, listVisible } from './host-listing.js';
import { formatGuestPath, isWithin } from './path.js';
import { direntOf, makeStat, type InodeAllocator } from './stat.js';
import { accessModeOf, openMutates, type OpenFile, type Store, type StorePath } from './store.js';
import { OpenFlags, VfsError, type DirEntry, type FileStat, type FsLimits, type MountSpec } from './types.js';

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL } = fs.constants;

/**
 * A host folder exposed to the guest. Confinement is HostRoot's job: every operation here works
 * on one name inside a directory HostRoot opened without following links, and never on a host
 * path resolved again later. This class applies the guest-visible rules (errno order, read-only
 * mounts, limits). New files and directories get fixed modes (0644/0755): the guest never
 * chooses host permissions.
 */
export class HostMount implements Store {
  readonly readOnly: boolean;
  /** Inode number of the in-memory directory holding the mount point, for the root's `..`. */
  parentIno = 0;
  private readonly root: HostRoot;
  private readonly inodeByHostId = new Map<string, number>();
  /** Files this filesystem has open, by host identity, with how many descriptors each. */
  private readonly openFiles = new Map<string, number>();

  constructor(
    spec: MountSpec,
    readonly guestPath: readonly string[],
    private readonly limits: FsLimits,
    readonly dev: number,
    private readonly inodes: InodeAllocator,
    private readonly budget: MountBudget = new MountBudget(),
  ) {
    if (spec.mode !== 'ro' && spec.mode !== 'rw') throw new Error(`mount mode must be 'ro' or 'rw': ${String(spec.mode)}`);
    this.readOnly = spec.mode === 'ro';
    this.root = new HostRoot(spec.hostPath);
  }

  get maxFileBytes(): number {
    return this.limits.maxFileBytes;
  }

  /** A write is about to make an open file `bytes` longer. */
  chargeGrowth(bytes: number): void {
    this.budget.chargeBytes(bytes, this.limits.mountQuotaBytes);
  }

  /** An open file's descriptor closed. */
  released(identity: string): void {
    const count = (this.openFiles.get(identity) ?? 1) - 1;
    if (count > 0) this.openFiles.set(identity, count);
    else this.openFiles.delete(identity);
  }

  statOf(stats: fs.Stats): FileStat {
    const kind = stats.isDirectory() ? 'dir' : 'file';
    return makeStat({
      dev: this.dev,
      ino: this.inoOf(stats),
      kind,
      writable: !this.readOnly,
      size: kind === 'dir' ? 0 : stats.size,
      nlink: stats.nlink,
      atimeMs: stats.atimeMs,
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
    });
  }

  rootStat(): FileStat {
    return this.stat({ rel: [], guest: this.guestPath, trailingSlash: false, endsWithDot: false });
  }

  /** For listings of the parent directory, which should not fail because one mount vanished. */
  rootInoOrUndefined(): number | undefined {
    try {
      return this.rootStat().ino;
    } catch {
      return undefined;
    }
  }

  stat(path: StorePath): FileStat {
    const stats = this.existingStats(path);
    if (path.trailingSlash && !stats.isDirectory()) throw new VfsError('ENOTDIR', 'not a directory');
    return this.statOf(stats);
  }

  open(path: StorePath, flags: number): OpenFile {
    const access = accessModeOf(flags);
    if (path.rel.length === 0) {
      if (access.writable || (flags & (OpenFlags.CREAT | OpenFlags.TRUNC)) !== 0) {
        if ((flags & OpenFlags.CREAT) !== 0 && (flags & OpenFlags.EXCL) !== 0) throw new VfsError('EEXIST', 'file exists');
        throw new VfsError('EISDIR', 'is a directory');
      }
      this.existingStats(path);
      return new DirectoryHandle(this.directorySource(path));
    }
    return this.root.withEntry(path.rel, ({ dir, name, stats }) => {
      if (stats === undefined) {
        if ((flags & OpenFlags.CREAT) === 0) throw new VfsError('ENOENT', `no such file: ${formatGuestPath(path.guest)}`);
        if (flags & OpenFlags.DIRECTORY) throw new VfsError('EINVAL', 'cannot create a directory with open');
        if (path.trailingSlash) throw new VfsError('EISDIR', 'cannot create a regular file named like a directory');
        this.assertMutable();
        this.assertRoomIn(dir);
        // EXCL: the name was free when looked at, so anything that appeared since is refused.
        const hostFlags = hostAccess(flags) | O_CREAT | O_EXCL | SAFE_OPEN_FLAGS;
        return this.newEntry(() => this.openFile(dir.entry(name), hostFlags, undefined, flags));
      }
      if ((flags & OpenFlags.CREAT) !== 0 && (flags & OpenFlags.EXCL) !== 0) throw new VfsError('EEXIST', 'file exists');
      if (stats.isDirectory()) {
        if (access.writable || (flags & (OpenFlags.CREAT | OpenFlags.TRUNC)) !== 0) throw new VfsError('EISDIR', 'is a directory');
        return new DirectoryHandle(this.directorySource(path));
      }
      if ((flags & OpenFlags.DIRECTORY) !== 0 || path.trailingSlash) throw new VfsError('ENOTDIR', 'not a directory');
      if (openMutates(flags)) this.assertMutable();
      return this.openFile(dir.entry(name), hostAccess(flags) | SAFE_OPEN_FLAGS, stats, flags);
    });
  }

  mkdir(path: StorePath): void {
    if (path.rel.length === 0) throw new VfsError('EEXIST', 'file exists');
    this.root.withEntry(path.rel, ({ dir, name, stats }) => {
      if (stats !== undefined) throw new VfsError('EEXIST', 'file exists');
      this.assertMutable();
      this.assertRoomIn(dir);
      this.newEntry(() => host(() => fs.mkdirSync(dir.entry(name), { mode: 0o755 })));
    });
  }

  unlink(path: StorePath): void {
    if (path.rel.length === 0) throw new VfsError('EISDIR', 'is a directory');
    this.root.withEntry(path.rel, ({ dir, name, stats }) => {
      if (stats === undefined) throw this.missing(path);
      if (stats.isDirectory()) throw new VfsError('EISDIR', 'is a directory');
      if (path.trailingSlash) throw new VfsError('ENOTDIR', 'not a directory');
      this.assertMutable();
      host(() => fs.unlinkSync(dir.entry(name)));
      this.removedEntry(stats);
    });
  }

  rmdir(path: StorePath): void {
    if (path.rel.length === 0) throw new VfsError('EBUSY', 'cannot remove a mount point');
    if (path.endsWithDot) throw new VfsError('EINVAL', 'cannot remove "."');
    this.root.withEntry(path.rel, ({ dir, name, stats }) => {
      if (stats === undefined) throw this.missing(path);
      if (!stats.isDirectory()) throw new VfsError('ENOTDIR', 'not a directory');
      this.assertMutable();
      host(() => fs.rmdirSync(dir.entry(name)));
      this.removedEntry(stats);
    });
  }

  rename(from: StorePath, to: StorePath): void {
    if (from.rel.length === 0 || to.rel.length === 0) throw new VfsError('EBUSY', 'mount point');
    this.root.withEntry(from.rel, (source) => this.root.withEntry(to.rel, (target) => {
      if (source.stats === undefined) throw this.missing(from);
      const isDir = source.stats.isDirectory();
      if (!isDir && (from.trailingSlash || to.trailingSlash)) throw new VfsError('ENOTDIR', 'not a directory');
      if (isWithin(from.rel, to.rel)) {
        if (from.rel.length === to.rel.length) return;
        throw new VfsError('EINVAL', 'cannot move a directory into itself');
      }
      if (target.stats !== undefined) {
        if (isDir && !target.stats.isDirectory()) throw new VfsError('ENOTDIR', 'not a directory');
        if (!isDir && target.stats.isDirectory()) throw new VfsError('EISDIR', 'is a directory');
      }
      this.assertMutable();
      const sameParent = isWithin(from.rel.slice(0, -1), to.rel) && from.rel.length === to.rel.length;
      if (target.stats === undefined && !sameParent) this.assertRoomIn(target.dir);
      host(() => fs.renameSync(source.dir.entry(source.name), target.dir.entry(target.name)));
      if (target.stats !== undefined) this.removedEntry(target.stats);
    }));
  }

  /** Absolute guest paths of the visible regular files under `rel`, for the embedding application. */
  listFiles(rel: readonly string[]): string[] {
    const found: string[] = [];
    const pending: string[][] = [[...rel]];
    for (let at = pending.pop(); at !== undefined; at = pending.pop()) {
      const dirRel = at;
      for (const entry of this.root.withDirectory(dirRel, (dir) => listVisible(dir, this.limits.maxDirEntries))) {
        const child = [...dirRel, entry.name];
        if (entry.stats.isDirectory()) pending.push(child);
        else found.push(formatGuestPath([...this.guestPath, ...child]));
      }
    }
    return found;
  }

  /** TRUNC is applied only after verification, so a lost race can never truncate a foreign file. */
  private openFile(entry: string, hostFlags: number, expected: fs.Stats | undefined, guestFlags: number): OpenFile {
    // TRUNC with O_RDONLY still needs a writable host descriptor to ftruncate.
    const truncate = (guestFlags & OpenFlags.TRUNC) !== 0;
    const flags = truncate && (hostFlags & (O_WRONLY | O_RDWR)) === 0 ? hostFlags | O_RDWR : hostFlags;
    const fd = host(() => fs.openSync(entry, flags, 0o644));
    const opened = this.root.verifyOpened(fd, expected);
    const identity = `${opened.dev}:${opened.ino}`;
    this.openFiles.set(identity, (this.openFiles.get(identity) ?? 0) + 1);
    const handle = new HostFileHandle(fd, accessModeOf(guestFlags), this, identity);
    if (truncate) {
      try {
        fs.ftruncateSync(fd, 0);
      } catch (error) {
        handle.close();
        throw hostFailure(error);
      }
      this.budget.refundBytes(opened.size);
    }
    return handle;
  }

  /** Creates an entry through `create`, charged to the budget first and refunded if it fails. */
  private newEntry<T>(create: () => T): T {
    this.budget.chargeEntry(this.limits.mountMaxEntries);
    try {
      return create();
    } catch (error) {
      this.budget.refundEntry();
      throw error;
    }
  }

  /** An entry with these (pre-removal) stats is gone: its entry and, unless still open, its bytes are refunded. */
  private removedEntry(stats: fs.Stats): void {
    this.budget.refundEntry();
    if (stats.isFile() && !this.openFiles.has(`${stats.dev}:${stats.ino}`)) this.budget.refundBytes(stats.size);
  }

  private existingStats(path: StorePath): fs.Stats {
    const stats = this.root.statOf(path.rel);
    if (stats === undefined) throw this.missing(path);
    return stats;
  }

  private missing(path: StorePath): VfsError {
    return new VfsError('ENOENT', `no such file or directory: ${formatGuestPath(path.guest)}`);
  }

  private assertMutable(): void {
    if (this.readOnly) throw new VfsError('EROFS', 'read-only mount');
  }

  private assertRoomIn(dir: HostDirectory): void {
    if (countEntries(dir, this.limits.maxDirEntries) >= this.limits.maxDirEntries) {
      throw new VfsError('ENOSPC', 'directory entry limit reached');
    }
  }

  private directorySource(path: StorePath) {
    const rel = [...path.rel];
    return {
      list: (): DirEntry[] => {
        const parentIno = rel.length === 0 ? this.parentIno : this.inoOf(this.existingStats({ ...path, rel: rel.slice(0, -1) }));
        return this.root.withDirectory(rel, (dir) => {
          const entries = [direntOf('.', this.inoOf(dir.stats), 'dir'), direntOf('..', parentIno, 'dir')];
          for (const entry of listVisible(dir, this.limits.maxDirEntries)) {
            entries.push(direntOf(entry.name, this.inoOf(entry.stats), entry.stats.isDirectory() ? 'dir' : 'file'));
          }
          return entries;
        });
      },
      stat: (): FileStat => this.stat({ ...path, rel, trailingSlash: false }),
      path: (): string => formatGuestPath(path.guest),
    };
  }

  /** Synthetic, stable inode numbers: host inode numbers are not the guest's business. */
  private inoOf(stats: fs.Stats): number {
    const key = `${stats.dev}:${stats.ino}`;
    let ino = this.inodeByHostId.get(key);
    if (ino === undefined) {
      ino = this.inodes.next();
      this.inodeByHostId.set(key, ino);
    }
    return ino;
  }
}

function hostAccess(flags: number): number {
  const access = flags & OpenFlags.ACCMODE;
  return access === OpenFlags.WRONLY ? O_WRONLY : access === OpenFlags.RDWR ? O_RDWR : O_RDONLY;
}

function host<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    throw hostFailure(error);
  }
}

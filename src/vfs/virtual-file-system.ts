import { FdTable, FIRST_FD } from './fd-table.js';
import { listMemoryFiles, readWholeFile, sortPaths, writeThroughMount } from './host-access.js';
import type { HostMount } from './host-mount.js';
import { MemoryStore } from './memory-store.js';
import { MemoryTree } from './memory-tree.js';
import { formatGuestPath, parseGuestPath } from './path.js';
import { InodeAllocator } from './stat.js';
import { decodeState, encodeState, loadSnapshot, type Snapshot } from './state.js';
import type { OpenFile, Store, StorePath } from './store.js';
import { TMP, attachMounts, placeFile, placeFiles, validateLimits } from './tree-setup.js';
import {
  ModeBits,
  VfsError,
  type DirEntry,
  type FileStat,
  type FsLimits,
  type GuestFileSystem,
  type MountSpec,
  type Whence,
} from './types.js';

export interface VirtualFileSystemOptions {
  /**
   * Files placed in the in-memory tree at absolute, normalised guest paths (strings are UTF-8).
   * Missing parent directories are created. Placed files and their directories are writable by
   * the guest and count toward the quota, like anything under /tmp.
   */
  files?: Record<string, string | Uint8Array>;
  /** Host folders exposed at guest paths. */
  mounts?: MountSpec[];
  limits: FsLimits;
  /** Milliseconds since the epoch, for timestamps; Date.now by default. */
  clock?: () => number;
  /**
   * Which numbers descriptors get: generation g numbers from 3 + g * maxOpenFiles. A VM restored
   * from an image may still hold file objects of an earlier generation (their finalizers close
   * their number when collected); a new generation's descriptors never share those numbers.
   */
  fdGeneration?: number;
}

/** Options for restoring a snapshot: the snapshot already holds the in-memory files. */
export type VirtualFileSystemRestoreOptions = Omit<VirtualFileSystemOptions, 'files'>;

/** Lets importState hand a decoded snapshot to the constructor without widening its signature. */
const RESTORE = Symbol('restore');
type InternalOptions = VirtualFileSystemOptions & { [RESTORE]?: Snapshot };

/**
 * The guest's filesystem: `/` read-only, `/tmp` writable, placed files and host mounts. Every
 * guest-supplied path is normalised lexically against the cwd and routed either to the in-memory
 * tree or to the one mount it lies in; `..` never crosses out of a mount into the host.
 *
 * Decisions the guest can observe:
 * - Writability belongs to directories: `/` and directories made only to reach a mount point are
 *   read-only; /tmp and directories made for placed files are writable. Every in-memory file,
 *   placed ones included, is writable (a placed file directly in `/` can be rewritten but not
 *   removed, since `/` is read-only).
 * - Listings start with `.` and `..`, as on Linux, then entries in creation order (memory) or
 *   name order (mounts).
 * - Mounts show only real directories and single-link regular files; symlinks, hard-linked and
 *   special files are hidden and refused with EACCES (see host-confinement.ts).
 * - Permission bits are synthetic and the guest's `mode` arguments are ignored.
 */
export class VirtualFileSystem implements GuestFileSystem {
  private readonly limits: FsLimits;
  private readonly tree: MemoryTree;
  private readonly memory: MemoryStore;
  private readonly fds: FdTable<OpenFile>;
  private cwd: readonly string[] = [];

  /** Throws a plain Error for invalid options (bad limits, paths, mounts, files over quota). */
  constructor(options: VirtualFileSystemOptions) {
    validateLimits(options.limits);
    this.limits = { ...options.limits };
    const inodes = new InodeAllocator();
    this.tree = new MemoryTree(this.limits, options.clock ?? Date.now, inodes);
    this.memory = new MemoryStore(this.tree);
    const snapshot = (options as InternalOptions)[RESTORE];
    if (snapshot !== undefined) loadSnapshot(this.tree, snapshot);
    if (!this.tree.root.children.has(TMP[0]!)) this.tree.createDirectory(this.tree.root, TMP[0]!, true);
    if (snapshot === undefined) placeFiles(this.tree, options.files ?? {}, this.limits.maxPathBytes);
    attachMounts(this.tree, options.mounts ?? [], inodes);
    this.fds = new FdTable(this.limits.maxOpenFiles, FIRST_FD + (options.fdGeneration ?? 0) * this.limits.maxOpenFiles);
    if (snapshot !== undefined) this.cwd = this.isDirectory(snapshot.cwd) ? snapshot.cwd : [];
  }

  /**
   * Rebuilds a filesystem from exportState() output. Mounts come from `options`, not the
   * snapshot. Malformed bytes throw VfsError('EINVAL'); a snapshot that does not fit the new
   * limits throws VfsError('ENOSPC'); a mount clashing with restored content throws an Error.
   */
  static importState(bytes: Uint8Array, options: VirtualFileSystemRestoreOptions): VirtualFileSystem {
    validateLimits(options.limits);
    const snapshot = decodeState(bytes, options.limits);
    const internal: InternalOptions = { ...options, [RESTORE]: snapshot };
    delete internal.files;
    return new VirtualFileSystem(internal);
  }

  /** The in-memory tree and cwd; not mounts' contents and not open descriptors. */
  exportState(): Uint8Array {
    return encodeState(this.tree, this.cwd);
  }

  // --- GuestFileSystem -------------------------------------------------------------------------

  open(path: string, flags: number, _mode: number): number {
    this.fds.assertRoom();
    const { store, at } = this.locate(path);
    const file = store.open(at, flags);
    try {
      return this.fds.add(file);
    } catch (error) {
      file.close();
      throw error;
    }
  }

  close(fd: number): void {
    this.fds.remove(fd).close();
  }

  read(fd: number, into: Uint8Array): number {
    return this.fds.get(fd).read(into);
  }

  write(fd: number, data: Uint8Array): number {
    return this.fds.get(fd).write(data);
  }

  seek(fd: number, offset: number, whence: Whence): number {
    return this.fds.get(fd).seek(offset, whence);
  }

  sync(fd: number): void {
    this.fds.get(fd).sync();
  }

  fstat(fd: number): FileStat {
    return this.fds.get(fd).stat();
  }

  /** No symlink is ever visible (mounts refuse them), so following or not makes no difference. */
  stat(path: string, _followSymlinks: boolean): FileStat {
    const { store, at } = this.locate(path);
    return store.stat(at);
  }

  readDirectory(fd: number): { entries: DirEntry[]; cursor: number } {
    return this.fds.get(fd).readDirectory();
  }

  setDirectoryCursor(fd: number, cursor: number): void {
    this.fds.get(fd).setDirectoryCursor(cursor);
  }

  /** Permission bits are fixed (0755 directories, 0644 files), so `mode` is ignored. */
  mkdir(path: string, _mode: number): void {
    const { store, at } = this.locate(path);
    store.mkdir(at);
  }

  unlink(path: string): void {
    const { store, at } = this.locate(path);
    store.unlink(at);
  }

  rmdir(path: string): void {
    const { store, at } = this.locate(path);
    store.rmdir(at);
  }

  rename(from: string, to: string): void {
    const source = this.locate(from);
    const target = this.locate(to);
    if (source.at.rel.length === 0 || target.at.rel.length === 0) throw new VfsError('EBUSY', 'cannot rename / or a mount point');
    if (source.store !== target.store) throw new VfsError('EXDEV', 'cannot rename across filesystems');
    source.store.rename(source.at, target.at);
  }

  chdir(path: string): void {
    const { store, at } = this.locate(path);
    if ((store.stat(at).mode & ModeBits.IFMT) !== ModeBits.IFDIR) throw new VfsError('ENOTDIR', 'not a directory');
    this.cwd = at.guest;
  }

  getcwd(): string {
    return formatGuestPath(this.cwd);
  }

  pathOfDirectory(fd: number): string {
    const file = this.fds.get(fd);
    if (!file.isDirectory) throw new VfsError('ENOTDIR', 'not a directory');
    return file.directoryPath();
  }

  // --- Embedding application -------------------------------------------------------------------

  /** Content of a file; relative paths are taken from `/`. */
  readFile(path: string): Uint8Array {
    const { store, at } = this.locate(path, []);
    return readWholeFile(store, at);
  }

  /**
   * Creates or replaces a file, creating missing parent directories. In memory the guest's
   * read-only directories do not apply (the host may write anywhere) but the quota does;
   * in mounts only 'rw' mounts accept writes, with the guest's limits.
   */
  writeFile(path: string, data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const { store, at } = this.locate(path, []);
    if (store === this.memory) placeFile(this.tree, at.rel, bytes);
    else writeThroughMount(store as HostMount, at, bytes);
  }

  /** Absolute guest paths of all regular files under `dir`, mounted ones included, sorted. */
  listFiles(dir = '/'): string[] {
    const { store, at } = this.locate(dir, []);
    if ((store.stat(at).mode & ModeBits.IFMT) !== ModeBits.IFDIR) throw new VfsError('ENOTDIR', 'not a directory');
    const found: string[] = [];
    if (store === this.memory) listMemoryFiles(this.tree.lookup(at.rel)!, at.rel, found);
    else found.push(...(store as HostMount).listFiles(at.rel));
    return sortPaths(found);
  }

  /** Bytes, files and entries (files and directories) held by the in-memory tree. */
  usage(): { bytes: number; files: number; entries: number } {
    return this.tree.usage();
  }

  /** Closes every open descriptor (and so every host file). Safe to call more than once. */
  dispose(): void {
    for (const file of this.fds.drain()) {
      try {
        file.close();
      } catch {
        // Closing is best effort; one failure must not keep the others open.
      }
    }
  }

  // --- Internals -------------------------------------------------------------------------------

  private locate(path: string, base: readonly string[] = this.cwd): { store: Store; at: StorePath } {
    if (typeof path !== 'string') throw new VfsError('EINVAL', 'path must be a string');
    const parsed = parseGuestPath(path, base, this.limits.maxPathBytes);
    const guest = parsed.components;
    const mounted = this.tree.findMount(guest);
    const store: Store = mounted?.mount ?? this.memory;
    const rel = mounted === undefined ? guest : guest.slice(mounted.depth);
    return { store, at: { rel, guest, trailingSlash: parsed.trailingSlash, endsWithDot: parsed.endsWithDot } };
  }

  private isDirectory(components: readonly string[]): boolean {
    try {
      return (this.stat(formatGuestPath(components), true).mode & ModeBits.IFMT) === ModeBits.IFDIR;
    } catch {
      return false;
    }
  }
}

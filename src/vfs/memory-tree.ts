import type { HostMount } from './host-mount.js';
import { MemoryDirectory, MemoryFile, MountNode, Quota, timesAt, type MemoryNode } from './memory-nodes.js';
import { formatGuestPath } from './path.js';
import { InodeAllocator } from './stat.js';
import { VfsError, type FsLimits } from './types.js';

/**
 * The in-memory tree: lookup, entry creation and removal, quota and file accounting. Guest-facing
 * policy (which errno for which open flag) lives in MemoryStore; this class keeps the invariants
 * that every caller, guest or host, must respect.
 */
export class MemoryTree {
  readonly root: MemoryDirectory;
  readonly quota: Quota;
  private linkedFiles = 0;
  /** Files and directories below the root (mount points are not counted). */
  private entries = 0;

  constructor(
    readonly limits: FsLimits,
    readonly clock: () => number,
    readonly inodes: InodeAllocator,
  ) {
    this.quota = new Quota(limits.quotaBytes);
    this.root = new MemoryDirectory(inodes.next(), false, timesAt(clock()), null, '');
  }

  usage(): { bytes: number; files: number; entries: number } {
    return { bytes: this.quota.used, files: this.linkedFiles, entries: this.entries };
  }

  /**
   * The node at `components`, or undefined when only the last name is missing. A missing or
   * non-directory ancestor is an error, as in a real path walk.
   */
  lookup(components: readonly string[]): MemoryNode | undefined {
    if (components.length === 0) return this.root;
    const { dir, name } = this.parentOf(components);
    return dir.children.get(name);
  }

  parentOf(components: readonly string[]): { dir: MemoryDirectory; name: string } {
    let dir = this.root;
    const last = components.length - 1;
    for (let i = 0; i < last; i++) {
      const child = dir.children.get(components[i]!);
      if (child === undefined) throw new VfsError('ENOENT', `no such directory: ${formatGuestPath(components.slice(0, i + 1))}`);
      if (child.kind === 'file') throw new VfsError('ENOTDIR', `not a directory: ${formatGuestPath(components.slice(0, i + 1))}`);
      // Paths into a mount are routed to the mount before they reach the tree.
      if (child.kind === 'mount') throw new VfsError('EIO', 'path crosses a mount point');
      dir = child;
    }
    const name = components[last];
    if (name === undefined) throw new VfsError('EBUSY', 'the root has no parent');
    return { dir, name };
  }

  /** The first mount met walking down `components`, and how many names it consumed. */
  findMount(components: readonly string[]): { mount: HostMount; depth: number } | undefined {
    let dir = this.root;
    for (let i = 0; i < components.length; i++) {
      const child = dir.children.get(components[i]!);
      if (child === undefined || child.kind === 'file') return undefined;
      if (child.kind === 'mount') return { mount: child.mount, depth: i + 1 };
      dir = child;
    }
    return undefined;
  }

  assertWritable(dir: MemoryDirectory): void {
    if (!dir.writable) throw new VfsError('EROFS', 'read-only directory');
  }

  private assertEntryAvailable(): void {
    if (this.entries >= this.limits.maxEntries) throw new VfsError('ENOSPC', 'filesystem entry limit reached');
  }

  assertRoomIn(dir: MemoryDirectory): void {
    if (dir.children.size >= this.limits.maxDirEntries) throw new VfsError('ENOSPC', 'directory entry limit reached');
  }

  createFile(dir: MemoryDirectory, name: string): MemoryFile {
    this.assertRoomIn(dir);
    this.assertEntryAvailable();
    this.entries++;
    const file = new MemoryFile(this.inodes.next(), timesAt(this.clock()));
    dir.children.set(name, file);
    this.linkedFiles++;
    this.touch(dir);
    return file;
  }

  createDirectory(dir: MemoryDirectory, name: string, writable: boolean): MemoryDirectory {
    this.assertRoomIn(dir);
    this.assertEntryAvailable();
    this.entries++;
    const child = new MemoryDirectory(this.inodes.next(), writable, timesAt(this.clock()), dir, name);
    dir.children.set(name, child);
    this.touch(dir);
    return child;
  }

  attachMount(dir: MemoryDirectory, name: string, mount: HostMount): void {
    this.assertRoomIn(dir);
    dir.children.set(name, new MountNode(mount));
  }

  /** Removes an entry; a file's bytes are refunded now or, if it is still open, at last close. */
  remove(dir: MemoryDirectory, name: string): void {
    const node = dir.children.get(name);
    if (node === undefined) return;
    dir.children.delete(name);
    this.touch(dir);
    if (node.kind !== 'mount') this.entries--;
    if (node.kind === 'file') this.unlinkFile(node);
    else if (node.kind === 'dir') node.attached = false;
  }

  /** Moves an entry, replacing whatever `toName` held (callers have checked that is allowed). */
  move(fromDir: MemoryDirectory, fromName: string, toDir: MemoryDirectory, toName: string): void {
    const node = fromDir.children.get(fromName);
    if (node === undefined) throw new VfsError('ENOENT', 'no such entry');
    if (toDir.children.has(toName)) this.remove(toDir, toName);
    fromDir.children.delete(fromName);
    toDir.children.set(toName, node);
    if (node.kind === 'dir') {
      node.parent = toDir;
      node.name = toName;
    }
    if (node.kind !== 'mount') node.times.ctimeMs = this.clock();
    this.touch(fromDir);
    this.touch(toDir);
  }

  /** A descriptor on `file` closed. */
  released(file: MemoryFile): void {
    file.openCount--;
    if (file.openCount === 0 && !file.linked) this.freeOrphan(file);
  }

  touch(dir: MemoryDirectory): void {
    const now = this.clock();
    dir.times.mtimeMs = now;
    dir.times.ctimeMs = now;
  }

  private unlinkFile(file: MemoryFile): void {
    file.linked = false;
    this.linkedFiles--;
    if (file.openCount === 0) this.freeOrphan(file);
  }

  private freeOrphan(file: MemoryFile): void {
    this.quota.release(file.size);
    file.discard();
  }
}

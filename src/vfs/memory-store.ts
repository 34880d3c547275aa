import { DirectoryHandle } from './directory-handle.js';
import { MemoryFileHandle, memoryFileStat } from './memory-file-handle.js';
import type { MemoryDirectory, MemoryNode } from './memory-nodes.js';
import type { MemoryTree } from './memory-tree.js';
import { formatGuestPath, isWithin } from './path.js';
import { MEMORY_DEV, direntOf, makeStat } from './stat.js';
import { accessModeOf, type OpenFile, type Store, type StorePath } from './store.js';
import { OpenFlags, VfsError, type DirEntry, type FileStat } from './types.js';

/**
 * The guest's view of the in-memory tree: POSIX errno rules for each operation. Writability is a
 * property of directories (it decides who may add or remove entries); every in-memory regular
 * file is writable, including files placed by the host.
 */
export class MemoryStore implements Store {
  constructor(private readonly tree: MemoryTree) {}

  stat(path: StorePath): FileStat {
    const node = this.existing(path);
    if (path.trailingSlash && node.kind === 'file') throw new VfsError('ENOTDIR', 'not a directory');
    return this.statOf(node);
  }

  open(path: StorePath, flags: number): OpenFile {
    const access = accessModeOf(flags);
    const node = this.tree.lookup(path.rel);
    if (node === undefined) {
      if ((flags & OpenFlags.CREAT) === 0) throw new VfsError('ENOENT', `no such file: ${formatGuestPath(path.guest)}`);
      if (flags & OpenFlags.DIRECTORY) throw new VfsError('EINVAL', 'cannot create a directory with open');
      if (path.trailingSlash) throw new VfsError('EISDIR', 'cannot create a regular file named like a directory');
      const { dir, name } = this.tree.parentOf(path.rel);
      this.tree.assertWritable(dir);
      return new MemoryFileHandle(this.tree, this.tree.createFile(dir, name), access);
    }
    if ((flags & OpenFlags.CREAT) !== 0 && (flags & OpenFlags.EXCL) !== 0) throw new VfsError('EEXIST', 'file exists');
    if (node.kind === 'mount') throw new VfsError('EIO', 'mount point reached the memory store');
    if (node.kind === 'dir') {
      if (access.writable || (flags & (OpenFlags.CREAT | OpenFlags.TRUNC)) !== 0) throw new VfsError('EISDIR', 'is a directory');
      return new DirectoryHandle(this.directorySource(node));
    }
    if ((flags & OpenFlags.DIRECTORY) !== 0 || path.trailingSlash) throw new VfsError('ENOTDIR', 'not a directory');
    if ((flags & OpenFlags.TRUNC) !== 0 && node.size > 0) {
      node.resize(0, this.tree.quota);
      node.times.mtimeMs = node.times.ctimeMs = this.tree.clock();
    }
    return new MemoryFileHandle(this.tree, node, access);
  }

  mkdir(path: StorePath): void {
    if (this.tree.lookup(path.rel) !== undefined) throw new VfsError('EEXIST', 'file exists');
    const { dir, name } = this.tree.parentOf(path.rel);
    this.tree.assertWritable(dir);
    this.tree.createDirectory(dir, name, true);
  }

  unlink(path: StorePath): void {
    const node = this.existing(path);
    if (node.kind !== 'file') throw new VfsError('EISDIR', 'is a directory');
    if (path.trailingSlash) throw new VfsError('ENOTDIR', 'not a directory');
    const { dir, name } = this.tree.parentOf(path.rel);
    this.tree.assertWritable(dir);
    this.tree.remove(dir, name);
  }

  rmdir(path: StorePath): void {
    if (path.rel.length === 0) throw new VfsError('EBUSY', 'cannot remove the root');
    if (path.endsWithDot) throw new VfsError('EINVAL', 'cannot remove "."');
    const node = this.existing(path);
    if (node.kind === 'file') throw new VfsError('ENOTDIR', 'not a directory');
    if (node.kind === 'mount') throw new VfsError('EBUSY', 'mount point');
    if (node.children.size > 0) throw new VfsError('ENOTEMPTY', 'directory not empty');
    const { dir, name } = this.tree.parentOf(path.rel);
    this.tree.assertWritable(dir);
    this.tree.remove(dir, name);
  }

  rename(from: StorePath, to: StorePath): void {
    const node = this.existing(from);
    const source = this.tree.parentOf(from.rel);
    const target = this.tree.parentOf(to.rel);
    const replaced = target.dir.children.get(target.name);
    if (node.kind === 'mount' || replaced?.kind === 'mount') throw new VfsError('EBUSY', 'mount point');
    if (node.kind === 'dir' && containsMount(node)) throw new VfsError('EBUSY', 'directory holds a mount point');
    if (node.kind === 'file' && (from.trailingSlash || to.trailingSlash)) throw new VfsError('ENOTDIR', 'not a directory');
    if (node === replaced) return;
    if (node.kind === 'dir' && isWithin(from.rel, to.rel)) throw new VfsError('EINVAL', 'cannot move a directory into itself');
    if (replaced !== undefined) {
      if (node.kind === 'dir' && replaced.kind === 'file') throw new VfsError('ENOTDIR', 'not a directory');
      if (node.kind === 'file' && replaced.kind === 'dir') throw new VfsError('EISDIR', 'is a directory');
      if (replaced.kind === 'dir' && replaced.children.size > 0) throw new VfsError('ENOTEMPTY', 'directory not empty');
    }
    this.tree.assertWritable(source.dir);
    this.tree.assertWritable(target.dir);
    if (replaced === undefined && target.dir !== source.dir) this.tree.assertRoomIn(target.dir);
    this.tree.move(source.dir, source.name, target.dir, target.name);
  }

  statOf(node: MemoryNode): FileStat {
    if (node.kind === 'file') return memoryFileStat(node);
    if (node.kind === 'mount') return node.mount.rootStat();
    const nlink = (node.attached ? 2 : 1) + node.subdirectoryCount();
    return makeStat({ dev: MEMORY_DEV, ino: node.ino, kind: 'dir', writable: node.writable, size: 0, nlink, ...node.times });
  }

  private existing(path: StorePath): MemoryNode {
    const node = this.tree.lookup(path.rel);
    if (node === undefined) throw new VfsError('ENOENT', `no such file or directory: ${formatGuestPath(path.guest)}`);
    return node;
  }

  private directorySource(dir: MemoryDirectory) {
    return {
      list: (): DirEntry[] => listDirectory(dir),
      stat: (): FileStat => this.statOf(dir),
      path: (): string => pathOfDirectory(dir),
    };
  }
}

function listDirectory(dir: MemoryDirectory): DirEntry[] {
  const entries = [direntOf('.', dir.ino, 'dir'), direntOf('..', (dir.parent ?? dir).ino, 'dir')];
  for (const [name, child] of dir.children) {
    if (child.kind === 'mount') {
      const ino = child.mount.rootInoOrUndefined();
      if (ino !== undefined) entries.push(direntOf(name, ino, 'dir'));
    } else {
      entries.push(direntOf(name, child.ino, child.kind));
    }
  }
  return entries;
}

/** Rebuilt from parent links, so a directory renamed after it was opened reports where it is now. */
function pathOfDirectory(dir: MemoryDirectory): string {
  const names: string[] = [];
  for (let at: MemoryDirectory | null = dir; at !== null && at.parent !== null; at = at.parent) {
    if (!at.attached) throw new VfsError('ENOENT', 'directory has been removed');
    names.push(at.name);
  }
  return formatGuestPath(names.reverse());
}

function containsMount(dir: MemoryDirectory): boolean {
  for (const child of dir.children.values()) {
    if (child.kind === 'mount') return true;
    if (child.kind === 'dir' && containsMount(child)) return true;
  }
  return false;
}

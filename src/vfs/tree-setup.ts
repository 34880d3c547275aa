import { HostMount } from './host-mount.js';
import { budgetFor } from './mount-budget.js';
import type { MemoryDirectory, MemoryFile } from './memory-nodes.js';
import type { MemoryTree } from './memory-tree.js';
import { formatGuestPath, isWithin, parseHostSuppliedPath } from './path.js';
import type { InodeAllocator } from './stat.js';
import { VfsError, type FsLimits, type MountSpec } from './types.js';

/**
 * Building the tree on behalf of the embedding application: the default layout, placed files
 * and mount points. Host-side placement is not subject to the guest's read-only directories,
 * but it is subject to the quota and entry limits, so the guest starts inside its limits.
 */

export const TMP = ['tmp'];

export function validateLimits(limits: FsLimits): void {
  for (const key of ['quotaBytes', 'maxFileBytes', 'maxOpenFiles', 'maxDirEntries', 'maxEntries', 'maxPathBytes', 'mountQuotaBytes', 'mountMaxEntries'] as const) {
    const value = limits[key];
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (!Number.isInteger(value) && value !== Infinity)) {
      throw new Error(`filesystem limit ${key} must be a non-negative integer or Infinity, got ${String(value)}`);
    }
  }
  if (limits.maxPathBytes < 1) throw new Error('filesystem limit maxPathBytes must be at least 1');
}

/** The directories on the way to `components`, created (writable) where missing. */
export function ensureDirectories(tree: MemoryTree, components: readonly string[], writable: boolean): MemoryDirectory {
  let dir = tree.root;
  for (let i = 0; i < components.length; i++) {
    const name = components[i]!;
    const child = dir.children.get(name);
    if (child === undefined) dir = tree.createDirectory(dir, name, writable);
    else if (child.kind === 'dir') dir = child;
    else {
      const kind = child.kind === 'file' ? 'a file' : 'a mount point';
      throw new VfsError('ENOTDIR', `${formatGuestPath(components.slice(0, i + 1))} is ${kind}`);
    }
  }
  return dir;
}

/** Creates or replaces an in-memory file; refused for lack of quota before anything changes. */
export function placeFile(tree: MemoryTree, components: readonly string[], data: Uint8Array): MemoryFile {
  const name = components[components.length - 1];
  if (name === undefined) throw new VfsError('EISDIR', '/ is a directory');
  const growth = data.length - sizeIfFile(tree, components);
  tree.quota.assertRoomFor(growth);
  const dir = ensureDirectories(tree, components.slice(0, -1), true);
  const existing = dir.children.get(name);
  if (existing !== undefined && existing.kind !== 'file') throw new VfsError('EISDIR', `${formatGuestPath(components)} is a directory`);
  const file = existing ?? tree.createFile(dir, name);
  file.resize(0, tree.quota);
  file.write(0, data, tree.quota);
  file.times.mtimeMs = file.times.ctimeMs = tree.clock();
  return file;
}

function sizeIfFile(tree: MemoryTree, components: readonly string[]): number {
  try {
    const node = tree.lookup(components);
    return node?.kind === 'file' ? node.size : 0;
  } catch {
    return 0; // a missing parent is created below; a file in the way is reported there
  }
}

export function placeFiles(tree: MemoryTree, files: Record<string, string | Uint8Array>, maxPathBytes: number): void {
  const encoder = new TextEncoder();
  for (const [path, content] of Object.entries(files)) {
    const components = parseHostSuppliedPath(path, 'placed file path', maxPathBytes);
    if (components.length === 0) throw new Error('cannot place a file at /');
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    if (!(data instanceof Uint8Array)) throw new Error(`placed file ${path} must be a string or Uint8Array`);
    try {
      placeFile(tree, components, data);
    } catch (error) {
      throw new Error(`cannot place file ${path}: ${(error as Error).message}`);
    }
  }
}

/** Validates the mount table and attaches each mount; configuration errors are plain Errors. */
export function attachMounts(tree: MemoryTree, specs: readonly MountSpec[], inodes: InodeAllocator): HostMount[] {
  const limits = tree.limits;
  const budget = budgetFor(specs);
  const mounts: HostMount[] = [];
  for (const [index, spec] of specs.entries()) {
    const guest = parseHostSuppliedPath(spec.guestPath, 'mount guestPath', limits.maxPathBytes);
    if (guest.length === 0) throw new Error('cannot mount over /');
    if (isWithin(TMP, guest)) throw new Error(`mount guestPath may not be /tmp or inside it: ${spec.guestPath}`);
    for (const other of mounts) {
      if (isWithin(other.guestPath, guest) || isWithin(guest, other.guestPath)) {
        throw new Error(`mounts overlap: ${spec.guestPath} and ${formatGuestPath(other.guestPath)}`);
      }
    }
    const mount = new HostMount(spec, guest, limits, 2 + index, inodes, budget);
    try {
      attachMount(tree, guest, mount);
    } catch (error) {
      throw new Error(`cannot mount at ${spec.guestPath}: ${(error as Error).message}`);
    }
    mounts.push(mount);
  }
  return mounts;
}

function attachMount(tree: MemoryTree, guest: readonly string[], mount: HostMount): void {
  // Directories made only to reach a mount point stay read-only, like `/`.
  const parent = ensureDirectories(tree, guest.slice(0, -1), false);
  const name = guest[guest.length - 1]!;
  const existing = parent.children.get(name);
  if (existing !== undefined) {
    // A snapshot keeps the empty read-only directories that led to an earlier mount; reuse them.
    const leftover = existing.kind === 'dir' && !existing.writable && existing.children.size === 0;
    if (!leftover) throw new Error('the path already exists in the in-memory tree');
    tree.remove(parent, name);
  }
  tree.attachMount(parent, name, mount);
  mount.parentIno = parent.ino;
}

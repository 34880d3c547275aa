import type { HostMount } from './host-mount.js';
import type { MemoryNode } from './memory-nodes.js';
import { formatGuestPath } from './path.js';
import type { Store, StorePath } from './store.js';
import { OpenFlags, VfsError } from './types.js';

/**
 * The embedding application's file access (readFile, writeFile, listFiles), built on the same
 * store operations as the guest's so mounts stay confined for the host's calls too.
 */

const CHUNK_BYTES = 64 * 1024;

export function readWholeFile(store: Store, path: StorePath): Uint8Array {
  const file = store.open(path, OpenFlags.RDONLY);
  try {
    if (file.isDirectory) throw new VfsError('EISDIR', `${formatGuestPath(path.guest)} is a directory`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(CHUNK_BYTES);
      const count = file.read(chunk);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
      total += count;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  } finally {
    file.close();
  }
}

/** Creates missing parent directories inside the mount, then replaces the file's content. */
export function writeThroughMount(mount: HostMount, path: StorePath, data: Uint8Array): void {
  if (path.rel.length === 0) throw new VfsError('EISDIR', `${formatGuestPath(path.guest)} is a directory`);
  for (let depth = 1; depth < path.rel.length; depth++) {
    const rel = path.rel.slice(0, depth);
    try {
      mount.mkdir({ ...path, rel, trailingSlash: false });
    } catch (error) {
      if (!(error instanceof VfsError && error.errno === 'EEXIST')) throw error;
    }
  }
  const file = mount.open(path, OpenFlags.WRONLY | OpenFlags.CREAT | OpenFlags.TRUNC);
  try {
    file.write(data);
  } finally {
    file.close();
  }
}

/** Regular files under an in-memory node, descending into mounts. */
export function listMemoryFiles(node: MemoryNode, components: readonly string[], into: string[]): void {
  if (node.kind === 'file') into.push(formatGuestPath(components));
  else if (node.kind === 'mount') into.push(...node.mount.listFiles([]));
  else for (const [name, child] of node.children) listMemoryFiles(child, [...components, name], into);
}

export function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

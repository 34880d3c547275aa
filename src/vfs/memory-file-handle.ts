import type { MemoryFile } from './memory-nodes.js';
import type { MemoryTree } from './memory-tree.js';
import { checkedWriteEnd, notReadable, seekTarget, type AccessMode, type OpenFile } from './store.js';
import { MEMORY_DEV, makeStat } from './stat.js';
import { VfsError, type DirEntry, type FileStat, type Whence } from './types.js';

export function memoryFileStat(file: MemoryFile): FileStat {
  return makeStat({ dev: MEMORY_DEV, ino: file.ino, kind: 'file', writable: true, size: file.size, nlink: file.linked ? 1 : 0, ...file.times });
}

/** An open regular file of the in-memory tree. Holding it keeps an unlinked file's bytes alive. */
export class MemoryFileHandle implements OpenFile {
  readonly isDirectory = false;
  private position = 0;
  private closed = false;

  constructor(
    private readonly tree: MemoryTree,
    private readonly file: MemoryFile,
    private readonly access: AccessMode,
  ) {
    file.openCount++;
  }

  read(into: Uint8Array): number {
    if (!this.access.readable) notReadable();
    const count = this.file.read(this.position, into);
    this.position += count;
    return count;
  }

  write(data: Uint8Array): number {
    const file = this.file;
    const start = this.access.append ? file.size : this.position;
    const end = checkedWriteEnd(this.access, start, data.length, file.size, this.tree.limits.maxFileBytes);
    if (data.length === 0) return 0;
    file.write(start, data, this.tree.quota);
    const now = this.tree.clock();
    file.times.mtimeMs = now;
    file.times.ctimeMs = now;
    this.position = end;
    return data.length;
  }

  seek(offset: number, whence: Whence): number {
    this.position = seekTarget(this.position, this.file.size, offset, whence);
    return this.position;
  }

  sync(): void {}

  stat(): FileStat {
    return memoryFileStat(this.file);
  }

  readDirectory(): { entries: DirEntry[]; cursor: number } {
    throw new VfsError('ENOTDIR', 'not a directory');
  }

  setDirectoryCursor(_cursor: number): void {
    throw new VfsError('ENOTDIR', 'not a directory');
  }

  directoryPath(): string {
    throw new VfsError('ENOTDIR', 'not a directory');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.tree.released(this.file);
  }
}

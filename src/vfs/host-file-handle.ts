import * as fs from 'node:fs';
import { hostFailure } from './host-confinement.js';
import { checkedWriteEnd, notReadable, notWritable, seekTarget, type AccessMode, type OpenFile } from './store.js';
import { VfsError, type DirEntry, type FileStat, type Whence } from './types.js';

/** Node refuses single reads and writes above 2 GiB; shorter transfers are legal POSIX anyway. */
const MAX_TRANSFER = 1 << 30;

export interface HostFileOwner {
  readonly maxFileBytes: number;
  statOf(stats: fs.Stats): FileStat;
  /** Refuses (ENOSPC) or records a write that makes a file `bytes` longer. */
  chargeGrowth(bytes: number): void;
  /** The descriptor for the file with this identity closed. */
  released(identity: string): void;
}

/**
 * An open regular file in a host mount. The position is ours, not the host descriptor's, so
 * every transfer is positional and APPEND is implemented here rather than by the host.
 */
export class HostFileHandle implements OpenFile {
  readonly isDirectory = false;
  private position = 0;

  constructor(
    private fd: number,
    private readonly access: AccessMode,
    private readonly owner: HostFileOwner,
    private readonly identity: string,
  ) {}

  read(into: Uint8Array): number {
    if (!this.access.readable) notReadable();
    const count = this.host(() => fs.readSync(this.fd, into, 0, Math.min(into.length, MAX_TRANSFER), this.position));
    this.position += count;
    return count;
  }

  write(data: Uint8Array): number {
    if (!this.access.writable) notWritable();
    const size = this.size();
    const start = this.access.append ? size : this.position;
    const end = checkedWriteEnd(this.access, start, data.length, size, this.owner.maxFileBytes);
    // Charged before anything reaches the disk; a host write failing after it stays charged.
    if (data.length > 0) this.owner.chargeGrowth(end - size);
    let written = 0;
    while (written < data.length) {
      const chunk = data.subarray(written, written + MAX_TRANSFER);
      const count = this.host(() => fs.writeSync(this.fd, chunk, 0, chunk.length, start + written));
      if (count === 0) throw new VfsError('EIO', 'host write made no progress');
      written += count;
    }
    this.position = end;
    return data.length;
  }

  seek(offset: number, whence: Whence): number {
    this.position = seekTarget(this.position, whence === 2 ? this.size() : 0, offset, whence);
    return this.position;
  }

  sync(): void {
    if (this.access.writable) this.host(() => fs.fsyncSync(this.fd));
  }

  stat(): FileStat {
    return this.owner.statOf(this.host(() => fs.fstatSync(this.fd)));
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
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    this.owner.released(this.identity);
    try {
      fs.closeSync(fd);
    } catch {
      // The descriptor is released even when close reports an error; nothing is left to undo.
    }
  }

  private size(): number {
    return this.host(() => fs.fstatSync(this.fd)).size;
  }

  private host<T>(operation: () => T): T {
    if (this.fd < 0) throw new VfsError('EBADF', 'descriptor is closed');
    try {
      return operation();
    } catch (error) {
      throw hostFailure(error);
    }
  }
}

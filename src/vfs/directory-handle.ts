import { seekTarget, type OpenFile } from './store.js';
import { VfsError, type DirEntry, type FileStat, type Whence } from './types.js';

/** What a store supplies for an open directory; the cursor logic is shared by both stores. */
export interface DirectorySource {
  /** All entries, `.` and `..` first. */
  list(): DirEntry[];
  stat(): FileStat;
  path(): string;
}

/**
 * An open directory. The listing is taken on first read and kept until the guest rewinds, so a
 * guest that deletes entries while iterating neither skips nor repeats any; cursors are indexes
 * into that listing (entry i has cookie i + 1, as the syscall layer assumes).
 */
export class DirectoryHandle implements OpenFile {
  readonly isDirectory = true;
  private cursor = 0;
  private listing: DirEntry[] | undefined;

  constructor(private readonly source: DirectorySource) {}

  read(_into: Uint8Array): number {
    throw new VfsError('EISDIR', 'is a directory');
  }

  write(_data: Uint8Array): number {
    throw new VfsError('EBADF', 'directory not open for writing');
  }

  seek(offset: number, whence: Whence): number {
    // A directory has no meaningful end; SEEK_SET/SEEK_CUR move the cookie (seekdir, rewinddir).
    if (whence === 2) throw new VfsError('EINVAL', 'cannot seek a directory relative to its end');
    const target = seekTarget(this.cursor, 0, offset, whence);
    this.setDirectoryCursor(target);
    return target;
  }

  sync(): void {}

  stat(): FileStat {
    return this.source.stat();
  }

  readDirectory(): { entries: DirEntry[]; cursor: number } {
    this.listing ??= this.source.list();
    return { entries: this.listing.slice(this.cursor), cursor: this.cursor };
  }

  setDirectoryCursor(cursor: number): void {
    if (!Number.isSafeInteger(cursor) || cursor < 0) throw new VfsError('EINVAL', 'invalid directory cursor');
    if (cursor === 0) this.listing = undefined;
    this.cursor = cursor;
  }

  directoryPath(): string {
    return this.source.path();
  }

  close(): void {}
}

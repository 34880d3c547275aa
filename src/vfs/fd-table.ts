import { VfsError } from './types.js';

/** Descriptors 0, 1 and 2 belong to stdio, which the syscall layer serves itself. */
export const FIRST_FD = 3;

/**
 * Numbered descriptors, lowest free number first (as POSIX requires of open) from `first`, at
 * most `capacity` at a time.
 */
export class FdTable<T> {
  private readonly entries = new Map<number, T>();

  constructor(private readonly capacity: number, private readonly first = FIRST_FD) {}

  get size(): number {
    return this.entries.size;
  }

  /** Checked before opening anything, so a refused open never acquires a host resource. */
  assertRoom(): void {
    if (this.entries.size >= this.capacity) throw new VfsError('EMFILE', 'too many open files');
  }

  add(entry: T): number {
    this.assertRoom();
    let fd = this.first;
    while (this.entries.has(fd)) fd++;
    this.entries.set(fd, entry);
    return fd;
  }

  get(fd: number): T {
    const entry = this.entries.get(fd);
    if (entry === undefined) throw new VfsError('EBADF', `bad file descriptor ${fd}`);
    return entry;
  }

  remove(fd: number): T {
    const entry = this.get(fd);
    this.entries.delete(fd);
    return entry;
  }

  /** Empties the table, handing back everything that was in it. */
  drain(): T[] {
    const all = [...this.entries.values()];
    this.entries.clear();
    return all;
  }
}

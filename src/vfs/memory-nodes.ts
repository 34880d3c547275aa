import type { HostMount } from './host-mount.js';
import { VfsError } from './types.js';

/**
 * Nodes of the in-memory tree, plus the quota they draw from. Content lives in a buffer that
 * grows geometrically (appends stay linear) but never beyond what the quota let the file hold,
 * so real memory use stays within twice the quota.
 */

export interface Times {
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export function timesAt(ms: number): Times {
  return { atimeMs: ms, mtimeMs: ms, ctimeMs: ms };
}

/** Bytes of file content the in-memory tree may hold. */
export class Quota {
  used = 0;

  constructor(readonly limit: number) {}

  assertRoomFor(bytes: number): void {
    if (bytes > 0 && this.used + bytes > this.limit) throw new VfsError('ENOSPC', 'filesystem quota exhausted');
  }

  charge(bytes: number): void {
    this.assertRoomFor(bytes);
    this.used += bytes;
  }

  release(bytes: number): void {
    this.used -= bytes;
  }
}

export class MemoryFile {
  readonly kind = 'file';
  private buffer = new Uint8Array(0);
  size = 0;
  /** False once unlinked; the bytes stay charged until the last descriptor closes. */
  linked = true;
  openCount = 0;

  constructor(
    readonly ino: number,
    public times: Times,
  ) {}

  contents(): Uint8Array {
    return this.buffer.subarray(0, this.size);
  }

  read(position: number, into: Uint8Array): number {
    if (position >= this.size) return 0;
    const count = Math.min(into.length, this.size - position);
    into.set(this.buffer.subarray(position, position + count));
    return count;
  }

  /** Writes all of `data` at `position`, zero-filling any gap, or throws ENOSPC having changed nothing. */
  write(position: number, data: Uint8Array, quota: Quota): void {
    const end = position + data.length;
    if (end > this.size) this.resize(end, quota);
    this.buffer.set(data, position);
  }

  /** Grows (with zeroes) or shrinks to `size`, charging or refunding the quota. */
  resize(size: number, quota: Quota): void {
    if (size > this.size) {
      quota.charge(size - this.size);
      this.ensureCapacity(size, quota);
      this.buffer.fill(0, this.size, size); // earlier shrinks may have left old bytes here
    } else {
      quota.release(this.size - size);
      if (size < this.buffer.length / 4) this.buffer = this.buffer.slice(0, size);
    }
    this.size = size;
  }

  /** Drops the content without touching the quota; for files whose charge was already refunded. */
  discard(): void {
    this.buffer = new Uint8Array(0);
    this.size = 0;
  }

  private ensureCapacity(needed: number, quota: Quota): void {
    if (needed <= this.buffer.length) return;
    // The file may hold at most its current size plus whatever quota is still free.
    const ceiling = needed + (quota.limit - quota.used);
    const capacity = Math.min(Math.max(needed, this.buffer.length * 2, 64), ceiling);
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }
}

export class MemoryDirectory {
  readonly kind = 'dir';
  readonly children = new Map<string, MemoryNode>();
  /** Still reachable from the root; descriptors can outlive a removed directory. */
  attached = true;

  constructor(
    readonly ino: number,
    /** Whether the guest may add, remove or rename entries here. */
    readonly writable: boolean,
    public times: Times,
    public parent: MemoryDirectory | null,
    public name: string,
  ) {}

  subdirectoryCount(): number {
    let count = 0;
    for (const child of this.children.values()) if (child.kind !== 'file') count++;
    return count;
  }
}

/** Where a host folder is attached; its contents are the mount's business. */
export class MountNode {
  readonly kind = 'mount';

  constructor(readonly mount: HostMount) {}
}

export type MemoryNode = MemoryFile | MemoryDirectory | MountNode;

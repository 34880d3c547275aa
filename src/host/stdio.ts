import type { GuestMemory } from './guest-memory.js';
import { OutputSink } from './output-sink.js';
import { Errno } from '../core/errno.js';

/** Bytes the guest can read as stdin. Empty by default, so `input()` meets EOF at once. */
export class StdinSource {
  private data: Uint8Array;
  private position = 0;

  constructor(data: Uint8Array = new Uint8Array(0)) {
    this.data = data;
  }

  reset(data: Uint8Array = new Uint8Array(0)): void {
    this.data = data;
    this.position = 0;
  }

  read(into: Uint8Array): number {
    const n = Math.min(into.length, this.data.length - this.position);
    into.set(this.data.subarray(this.position, this.position + n));
    this.position += n;
    return n;
  }
}

export interface StdioPorts {
  stdin: StdinSource;
  stdout: OutputSink;
  stderr: OutputSink;
}

/** Largest single stdin read served at once (the guest asks for its buffer size, 4 KiB). */
const MAX_STDIN_READ = 1 << 20;

/**
 * `mps.stdio_write` / `mps.stdin_read` (native/port/hal.c, stdio.c): the guest's console. Output
 * goes to capped sinks (never straight to the host's streams); stdin is the run's `stdin` option.
 */
export function createStdioImports(mem: GuestMemory, stdio: StdioPorts) {
  return {
    stdio_write(fd: number, ptr: number, len: number): number {
      if (!mem.inBounds(ptr, len)) return -Errno.EFAULT;
      if (fd === 1) stdio.stdout.write(mem.view8(ptr, len));
      else if (fd === 2) stdio.stderr.write(mem.view8(ptr, len));
      else return -Errno.EBADF;
      return len;
    },
    stdin_read(ptr: number, len: number): number {
      if (!mem.inBounds(ptr, len)) return -Errno.EFAULT;
      return stdio.stdin.read(mem.view8(ptr, Math.min(len, MAX_STDIN_READ)));
    },
  };
}

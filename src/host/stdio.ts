import { OutputSink } from './output-sink.js';

/** Bytes the guest can read from fd 0. Empty by default, so `input()` meets EOF at once. */
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

export const STDIN_FD = 0;
export const STDOUT_FD = 1;
export const STDERR_FD = 2;

export function isStdio(fd: number): boolean {
  return fd === STDIN_FD || fd === STDOUT_FD || fd === STDERR_FD;
}

/**
 * A VM's complete guest-side state: linear memory up to the heap break (nothing above it is ever
 * used). Every mutable global of the module is either constant between runs (the stack pointer)
 * or kept in memory, so restoring the bytes into a new instance of the same module reproduces the
 * VM exactly. Host-side state (files, clock, random) is not here.
 */
export interface VmImage {
  /** Hash of the module this image belongs to; any other module must refuse it. */
  moduleSha256: string;
  memoryBytes: number;
  /** memory[0, used.length) */
  used: Uint8Array;
}

/** The 32-bit words of `bytes`, or undefined when it does not start on a word boundary. */
export function wordsOf(bytes: Uint8Array): Uint32Array | undefined {
  return bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4)) : undefined;
}

/** Whether bytes [start, end) are all zero; both are multiples of 4 within `words`. */
export function allZero(words: Uint32Array, start: number, end: number): boolean {
  for (let w = start / 4; w < end / 4; w++) if (words[w] !== 0) return false;
  return true;
}

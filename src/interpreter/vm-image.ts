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

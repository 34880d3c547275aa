/**
 * A VM's complete guest-side state: linear memory up to the heap break (nothing above it is ever
 * used) plus the mutable globals (stack pointer and friends). Restoring it into a new instance of
 * the same module reproduces the VM exactly. Host-side state (files, clock, random) is not here.
 */
export interface VmImage {
  /** Hash of the transformed module this image belongs to; any other module must refuse it. */
  moduleSha256: string;
  memoryBytes: number;
  /** memory[0, used.length) */
  used: Uint8Array;
  globals: Record<string, number>;
  /** Address of the VM's result slot (allocated at init). */
  outSlot: number;
}

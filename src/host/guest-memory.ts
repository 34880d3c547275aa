/**
 * The only door into guest linear memory. Every access is bounds-checked against the memory's
 * current size; guest-supplied pointers and lengths are hostile until checked. Views are
 * re-derived whenever the buffer changes (memory growth detaches the old one).
 */

export class GuestMemoryFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuestMemoryFault';
  }
}

const decoder = new TextDecoder('utf-8');
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export class GuestMemory {
  private buffer: ArrayBuffer | undefined;
  private bytes = new Uint8Array(0);
  private view = new DataView(new ArrayBuffer(0));

  /** `source` is called lazily: the module defines its memory, so it exists only after instantiation. */
  constructor(private readonly source: () => WebAssembly.Memory) {}

  get memory(): WebAssembly.Memory {
    return this.source();
  }

  private refresh(): void {
    const current = this.source().buffer;
    if (current !== this.buffer) {
      this.buffer = current;
      this.bytes = new Uint8Array(current);
      this.view = new DataView(current);
    }
  }

  get size(): number {
    this.refresh();
    return this.bytes.length;
  }

  /** True when [ptr, ptr + len) lies inside memory; rejects non-integers and negatives. */
  inBounds(ptr: number, len: number): boolean {
    this.refresh();
    return Number.isInteger(ptr) && Number.isInteger(len) && ptr >= 0 && len >= 0 && ptr + len <= this.bytes.length;
  }

  check(ptr: number, len: number): void {
    if (!this.inBounds(ptr, len)) {
      throw new GuestMemoryFault(`guest range [${ptr}, +${len}) is outside memory of ${this.bytes.length} bytes`);
    }
  }

  u8(): Uint8Array {
    this.refresh();
    return this.bytes;
  }

  /** A live view (no copy). Only for immediate consumption: it dies on the next growth. */
  view8(ptr: number, len: number): Uint8Array {
    this.check(ptr, len);
    return this.bytes.subarray(ptr, ptr + len);
  }

  copyOut(ptr: number, len: number): Uint8Array {
    return this.view8(ptr, len).slice();
  }

  copyIn(ptr: number, data: Uint8Array): void {
    this.check(ptr, data.length);
    this.bytes.set(data, ptr);
  }

  getU32(ptr: number): number {
    this.check(ptr, 4);
    return this.view.getUint32(ptr, true);
  }

  getI32(ptr: number): number {
    this.check(ptr, 4);
    return this.view.getInt32(ptr, true);
  }

  setU32(ptr: number, value: number): void {
    this.check(ptr, 4);
    this.view.setUint32(ptr, value >>> 0, true);
  }

  setI32(ptr: number, value: number): void {
    this.check(ptr, 4);
    this.view.setInt32(ptr, value | 0, true);
  }

  getU64(ptr: number): bigint {
    this.check(ptr, 8);
    return this.view.getBigUint64(ptr, true);
  }

  setU64(ptr: number, value: bigint): void {
    this.check(ptr, 8);
    this.view.setBigUint64(ptr, BigInt.asUintN(64, value), true);
  }

  getF64(ptr: number): number {
    this.check(ptr, 8);
    return this.view.getFloat64(ptr, true);
  }

  setF64(ptr: number, value: number): void {
    this.check(ptr, 8);
    this.view.setFloat64(ptr, value, true);
  }

  /** Decodes `len` bytes as UTF-8, replacing invalid sequences. */
  readString(ptr: number, len: number): string {
    return decoder.decode(this.view8(ptr, len));
  }

  /** Decodes UTF-8 strictly; returns undefined on invalid UTF-8. */
  readStrictString(ptr: number, len: number): string | undefined {
    try {
      return strictDecoder.decode(this.view8(ptr, len));
    } catch {
      return undefined;
    }
  }

  /**
   * Length of a NUL-terminated string starting at `ptr`, searching at most `maxLen` bytes.
   * Returns -1 when no terminator lies within bounds.
   */
  cStringLength(ptr: number, maxLen: number): number {
    if (!this.inBounds(ptr, 0)) return -1;
    const end = Math.min(this.bytes.length, ptr + maxLen + 1);
    const at = this.bytes.subarray(ptr, end).indexOf(0);
    return at;
  }

  readCString(ptr: number, maxLen: number): string | undefined {
    const len = this.cStringLength(ptr, maxLen);
    if (len < 0) return undefined;
    return this.readString(ptr, len);
  }

  static encode(text: string): Uint8Array {
    return encoder.encode(text);
  }
}

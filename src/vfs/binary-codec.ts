import { VfsError } from './types.js';

/**
 * Little-endian byte writing and bounds-checked reading for the snapshot format. Every read
 * checks the remaining length first, so a truncated or hostile blob fails with EINVAL instead of
 * reading garbage or allocating what it merely claims to contain.
 */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  u8(value: number): void {
    this.fixed(1, (view) => view.setUint8(0, value));
  }

  u16(value: number): void {
    this.fixed(2, (view) => view.setUint16(0, value, true));
  }

  u32(value: number): void {
    this.fixed(4, (view) => view.setUint32(0, value, true));
  }

  f64(value: number): void {
    this.fixed(8, (view) => view.setFloat64(0, value, true));
  }

  bytes(data: Uint8Array): void {
    this.chunks.push(data);
    this.length += data.length;
  }

  /** Length-prefixed (u32) data. */
  block(data: Uint8Array): void {
    this.u32(data.length);
    this.bytes(data);
  }

  string(text: string): void {
    this.block(encoder.encode(text));
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private fixed(size: number, put: (view: DataView) => void): void {
    const chunk = new Uint8Array(size);
    put(new DataView(chunk.buffer));
    this.bytes(chunk);
  }
}

export class ByteReader {
  private readonly view: DataView;
  private offset = 0;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get remaining(): number {
    return this.data.length - this.offset;
  }

  u8(): number {
    return this.view.getUint8(this.advance(1));
  }

  u16(): number {
    return this.view.getUint16(this.advance(2), true);
  }

  u32(): number {
    return this.view.getUint32(this.advance(4), true);
  }

  f64(): number {
    return this.view.getFloat64(this.advance(8), true);
  }

  /** A view of the next `length` bytes (not a copy). */
  bytes(length: number): Uint8Array {
    const start = this.advance(length);
    return this.data.subarray(start, start + length);
  }

  block(maxLength: number): Uint8Array {
    const length = this.u32();
    if (length > maxLength) throw invalid(`field of ${length} bytes exceeds its limit of ${maxLength}`);
    return this.bytes(length);
  }

  string(maxBytes: number): string {
    try {
      return strictDecoder.decode(this.block(maxBytes));
    } catch (error) {
      if (error instanceof VfsError) throw error;
      throw invalid('string is not valid UTF-8');
    }
  }

  private advance(size: number): number {
    if (size > this.remaining) throw invalid('truncated data');
    const start = this.offset;
    this.offset += size;
    return start;
  }
}

export function invalid(detail: string): VfsError {
  return new VfsError('EINVAL', `invalid filesystem snapshot: ${detail}`);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE), to tell a damaged snapshot from a valid one before trusting any of it. */
export function crc32(data: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

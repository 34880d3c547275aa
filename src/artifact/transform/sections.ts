import { check } from './facts.js';

/**
 * Minimal reading and patching of the wasm binary format, for the few edits binaryen.js cannot
 * make directly: the memory limits, a `name` section for globals, and reading data segments.
 */

export interface Section {
  id: number;
  start: number; // offset of the section id byte
  contentStart: number;
  end: number;
}

export function readU32Leb(bytes: Uint8Array, offset: number): { value: number; next: number } {
  let result = 0;
  let shift = 0;
  let pos = offset;
  for (;;) {
    check(pos < bytes.length, 'truncated LEB128');
    const byte = bytes[pos++]!;
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) break;
    shift += 7;
    check(shift < 35, 'LEB128 too long');
  }
  return { value: result, next: pos };
}

export function writeU32Leb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

export function listSections(bytes: Uint8Array): Section[] {
  check(bytes.length >= 8 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d,
    'not a wasm binary');
  const sections: Section[] = [];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos]!;
    const size = readU32Leb(bytes, pos + 1);
    const end = size.next + size.value;
    check(end <= bytes.length, 'section runs past the end of the binary');
    sections.push({ id, start: pos, contentStart: size.next, end });
    pos = end;
  }
  return sections;
}

function encodeName(name: string): number[] {
  const utf8 = [...new TextEncoder().encode(name)];
  return [...writeU32Leb(utf8.length), ...utf8];
}

function section(id: number, content: number[]): number[] {
  return [id, ...writeU32Leb(content.length), ...content];
}

/** Rewrites the (single, defined) memory's limits. */
export function patchMemoryLimits(bytes: Uint8Array, initialPages: number, maximumPages: number): Uint8Array {
  const sections = listSections(bytes);
  const memory = sections.filter((s) => s.id === 5);
  check(memory.length === 1, 'expected exactly one memory section');
  const s = memory[0]!;
  const count = readU32Leb(bytes, s.contentStart);
  check(count.value === 1, 'expected exactly one memory');
  const content = [...writeU32Leb(1), 0x01, ...writeU32Leb(initialPages), ...writeU32Leb(maximumPages)];
  const replacement = section(5, content);
  const out = new Uint8Array(bytes.length - (s.end - s.start) + replacement.length);
  out.set(bytes.subarray(0, s.start), 0);
  out.set(replacement, s.start);
  out.set(bytes.subarray(s.end), s.start + replacement.length);
  return out;
}

/**
 * Appends a `name` custom section naming globals (subsection 7). binaryen recognises the stack
 * pointer only by the name `__stack_pointer`, and binaryen.js cannot rename globals itself.
 */
export function withGlobalNames(bytes: Uint8Array, names: ReadonlyMap<number, string>): Uint8Array {
  const entries: number[] = [...writeU32Leb(names.size)];
  for (const [index, name] of [...names].sort((a, b) => a[0] - b[0])) {
    entries.push(...writeU32Leb(index), ...encodeName(name));
  }
  const subsection = [7, ...writeU32Leb(entries.length), ...entries];
  const custom = section(0, [...encodeName('name'), ...subsection]);
  const out = new Uint8Array(bytes.length + custom.length);
  out.set(bytes, 0);
  out.set(custom, bytes.length);
  return out;
}

export interface DataSegment {
  offset: number;
  data: Uint8Array;
}

/** Active data segments of memory 0 with a constant `i32.const` offset. */
export function readDataSegments(bytes: Uint8Array): DataSegment[] {
  const data = listSections(bytes).find((s) => s.id === 11);
  if (!data) return [];
  let pos = data.contentStart;
  const count = readU32Leb(bytes, pos);
  pos = count.next;
  const segments: DataSegment[] = [];
  for (let i = 0; i < count.value; i++) {
    const flags = readU32Leb(bytes, pos);
    pos = flags.next;
    if (flags.value === 1) {
      const size = readU32Leb(bytes, pos);
      pos = size.next + size.value; // passive: no address
      continue;
    }
    if (flags.value === 2) pos = readU32Leb(bytes, pos).next; // explicit memory index
    check(flags.value === 0 || flags.value === 2, `unsupported data segment flags ${flags.value}`);
    check(bytes[pos] === 0x41, 'data segment offset must be i32.const');
    const { value: raw, next } = readSignedLeb(bytes, pos + 1);
    check(bytes[next] === 0x0b, 'data segment offset must be a single constant');
    const size = readU32Leb(bytes, next + 1);
    const start = size.next;
    segments.push({ offset: raw >>> 0, data: bytes.subarray(start, start + size.value) });
    pos = start + size.value;
  }
  return segments;
}

function readSignedLeb(bytes: Uint8Array, offset: number): { value: number; next: number } {
  let result = 0;
  let shift = 0;
  let pos = offset;
  let byte: number;
  do {
    check(pos < bytes.length, 'truncated LEB128');
    byte = bytes[pos++]!;
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80 && shift < 35);
  if (shift < 32 && byte & 0x40) result |= -1 << shift;
  return { value: result, next: pos };
}

/** Reads a little-endian u32 at a linear-memory address from the initial data segments. */
export function readInitialU32(segments: DataSegment[], address: number): number {
  for (const seg of segments) {
    if (address >= seg.offset && address + 4 <= seg.offset + seg.data.length) {
      const at = address - seg.offset;
      return new DataView(seg.data.buffer, seg.data.byteOffset + at, 4).getUint32(0, true);
    }
  }
  return 0; // zero-initialised (bss)
}

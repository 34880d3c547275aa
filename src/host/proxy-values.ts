import type { GuestMemory } from './guest-memory.js';

/**
 * The build's value-passing protocol: a value crosses the boundary as three u32 words
 * `[kind, a, b]`. Python-to-host kinds and host-to-Python kinds are numbered differently.
 */

export const MpKind = {
  EXCEPTION: -1,
  NULL: 0,
  NONE: 1,
  BOOL: 2,
  INT: 3,
  FLOAT: 4,
  STR: 5,
  CALLABLE: 6,
  GENERATOR: 7,
  OBJECT: 8,
  JSPROXY: 9,
  EXISTING: 10,
} as const;

export const JsKind = {
  UNDEFINED: 0,
  NULL: 1,
  BOOLEAN: 2,
  INTEGER: 3,
  DOUBLE: 4,
  STRING: 5,
  OBJECT_EXISTING: 6,
  OBJECT: 7,
  PYPROXY: 8,
} as const;

export const VALUE_SLOT_BYTES = 12;

/** A Python value as the host sees it. Objects stay on the guest side, named by a reference. */
export type MpValue =
  | { kind: 'null' }
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'ref'; type: 'callable' | 'generator' | 'object'; ref: number }
  | { kind: 'jsref'; ref: number }
  | { kind: 'exception'; type: string; text: string; pointer: number }
  | { kind: 'unknown'; code: number };

export function readMpValue(mem: GuestMemory, slot: number): MpValue {
  mem.check(slot, VALUE_SLOT_BYTES);
  const kind = mem.getI32(slot);
  const a = mem.getU32(slot + 4);
  const b = mem.getU32(slot + 8);
  switch (kind) {
    case MpKind.NULL:
      return { kind: 'null' };
    case MpKind.NONE:
      return { kind: 'none' };
    case MpKind.BOOL:
      return { kind: 'bool', value: a !== 0 };
    case MpKind.INT:
      return { kind: 'int', value: a | 0 };
    case MpKind.FLOAT:
      return { kind: 'float', value: mem.getF64(slot + 4) };
    case MpKind.STR:
      // The bytes live in the GC heap: decode now, before anything can move or free them.
      return { kind: 'str', value: mem.readString(b, a) };
    case MpKind.CALLABLE:
      return { kind: 'ref', type: 'callable', ref: a };
    case MpKind.GENERATOR:
      return { kind: 'ref', type: 'generator', ref: a };
    case MpKind.OBJECT:
      return { kind: 'ref', type: 'object', ref: a };
    case MpKind.JSPROXY:
    case MpKind.EXISTING:
      return { kind: 'jsref', ref: a };
    case MpKind.EXCEPTION: {
      const text = mem.readString(b, a);
      const sep = text.indexOf('\x04');
      return sep < 0
        ? { kind: 'exception', type: 'Exception', text, pointer: b }
        : { kind: 'exception', type: text.slice(0, sep), text: text.slice(sep + 1), pointer: b };
    }
    default:
      return { kind: 'unknown', code: kind };
  }
}

/** Host values that can be written into a slot without allocating guest objects. */
export type JsScalar = undefined | null | boolean | number | string;

export function writeJsScalar(mem: GuestMemory, slot: number, value: JsScalar, malloc: (n: number) => number): void {
  mem.check(slot, VALUE_SLOT_BYTES);
  if (value === undefined) {
    mem.setI32(slot, JsKind.UNDEFINED);
  } else if (value === null) {
    mem.setI32(slot, JsKind.NULL);
  } else if (typeof value === 'boolean') {
    mem.setI32(slot, JsKind.BOOLEAN);
    mem.setU32(slot + 4, value ? 1 : 0);
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff) {
      mem.setI32(slot, JsKind.INTEGER);
      mem.setI32(slot + 4, value);
    } else {
      mem.setI32(slot, JsKind.DOUBLE);
      mem.setF64(slot + 4, value);
    }
  } else {
    const bytes = new TextEncoder().encode(value);
    // The guest takes ownership of this buffer and frees it after copying.
    const ptr = malloc(bytes.length + 1);
    if (ptr === 0) {
      mem.setI32(slot, JsKind.UNDEFINED);
      return;
    }
    mem.copyIn(ptr, bytes);
    mem.view8(ptr + bytes.length, 1)[0] = 0;
    mem.setI32(slot, JsKind.STRING);
    mem.setU32(slot + 4, bytes.length);
    mem.setU32(slot + 8, ptr);
  }
}

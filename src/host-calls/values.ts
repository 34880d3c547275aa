import { scrubGuestText } from './guest-text.js';
import { GuestJsonError, parseSliced, type Builder } from './sliced-json.js';

/**
 * Values crossing between guest Python and host functions: JSON, plus tagged single-key objects
 * for what JSON cannot carry. A key starting with NUL is a tag; a real key starting with NUL is
 * escaped by one more NUL. The guest side of the same encoding is in interpreter/prelude.ts.
 *
 *   Python bytes/bytearray  <->  Uint8Array          {"\0b": "<hex>"}
 *   int beyond +-2^53       <->  bigint               {"\0i": "<digits>"}
 *   nan / inf / -inf        <->  NaN / +-Infinity     {"\0f": "nan" | "inf" | "-inf"}
 *   list / tuple            ->   Array
 *   dict (str keys)         <->  plain object
 *
 * Long strings and bytes travel outside the JSON: MicroPython's json module spends over a hundred
 * fuel units per character, against about one for a plain copy. They go in a tail, and the JSON
 * holds {"\0s": [offset, length]} (or {"\0x": ...} for the hex of bytes), in UTF-8 bytes of the
 * tail. From the guest, the tail is one extra argument of the host call; to the guest, the reply
 * is `R` or `E`, the JSON, then NUL and the tail, which the guest slices without parsing.
 *
 * Anything else a host function returns (functions, symbols, class instances, cycles) is refused.
 */

const MARK = '\u0000';
const MAX_DEPTH = 64;

export class HostValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostValueError';
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Integers wider than this many decimal digits are refused: converting one costs time that grows
 * faster than its length (100,000 digits took 5 ms), and CPython refuses them too by default
 * (`sys.int_info.default_max_str_digits`).
 */
export const MAX_INT_DIGITS = 4300;

/** Guest payloads are parsed in slices of about this long (see sliced-json.ts). */
const SLICE_MS = 2;

/** An object being parsed; a single-member object may turn out to be a tag. */
interface GuestObject {
  readonly out: Record<string, unknown>;
  firstKey: string | undefined;
  lastValue: unknown;
  several: boolean;
}

/**
 * Decodes a guest payload (JSON text) and the tail its tags point into. Parsing happens in
 * slices that yield to the event loop; a deep or malformed payload is refused early with
 * HostValueError. `signal` abandons the work once the calling run has ended.
 */
export async function decodeGuestPayload(payload: string, tail = '', signal?: AbortSignal): Promise<unknown> {
  let bytes: Buffer | undefined;
  const slice = (ref: unknown): string => {
    bytes ??= Buffer.from(tail, 'utf8');
    const [at, length] = Array.isArray(ref) && ref.length === 2 ? ref as unknown[] : [];
    if (!Number.isInteger(at) || !Number.isInteger(length) || (at as number) < 0 || (length as number) < 0
      || (at as number) + (length as number) > bytes.length) {
      throw new HostValueError('malformed value reference');
    }
    return bytes.toString('utf8', at as number, (at as number) + (length as number));
  };
  const builder: Builder<GuestObject> = {
    startObject: () => ({ out: {}, firstKey: undefined, lastValue: undefined, several: false }),
    addEntry: (object, key, value) => {
      if (object.firstKey === undefined) object.firstKey = key;
      else if (key !== object.firstKey) object.several = true;
      object.lastValue = value;
      // defineProperty, not assignment: a guest key "__proto__" must stay a plain own property.
      Object.defineProperty(object.out, key.startsWith(MARK) ? key.slice(1) : key, {
        value, enumerable: true, writable: true, configurable: true,
      });
    },
    finishObject: (object) => {
      if (object.several || object.firstKey === undefined) return object.out;
      const tagged = decodeTag(object.firstKey, object.lastValue, slice);
      return tagged === NOT_A_TAG ? object.out : tagged;
    },
  };
  try {
    return await parseSliced(payload, builder, { maxDepth: MAX_DEPTH, sliceMs: SLICE_MS, signal });
  } catch (error) {
    if (error instanceof GuestJsonError && error.reason === 'depth') throw new HostValueError(error.message);
    throw error;
  }
}

const NOT_A_TAG = Symbol('not a tag');

function decodeTag(key: string, tagged: unknown, slice: (ref: unknown) => string): unknown {
  if (key === `${MARK}s` && Array.isArray(tagged)) return slice(tagged);
  if (key === `${MARK}x` && Array.isArray(tagged)) return bytesFromHex(slice(tagged));
  if (typeof tagged !== 'string') return NOT_A_TAG;
  if (key === `${MARK}b`) return bytesFromHex(tagged);
  if (key === `${MARK}i`) {
    const digits = tagged.startsWith('-') ? tagged.length - 1 : tagged.length;
    if (digits > MAX_INT_DIGITS) throw new HostValueError(`integers passed to the host may have at most ${MAX_INT_DIGITS} digits`);
    if (!/^-?\d+$/.test(tagged)) throw new HostValueError('malformed integer value');
    return BigInt(tagged);
  }
  if (key === `${MARK}f`) return tagged === 'nan' ? NaN : tagged === '-inf' ? -Infinity : Infinity;
  return NOT_A_TAG;
}

function bytesFromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new HostValueError('malformed bytes value');
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

/** Strings at least this long (UTF-16 units) go to the reply's tail instead of the JSON. */
const TAIL_MIN_CHARS = 64;

/** The reply's out-of-JSON part, built while encoding. */
class ReplyTail {
  readonly parts: string[] = [];
  private bytes = 0;

  /** Appends `text` and returns its [offset, length] in UTF-8 bytes. */
  add(text: string): [number, number] {
    const length = Buffer.byteLength(text, 'utf8');
    const at = this.bytes;
    this.parts.push(text);
    this.bytes += length;
    return [at, length];
  }
}

function toGuest(value: unknown, tail: ReplyTail, depth = 0, seen = new Set<object>()): unknown {
  if (depth > MAX_DEPTH) throw new HostValueError('the value is nested too deeply');
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'boolean':
      return value;
    case 'string':
      return value.length >= TAIL_MIN_CHARS ? { [`${MARK}s`]: tail.add(value) } : value;
    case 'number':
      if (Number.isFinite(value)) return value;
      return { [`${MARK}f`]: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
    case 'bigint':
      return value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : { [`${MARK}i`]: value.toString() };
    case 'object': {
      if (value === null) return null;
      if (value instanceof Uint8Array) return { [`${MARK}x`]: tail.add(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')) };
      if (value instanceof ArrayBuffer) return { [`${MARK}x`]: tail.add(Buffer.from(value).toString('hex')) };
      if (seen.has(value)) throw new HostValueError('the value contains a cycle');
      seen.add(value);
      try {
        if (Array.isArray(value)) return value.map((v) => toGuest(v, tail, depth + 1, seen));
        if (!isPlainObject(value)) throw new HostValueError(`a ${value.constructor?.name ?? 'non-plain'} object cannot cross to Python`);
        const out: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) out[key.startsWith(MARK) ? MARK + key : key] = toGuest(v, tail, depth + 1, seen);
        return out;
      } finally {
        seen.delete(value);
      }
    }
    default:
      throw new HostValueError(`a ${typeof value} cannot cross to Python`);
  }
}

/** The reply envelope the guest's `hostcall` understands: `R`, JSON, then NUL and the tail. */
export function okReply(value: unknown): string {
  const tail = new ReplyTail();
  const json = JSON.stringify(toGuest(value, tail));
  return tail.parts.length === 0 ? `R${json}` : `R${json}\u0000${tail.parts.join('')}`;
}

/** Every host-call error the guest sees goes through here, and so through scrubGuestText. */
export function errorReply(type: 'TypeError' | 'ValueError' | 'HostError', message: string): string {
  return `E${JSON.stringify({ type, message: scrubGuestText(message) })}`;
}

/**
 * Decodes a run's final value, which the guest writes as self-contained JSON in the same tagged
 * encoding (no tail: the value is small, see interpreter/prelude.ts). Synchronous: the text is at
 * most 64 KiB. Returns undefined for anything malformed or nested deeper than `maxDepth`.
 */
export function decodeGuestValue(json: string, maxDepth: number): unknown {
  let parsed: unknown;
  try {
    // JSON.parse itself does not recurse on the native stack; the walk below is bounded first.
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (nestingDepth(parsed, maxDepth) > maxDepth) return undefined;
  try {
    return fromTagged(parsed);
  } catch {
    return undefined;
  }
}

function nestingDepth(root: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return deepest;
}

const noTail = (): string => {
  throw new HostValueError('a value reference without a tail');
};

function fromTagged(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromTagged);
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const [key, tagged] = entries[0]!;
    const decoded = decodeTag(key, tagged, noTail);
    if (decoded !== NOT_A_TAG) return decoded;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of entries) {
    Object.defineProperty(out, key.startsWith(MARK) ? key.slice(1) : key, {
      value: fromTagged(v), enumerable: true, writable: true, configurable: true,
    });
  }
  return out;
}

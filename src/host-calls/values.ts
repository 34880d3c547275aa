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

export function fromGuest(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new HostValueError('value nested too deeply');
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => fromGuest(v, depth + 1));
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 1) {
    const [key, tagged] = entries[0]!;
    if (typeof tagged === 'string') {
      if (key === `${MARK}b`) {
        if (!/^(?:[0-9a-f]{2})*$/.test(tagged)) throw new HostValueError('malformed bytes value');
        return new Uint8Array(Buffer.from(tagged, 'hex'));
      }
      if (key === `${MARK}i`) {
        if (!/^-?\d{1,100000}$/.test(tagged)) throw new HostValueError('malformed integer value');
        return BigInt(tagged);
      }
      if (key === `${MARK}f`) return tagged === 'nan' ? NaN : tagged === '-inf' ? -Infinity : Infinity;
    }
  }
  // defineProperty, not assignment: a guest key "__proto__" must stay a plain own property.
  const out: Record<string, unknown> = {};
  for (const [key, v] of entries) {
    Object.defineProperty(out, key.startsWith(MARK) ? key.slice(1) : key, {
      value: fromGuest(v, depth + 1), enumerable: true, writable: true, configurable: true,
    });
  }
  return out;
}

export function toGuest(value: unknown, depth = 0, seen = new Set<object>()): unknown {
  if (depth > MAX_DEPTH) throw new HostValueError('the value is nested too deeply');
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      return { [`${MARK}f`]: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
    case 'bigint':
      return value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : { [`${MARK}i`]: value.toString() };
    case 'object': {
      if (value === null) return null;
      if (value instanceof Uint8Array) return { [`${MARK}b`]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex') };
      if (value instanceof ArrayBuffer) return { [`${MARK}b`]: Buffer.from(value).toString('hex') };
      if (seen.has(value)) throw new HostValueError('the value contains a cycle');
      seen.add(value);
      try {
        if (Array.isArray(value)) return value.map((v) => toGuest(v, depth + 1, seen));
        if (!isPlainObject(value)) throw new HostValueError(`a ${value.constructor?.name ?? 'non-plain'} object cannot cross to Python`);
        const out: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) out[key.startsWith(MARK) ? MARK + key : key] = toGuest(v, depth + 1, seen);
        return out;
      } finally {
        seen.delete(value);
      }
    }
    default:
      throw new HostValueError(`a ${typeof value} cannot cross to Python`);
  }
}

/** The reply envelope the guest's `hostcall` understands. */
export function okReply(value: unknown): string {
  return `R${JSON.stringify(toGuest(value))}`;
}

export function errorReply(type: 'TypeError' | 'ValueError' | 'HostError', message: string): string {
  return `E${JSON.stringify({ type, message })}`;
}

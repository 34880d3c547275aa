import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A strict JSON parser for guest payloads that never holds the main thread for long.
 *
 * Host-call arguments arrive from the guest as JSON text of up to `maxArgBytes` (1 MiB by
 * default). `JSON.parse` plus a decoding walk over such text took 100-200 ms of one event-loop
 * turn for flat shapes (`[[], [], ...]`, objects with 100,000 keys) and the nesting limit was
 * applied only after the whole tree had been built. This parser:
 *
 * - refuses nesting beyond `maxDepth` as soon as it is reached, so a deep payload costs nothing;
 * - works in slices of about `sliceMs` and yields to the event loop between them, so timers, I/O
 *   and other sessions keep running however large the payload is;
 * - stops at the next slice once `signal` is aborted (the run that asked has ended);
 * - builds containers through `Builder`, entry by entry, so what the caller does with each value
 *   (see values.ts: tags, key escapes) is spread over the same slices.
 *
 * It accepts exactly RFC 8259 JSON: no comments, trailing commas, single quotes, NaN or
 * leading zeros. Every token costs time linear in its length, using native string searches.
 */

export class GuestJsonError extends Error {
  constructor(readonly reason: 'syntax' | 'depth' | 'abandoned', message: string) {
    super(message);
    this.name = 'GuestJsonError';
  }
}

export interface Builder<O> {
  startObject(): O;
  /** Called once per member, in text order (a repeated key is passed again). */
  addEntry(object: O, key: string, value: unknown): void;
  finishObject(object: O): unknown;
}

export interface SliceOptions {
  maxDepth: number;
  /** Work done before yielding to the event loop, in milliseconds. */
  sliceMs: number;
  signal?: AbortSignal | undefined;
}

type Frame<O> =
  | { kind: 'array'; items: unknown[] }
  | { kind: 'object'; object: O; key: string | undefined };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CONTROL = /[\u0000-\u001f]/;
/** Tokens handled between two looks at the clock. */
const CHECK_EVERY = 256;

const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d;
const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;
const OPEN_ARRAY = 0x5b, CLOSE_ARRAY = 0x5d, OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d;

export async function parseSliced<O>(text: string, builder: Builder<O>, options: SliceOptions): Promise<unknown> {
  const stack: Array<Frame<O>> = [];
  let at = 0;
  let sliceStart = performance.now();
  let tokens = 0;

  const fail = (what: string): never => {
    throw new GuestJsonError('syntax', `malformed JSON: ${what} at offset ${at}`);
  };
  const skipSpace = (): void => {
    for (let c = text.charCodeAt(at); c === SPACE || c === TAB || c === LF || c === CR; c = text.charCodeAt(at)) at++;
  };
  const readString = (): string => {
    const start = at; // the opening quote
    let end = text.indexOf('"', start + 1);
    for (;;) {
      if (end < 0) fail('unterminated string');
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    at = end + 1;
    const raw = text.slice(start + 1, end);
    if (raw.includes('\\')) {
      try {
        return JSON.parse(text.slice(start, end + 1)) as string;
      } catch {
        return fail('bad escape in string');
      }
    }
    if (CONTROL.test(raw)) fail('control character in string');
    return raw;
  };
  /** A scalar, or a container opened (pushed) and reported as undefined. */
  const readValue = (): unknown => {
    if (stack.length > options.maxDepth) throw new GuestJsonError('depth', 'value nested too deeply');
    const c = text.charCodeAt(at);
    if (c === QUOTE) return readString();
    if (c === OPEN_ARRAY) {
      at++;
      stack.push({ kind: 'array', items: [] });
      return undefined;
    }
    if (c === OPEN_OBJECT) {
      at++;
      stack.push({ kind: 'object', object: builder.startObject(), key: undefined });
      return undefined;
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (match === null) return fail('unexpected character');
    at += match[0].length;
    return Number(match[0]);
  };

  // Each iteration reads one value (or closes containers) and leaves `at` after it.
  let result: unknown;
  let expectValue = true;
  for (;;) {
    if (++tokens % CHECK_EVERY === 0 && performance.now() - sliceStart >= options.sliceMs) {
      await nextTurn();
      if (options.signal?.aborted) throw new GuestJsonError('abandoned', 'the call was abandoned');
      sliceStart = performance.now();
    }
    skipSpace();
    const top = stack[stack.length - 1];
    let value: unknown;
    let complete = false;
    if (expectValue) {
      if (top?.kind === 'object' && top.key === undefined) {
        if (text.charCodeAt(at) !== QUOTE) fail('expected a key');
        top.key = readString();
        skipSpace();
        if (text.charCodeAt(at) !== COLON) fail("expected ':'");
        at++;
        skipSpace();
      }
      const before = stack.length;
      value = readValue();
      complete = stack.length === before;
      if (!complete) {
        // An empty container closes at once; otherwise its first value comes next.
        skipSpace();
        const opened = stack[stack.length - 1]!;
        const close = opened.kind === 'array' ? CLOSE_ARRAY : CLOSE_OBJECT;
        if (text.charCodeAt(at) === close) {
          at++;
          value = closeFrame(stack.pop()!, builder);
          complete = true;
        } else {
          continue;
        }
      }
    } else {
      // After a value inside `top`: a comma, or the end of `top`.
      const c = text.charCodeAt(at);
      if (c === COMMA) {
        at++;
        expectValue = true;
        continue;
      }
      const close = top!.kind === 'array' ? CLOSE_ARRAY : CLOSE_OBJECT;
      if (c !== close) fail(`expected ',' or '${String.fromCharCode(close)}'`);
      at++;
      value = closeFrame(stack.pop()!, builder);
      complete = true;
    }
    if (complete) {
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        result = value;
        break;
      }
      if (parent.kind === 'array') parent.items.push(value);
      else {
        builder.addEntry(parent.object, parent.key!, value);
        parent.key = undefined;
      }
      expectValue = false;
    }
  }
  skipSpace();
  if (at !== text.length) fail('trailing characters');
  return result;
}

function closeFrame<O>(frame: Frame<O>, builder: Builder<O>): unknown {
  return frame.kind === 'array' ? frame.items : builder.finishObject(frame.object);
}

import { createHash } from 'node:crypto';
import { SnapshotError } from '../core/errors.js';
import { allZero, wordsOf, type VmImage } from './vm-image.js';

/**
 * The portable form of a session: VM image (memory stored sparsely: all-zero pages are omitted),
 * the filesystem's in-memory state, and small host-side state. Versioned, and sealed with a
 * SHA-256 digest so truncation, corruption and foreign bytes are refused with a typed error
 * before anything is allocated from their contents.
 *
 * Layout (little endian):
 *   magic "MPYSNAP\0" | u32 version | u32 header length | header JSON | sections... | 32-byte digest
 * Header JSON lists the sections (name + byte length) and small values; sections follow in order.
 * The digest covers everything before it.
 *
 * A snapshot may be encoded against a base image (the template every fresh VM starts from): it
 * then stores only the pages that differ from the base, and names the base by its SHA-256, so it
 * can be decoded only where that same base is at hand. Sessions keep their recovery state this
 * way: most of a VM's memory (the interpreter's static data, the untouched heap) is the template's.
 */

const MAGIC = new TextEncoder().encode('MPYSNAP\0');
/** 2: images of our own MicroPython build (memory only; no module globals or result slot). */
const VERSION = 2;
const DIGEST_BYTES = 32;
const PAGE = 4096;
/** Upper bounds that keep a hostile header from asking for absurd allocations. */
const MAX_HEADER_BYTES = 1 << 20;
const MAX_MEMORY_BYTES = 2 ** 31;

export interface SessionState {
  image: VmImage;
  /** VirtualFileSystem.exportState() output. */
  fsState: Uint8Array;
  /** Small JSON-safe host state (deterministic clock and random state, options echo). */
  host: Record<string, unknown>;
}

/** An image other snapshots may be encoded against, with its identity. */
export interface BaseImage {
  image: VmImage;
  /** SHA-256 (hex) of image.used. */
  sha256: string;
}

export function baseImage(image: VmImage): BaseImage {
  return { image, sha256: createHash('sha256').update(image.used).digest('hex') };
}

interface Header {
  moduleSha256: string;
  /** Set when only the pages that differ from this base image are stored. */
  baseSha256?: string;
  memoryBytes: number;
  usedBytes: number;
  pages: number[]; // indexes of the non-zero 4 KiB pages of `used`, in order
  fsStateBytes: number;
  host: Record<string, unknown>;
}

/** Whether page `page` of `used` must be stored: it is not all zero (no base) or not the base's. */
function pageToStore(used: Uint8Array, words: Uint32Array | undefined, base: Uint32Array | undefined, page: number): boolean {
  const start = page * PAGE;
  const end = Math.min(used.length, start + PAGE);
  if (!words || end - start < PAGE) return true;
  if (base) {
    if (end / 4 > base.length) return true;
    for (let w = start / 4; w < end / 4; w++) if (words[w] !== base[w]) return true;
    return false;
  }
  return !allZero(words, start, end);
}

export function encodeSnapshot(state: SessionState, base?: BaseImage): Uint8Array {
  const { image } = state;
  if (base && base.image.moduleSha256 !== image.moduleSha256) throw new SnapshotError('the base image belongs to a different MicroPython build');
  const pages: number[] = [];
  const words = wordsOf(image.used);
  const baseUsed = base?.image.used;
  const baseWords = baseUsed && wordsOf(baseUsed);
  if (base && !baseWords) throw new SnapshotError('the base image is not word-aligned');
  for (let page = 0; page * PAGE < image.used.length; page++) {
    if (pageToStore(image.used, words, baseWords, page)) pages.push(page);
  }
  const header: Header = {
    moduleSha256: image.moduleSha256,
    ...(base ? { baseSha256: base.sha256 } : {}),
    memoryBytes: image.memoryBytes,
    usedBytes: image.used.length,
    pages,
    fsStateBytes: state.fsState.length,
    host: state.host,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const pageBytes = pages.reduce((n, page) => n + Math.min(PAGE, image.used.length - page * PAGE), 0);
  const total = MAGIC.length + 8 + headerBytes.length + pageBytes + state.fsState.length + DIGEST_BYTES;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(MAGIC, at);
  at += MAGIC.length;
  view.setUint32(at, VERSION, true);
  view.setUint32(at + 4, headerBytes.length, true);
  at += 8;
  out.set(headerBytes, at);
  at += headerBytes.length;
  for (const page of pages) {
    const chunk = image.used.subarray(page * PAGE, Math.min(image.used.length, (page + 1) * PAGE));
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(state.fsState, at);
  at += state.fsState.length;
  out.set(createHash('sha256').update(out.subarray(0, at)).digest(), at);
  return out;
}

function fail(message: string): never {
  throw new SnapshotError(`not a valid snapshot: ${message}`);
}

/** `base` is needed (and must match) only for snapshots encoded against a base image. */
export function decodeSnapshot(bytes: unknown, base?: BaseImage): SessionState {
  if (!(bytes instanceof Uint8Array)) fail('expected a Uint8Array');
  if (bytes.length < MAGIC.length + 8 + DIGEST_BYTES) fail('too short');
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) fail('wrong magic (not a micropython-sandbox snapshot)');
  const body = bytes.subarray(0, bytes.length - DIGEST_BYTES);
  const digest = createHash('sha256').update(body).digest();
  const stored = bytes.subarray(bytes.length - DIGEST_BYTES);
  if (!digest.equals(stored)) fail('integrity check failed (corrupt or truncated)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(MAGIC.length, true);
  if (version !== VERSION) fail(`unsupported version ${version}`);
  const headerLength = view.getUint32(MAGIC.length + 4, true);
  let at = MAGIC.length + 8;
  if (headerLength > MAX_HEADER_BYTES || at + headerLength > body.length) fail('header length out of range');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + headerLength))) as Header;
  } catch {
    fail('unreadable header');
  }
  at += headerLength;
  const { memoryBytes, usedBytes, pages, fsStateBytes } = header;
  const isCount = (n: unknown, max: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;
  if (typeof header.moduleSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(header.moduleSha256)) fail('bad module hash');
  if (!isCount(memoryBytes, MAX_MEMORY_BYTES) || !isCount(usedBytes, memoryBytes)) fail('bad memory sizes');
  if (!Array.isArray(pages) || !isCount(fsStateBytes, body.length)) fail('bad section table');
  if (typeof header.host !== 'object' || header.host === null) fail('bad host state');

  let used: Uint8Array;
  if (header.baseSha256 !== undefined) {
    if (typeof header.baseSha256 !== 'string') fail('bad base image hash');
    if (!base || base.sha256 !== header.baseSha256 || base.image.moduleSha256 !== header.moduleSha256) {
      fail('it was encoded against a base image that is not available here');
    }
    used = new Uint8Array(usedBytes);
    used.set(base.image.used.subarray(0, Math.min(usedBytes, base.image.used.length)));
  } else {
    used = new Uint8Array(usedBytes);
  }
  let previous = -1;
  for (const page of pages) {
    if (!Number.isInteger(page) || page <= previous || page * PAGE >= usedBytes) fail('bad page list');
    previous = page;
    const length = Math.min(PAGE, usedBytes - page * PAGE);
    if (at + length > body.length) fail('page data truncated');
    used.set(bytes.subarray(at, at + length), page * PAGE);
    at += length;
  }
  if (at + fsStateBytes !== body.length) fail('section sizes do not add up');
  const fsState = bytes.slice(at, at + fsStateBytes);
  return {
    image: { moduleSha256: header.moduleSha256, memoryBytes, used },
    fsState,
    host: header.host,
  };
}

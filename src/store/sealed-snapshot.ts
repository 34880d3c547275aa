import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidOptionsError } from '../core/errors.js';
import { SnapshotAuthError } from './errors.js';

/**
 * Snapshots sealed for a store that is shared or may be tampered with: HMAC-SHA256 under a key
 * the deployment provides, over the session id, the generation and the snapshot bytes. Opening
 * checks the tag before anything else is trusted, then that the snapshot belongs to the session
 * and generation the caller asked for, so bytes cannot be altered, forged, or moved from one
 * session to another. (Replaying an older sealed state of the same session, with its matching
 * generation record, needs write access to the store and gives back a state that session really
 * had; a store that must also prevent that needs its own access control.)
 *
 *   "MPSS" | version u8 | id length u16 | id (UTF-8) | generation u64 | snapshot | tag (32 bytes)
 */

const MAGIC = Buffer.from('MPSS');
const VERSION = 1;
const TAG_BYTES = 32;
const MIN_KEY_BYTES = 32;

export type SnapshotKey = string | Uint8Array;

/** Keys for sealing: the first seals, all of them open (so keys can be rotated). */
export class SnapshotKeys {
  private readonly keys: Buffer[];

  constructor(keys: SnapshotKey | readonly SnapshotKey[]) {
    const list = Array.isArray(keys) ? keys : [keys];
    if (list.length === 0) throw new InvalidOptionsError('snapshotKey', 'must name at least one key');
    this.keys = list.map((key: unknown, i) => {
      const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key instanceof Uint8Array ? Buffer.from(key) : undefined;
      if (bytes === undefined) throw new InvalidOptionsError(`snapshotKey[${i}]`, 'must be a string or Uint8Array');
      if (bytes.length < MIN_KEY_BYTES) {
        throw new InvalidOptionsError(`snapshotKey[${i}]`, `must be at least ${MIN_KEY_BYTES} bytes (e.g. 64 random hex digits), got ${bytes.length}`);
      }
      return bytes;
    });
  }

  tag(body: Uint8Array, index = 0): Buffer {
    return createHmac('sha256', this.keys[index]!).update(body).digest();
  }

  get count(): number {
    return this.keys.length;
  }
}

export interface SealedContent {
  sessionId: string;
  generation: number;
  snapshot: Uint8Array;
}

export function sealSnapshot(keys: SnapshotKeys, content: SealedContent): Uint8Array {
  const id = Buffer.from(content.sessionId, 'utf8');
  if (id.length > 0xffff) throw new InvalidOptionsError('sessionId', 'is too long');
  const header = Buffer.alloc(MAGIC.length + 1 + 2 + id.length + 8);
  MAGIC.copy(header, 0);
  header.writeUInt8(VERSION, 4);
  header.writeUInt16BE(id.length, 5);
  id.copy(header, 7);
  header.writeBigUInt64BE(BigInt(content.generation), 7 + id.length);
  const body = Buffer.concat([header, content.snapshot]);
  return Buffer.concat([body, keys.tag(body)]);
}

/** Checks and unpacks a sealed snapshot; throws SnapshotAuthError unless every check passes. */
export function openSnapshot(keys: SnapshotKeys, sealed: Uint8Array, expected: { sessionId: string; generation: number }): Uint8Array {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < MAGIC.length + 1 + 2 + 8 + TAG_BYTES || !bytes.subarray(0, 4).equals(MAGIC)) {
    throw new SnapshotAuthError('not a sealed snapshot');
  }
  const body = bytes.subarray(0, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  let authentic = false;
  for (let i = 0; i < keys.count; i++) authentic = timingSafeEqual(keys.tag(body, i), tag) || authentic;
  if (!authentic) throw new SnapshotAuthError('its authentication tag does not match (altered, forged or sealed with another key)');
  if (body.readUInt8(4) !== VERSION) throw new SnapshotAuthError(`unknown seal version ${body.readUInt8(4)}`);
  const idLength = body.readUInt16BE(5);
  if (7 + idLength + 8 > body.length) throw new SnapshotAuthError('truncated header');
  const sessionId = body.subarray(7, 7 + idLength).toString('utf8');
  if (sessionId !== expected.sessionId) throw new SnapshotAuthError('it belongs to another session');
  const generation = body.readBigUInt64BE(7 + idLength);
  if (generation !== BigInt(expected.generation)) throw new SnapshotAuthError(`its generation ${generation} is not the stored generation ${expected.generation}`);
  return new Uint8Array(body.subarray(7 + idLength + 8));
}

/**
 * Where sessions live between calls when several processes serve them: sealed snapshots, a
 * generation number per session, and a lease that lets one node at a time run a session.
 *
 * A store holds opaque bytes; it never sees a key and is not trusted: every snapshot is sealed
 * (sealed-snapshot.ts) and checked before it is loaded.
 */

/** Exclusive right to run one session, until `ttlMs` after the last acquire or renew. */
export interface Lease {
  readonly sessionId: string;
  /** Unique to this acquisition; writes under the lease are refused once another token holds it. */
  readonly token: string;
}

export interface SessionStore {
  /** Takes the session's lease if nobody holds it; null when another holder's lease is live. */
  acquire(sessionId: string, ttlMs: number): Promise<Lease | null>;
  /** Extends a held lease; false when it was lost (expired and possibly taken by another node). */
  renew(lease: Lease, ttlMs: number): Promise<boolean>;
  /** Gives the lease up (no-op when it is no longer held). */
  release(lease: Lease): Promise<void>;
  /** The session's last saved generation (0: never saved or deleted). */
  generation(sessionId: string): Promise<number>;
  /** The session's sealed snapshot, or null. */
  load(sessionId: string): Promise<Uint8Array | null>;
  /**
   * Saves a sealed snapshot and its generation, only while `lease` is still held (checked
   * atomically by the store: a node whose lease expired cannot overwrite a newer state). The
   * session is forgotten `idleTtlMs` after its last save. False when the lease was lost.
   */
  save(lease: Lease, generation: number, sealed: Uint8Array, idleTtlMs: number): Promise<boolean>;
  /** Forgets the session's snapshot, under its lease. False when the lease was lost. */
  delete(lease: Lease): Promise<boolean>;
  /** Sessions with a saved snapshot that has not expired (for a cap on sessions; may lag a save or two). */
  count(): Promise<number>;
  /** Releases the store's connections (a store passed in by the caller may stay open). */
  close(): Promise<void>;
}

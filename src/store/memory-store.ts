import { randomUUID } from 'node:crypto';
import type { Lease, SessionStore } from './session-store.js';

/**
 * The default store: one process's memory. Same contract as the Redis store (leases expire,
 * fenced saves, idle expiry), so a server behaves the same whichever it uses.
 */
export class MemorySessionStore implements SessionStore {
  private readonly leases = new Map<string, { token: string; expires: number }>();
  private readonly snapshots = new Map<string, { generation: number; sealed: Uint8Array; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  private holds(lease: Lease): boolean {
    const held = this.leases.get(lease.sessionId);
    return held !== undefined && held.token === lease.token && held.expires > this.now();
  }

  private entry(sessionId: string): { generation: number; sealed: Uint8Array } | undefined {
    const entry = this.snapshots.get(sessionId);
    if (entry && entry.expires <= this.now()) {
      this.snapshots.delete(sessionId);
      return undefined;
    }
    return entry;
  }

  async acquire(sessionId: string, ttlMs: number): Promise<Lease | null> {
    const held = this.leases.get(sessionId);
    if (held && held.expires > this.now()) return null;
    const token = randomUUID();
    this.leases.set(sessionId, { token, expires: this.now() + ttlMs });
    return { sessionId, token };
  }

  async renew(lease: Lease, ttlMs: number): Promise<boolean> {
    if (!this.holds(lease)) return false;
    this.leases.set(lease.sessionId, { token: lease.token, expires: this.now() + ttlMs });
    return true;
  }

  async release(lease: Lease): Promise<void> {
    if (this.leases.get(lease.sessionId)?.token === lease.token) this.leases.delete(lease.sessionId);
  }

  async generation(sessionId: string): Promise<number> {
    return this.entry(sessionId)?.generation ?? 0;
  }

  async load(sessionId: string): Promise<Uint8Array | null> {
    const entry = this.entry(sessionId);
    return entry ? new Uint8Array(entry.sealed) : null;
  }

  async save(lease: Lease, generation: number, sealed: Uint8Array, idleTtlMs: number): Promise<boolean> {
    if (!this.holds(lease)) return false;
    this.snapshots.set(lease.sessionId, { generation, sealed: new Uint8Array(sealed), expires: this.now() + idleTtlMs });
    return true;
  }

  async delete(lease: Lease): Promise<boolean> {
    if (!this.holds(lease)) return false;
    this.snapshots.delete(lease.sessionId);
    return true;
  }

  async count(): Promise<number> {
    let live = 0;
    for (const id of [...this.snapshots.keys()]) if (this.entry(id)) live++;
    return live;
  }

  async close(): Promise<void> {
    this.leases.clear();
    this.snapshots.clear();
  }
}

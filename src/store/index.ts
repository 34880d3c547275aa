/**
 * `micropython-sandbox/store`: sessions that outlive a process and move between processes.
 * A SessionStore (in memory, or Redis for several processes) holds sealed snapshots and leases;
 * StoredSessions runs named sessions on top of it.
 */
export { StoredSessions } from './stored-sessions.js';
export type { StoredSessionsOptions, StoredRunResult, SessionOrigin } from './stored-sessions.js';
export type { SessionStore, Lease } from './session-store.js';
export { MemorySessionStore } from './memory-store.js';
export { RedisSessionStore, connectRedisSessionStore } from './redis-store.js';
export type { RedisStoreOptions, RedisCommander } from './redis-store.js';
export { sealSnapshot, openSnapshot, SnapshotKeys } from './sealed-snapshot.js';
export type { SnapshotKey, SealedContent } from './sealed-snapshot.js';
export { SnapshotAuthError, SessionLeasedError, LeaseLostError } from './errors.js';

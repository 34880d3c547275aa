import type { FsLimits, MountSpec } from '../vfs/types.js';

/**
 * Everything a worker needs to build a session's VM and host state. Plain data only: it crosses
 * the thread boundary by structured clone.
 */
export interface SessionConfig {
  memoryLimit: number;
  files: Record<string, string | Uint8Array>;
  mounts: MountSpec[];
  fsLimits: FsLimits;
  /** Reproducible time and randomness; absent for the real clock and a CSPRNG. */
  deterministic?: { seed: number; epochMs: number } | undefined;
  /** Keep a copy of the last good state so a hard stop can be undone. */
  recovery: boolean;
  /** Host function names to make importable from `host` (and callable as builtins). */
  hostFunctions: string[];
  /** Install the `http` / `requests` modules (the host enforces the policy). */
  network: boolean;
  /** Largest argument payload a guest may send in one host call, in bytes. */
  maxHostCallArgBytes: number;
  /** Longest a guest waits for one host call (bounded by the run's deadline). */
  hostCallTimeoutMs: number;
}

export const DEFAULT_FS_LIMITS: FsLimits = {
  quotaBytes: 16 * 1024 * 1024,
  maxFileBytes: 16 * 1024 * 1024,
  maxOpenFiles: 64,
  maxDirEntries: 4096,
  maxEntries: 10_000,
  maxPathBytes: 4096,
  mountQuotaBytes: 16 * 1024 * 1024,
  mountMaxEntries: 10_000,
};

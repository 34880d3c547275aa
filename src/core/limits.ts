/** Defaults and bounds for every limit. Safe by default: nothing is unlimited. */

export const MiB = 1024 * 1024;

export const DEFAULT_LIMITS = {
  /** Linear memory cap per VM. */
  memoryLimit: 64 * MiB,
  /** Deterministic CPU units per run (a Python loop iteration costs roughly 10-20). */
  fuel: 100_000_000,
  /** Wall-clock time per run. */
  timeoutMs: 5_000,
  /** Bytes of stdout kept per run; more is counted and dropped. */
  stdoutLimit: MiB,
  /** Bytes of stderr kept per run. */
  stderrLimit: MiB,
} as const;

export const LIMIT_BOUNDS = {
  memoryLimit: { min: 4 * MiB, max: 2048 * MiB },
  fuel: { min: 1, max: Number.MAX_SAFE_INTEGER },
  timeoutMs: { min: 1, max: 24 * 60 * 60 * 1000 },
  stdoutLimit: { min: 0, max: 1024 * MiB },
  stderrLimit: { min: 0, max: 1024 * MiB },
} as const;

/** Largest source text accepted for one run, in UTF-16 code units. */
export const MAX_CODE_LENGTH = 16 * MiB;

/** After a soft stop the guest gets this much more fuel / time to unwind before the hard stop. */
export const GRACE_FUEL = 5_000_000;
export const GRACE_MS = 250;

/** The MicroPython heap a fresh VM starts with; it grows in new areas up to the memory cap. */
export const HEAP_INITIAL_BYTES = 256 * 1024;
/** Python frame stack, in 4-byte words: 128 KiB, about 3,000 frames of plain recursion. */
export const PYSTACK_WORDS = 32 * 1024;

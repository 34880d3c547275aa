/**
 * micropython-sandbox: run untrusted Python (MicroPython) in a WebAssembly sandbox.
 * Everything exported here is public API.
 */
export { run, createSession, restoreSession } from './sandbox/run.js';
export { createPool, Pool } from './sandbox/pool.js';
export type { PoolOptions, RunOptions, SessionOptions } from './sandbox/pool.js';
export { Session } from './sandbox/session.js';
export type { SessionRunOptions, SessionRunResult, SessionFiles } from './sandbox/session.js';
export type { SandboxOptions, LimitOptions, GrantOptions, MountOption, RunExtras } from './sandbox/options.js';
export type { RunResult, RunSuccess, RunFailure, RunError, ExceptionError, LimitError, CrashError, LimitKind } from './core/result.js';
export { DEFAULT_LIMITS } from './core/limits.js';
export {
  SandboxError,
  ArtifactError,
  TransformError,
  InvalidOptionsError,
  InvalidCodeError,
  SessionClosedError,
  QueueFullError,
  SessionBusyError,
  AbortedError,
  SnapshotError,
  WorkerCrashedError,
  VmBrokenError,
  HostFunctionError,
  FsError,
} from './core/errors.js';
export type { SandboxErrorCode } from './core/errors.js';
export { getHostCallContext } from './host-calls/registry.js';
export type { HostFunction, HostCallContext, HostCallLimits } from './host-calls/registry.js';
export type { NetOptions } from './net/policy.js';

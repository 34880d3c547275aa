/**
 * Host-side errors. Guest failures (a Python exception, a limit hit) are *results*, reported in
 * `RunResult.error`; these classes are thrown only for host misuse or host-side failure.
 */

const BRAND = Symbol.for('micropython-sandbox.error');

export type SandboxErrorCode =
  | 'ARTIFACT_INVALID'
  | 'TRANSFORM_FAILED'
  | 'INVALID_OPTIONS'
  | 'INVALID_CODE'
  | 'SESSION_CLOSED'
  | 'SESSION_BUSY'
  | 'QUEUE_FULL'
  | 'ABORTED'
  | 'SNAPSHOT_INVALID'
  | 'WORKER_CRASHED'
  | 'VM_BROKEN'
  | 'HOST_FUNCTION_INVALID'
  | 'FS_ERROR';

export interface SandboxErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

export class SandboxError extends Error {
  readonly code: SandboxErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly [BRAND] = true;

  constructor(code: SandboxErrorCode, message: string, options: SandboxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
    this.name = new.target.name;
  }

  /** `instanceof` that also works across copies of the package (e.g. two installs). */
  static isInstance(value: unknown): value is SandboxError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** The pinned wasm is missing, altered, or not what the transform expects. */
export class ArtifactError extends SandboxError {
  constructor(message: string, options?: SandboxErrorOptions) {
    super('ARTIFACT_INVALID', message, options);
  }
}

/** The binary transform found the artifact different from what it was written against. */
export class TransformError extends SandboxError {
  constructor(message: string, options?: SandboxErrorOptions) {
    super('TRANSFORM_FAILED', message, options);
  }
}

/** An option has a wrong type or value; `details.field` names it. */
export class InvalidOptionsError extends SandboxError {
  constructor(field: string, message: string) {
    super('INVALID_OPTIONS', `${field} ${message}`, { details: { field } });
  }
}

/** The code passed in is not a string, or cannot cross into the guest. */
export class InvalidCodeError extends SandboxError {
  constructor(message: string) {
    super('INVALID_CODE', message);
  }
}

/** A closed session, pool or interpreter was used. */
export class SessionClosedError extends SandboxError {
  constructor(what = 'session') {
    super('SESSION_CLOSED', `${what} is closed`);
  }
}

/** The pool is at its bound and is configured to refuse instead of queueing. Safe to retry. */
export class QueueFullError extends SandboxError {
  constructor(message: string) {
    super('QUEUE_FULL', message);
  }
}

/** The caller's AbortSignal fired before the call started. */
export class AbortedError extends SandboxError {
  constructor(reason?: unknown) {
    super('ABORTED', 'the call was aborted before it started', { cause: reason });
  }
}

/** Snapshot bytes are corrupt, truncated, from another build, or not a snapshot at all. */
export class SnapshotError extends SandboxError {
  constructor(message: string, options?: SandboxErrorOptions) {
    super('SNAPSHOT_INVALID', message, options);
  }
}

/** A worker thread died outside the normal stop protocol. Safe to retry. */
export class WorkerCrashedError extends SandboxError {
  constructor(message: string, options?: SandboxErrorOptions) {
    super('WORKER_CRASHED', message, options);
  }
}

/** The VM was hard-stopped and must be discarded; only the session layer rebuilds it. */
export class VmBrokenError extends SandboxError {
  constructor(message = 'the VM was hard-stopped and cannot be used again') {
    super('VM_BROKEN', message);
  }
}

/** A host function given to the sandbox is not usable (bad name, not a function). */
export class HostFunctionError extends SandboxError {
  constructor(message: string) {
    super('HOST_FUNCTION_INVALID', message);
  }
}

/** Host-side filesystem access failed (reading back a path that does not exist, say). */
export class FsError extends SandboxError {
  constructor(message: string, options?: SandboxErrorOptions) {
    super('FS_ERROR', message, options);
  }
}

/**
 * The session is running the code that made this request: a host function asked its own
 * session to run, snapshot, fork or expose, which must wait until the run returns.
 */
export class SessionBusyError extends SandboxError {
  constructor(message: string, options?: SandboxErrorOptions) {
    super('SESSION_BUSY', message, options);
  }
}

const BY_CODE: Partial<Record<SandboxErrorCode, new (message: string) => SandboxError>> = {
  ARTIFACT_INVALID: ArtifactError,
  TRANSFORM_FAILED: TransformError,
  INVALID_CODE: InvalidCodeError,
  QUEUE_FULL: QueueFullError,
  SESSION_BUSY: SessionBusyError,
  SNAPSHOT_INVALID: SnapshotError,
  WORKER_CRASHED: WorkerCrashedError,
  VM_BROKEN: VmBrokenError,
  HOST_FUNCTION_INVALID: HostFunctionError,
  FS_ERROR: FsError,
};

/** Rebuilds a typed error from its code (errors cross thread boundaries as plain data). */
export function errorFromCode(code: string | undefined, message: string, details?: Record<string, unknown>): SandboxError {
  if (code === 'INVALID_OPTIONS') return new InvalidOptionsError(String(details?.['field'] ?? 'options'), message.replace(/^\S+ /, ''));
  if (code === 'SESSION_CLOSED') return Object.assign(new SessionClosedError(), { message });
  if (code === 'ABORTED') return new AbortedError();
  const Class = code ? BY_CODE[code as SandboxErrorCode] : undefined;
  const error = Class ? new Class(message) : new SandboxError('WORKER_CRASHED', message);
  return details ? Object.assign(error, { details }) : error;
}

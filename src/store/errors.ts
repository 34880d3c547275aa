import { SessionBusyError, SnapshotError, type SandboxErrorOptions } from '../core/errors.js';

/**
 * Errors of stored sessions. Each extends the library error it refines, so code that handles
 * SnapshotError or SessionBusyError (by class or by `code`) handles these too.
 */

/**
 * A stored snapshot failed authentication: altered, forged, sealed with another key, or moved
 * from another session's slot. It is never loaded. `details.reason` says which check failed.
 */
export class SnapshotAuthError extends SnapshotError {
  constructor(reason: string, options: SandboxErrorOptions = {}) {
    super(`stored snapshot refused: ${reason}`, { ...options, details: { ...options.details, reason } });
  }
}

/** Another node holds the session's lease and did not release it in time. Safe to retry later. */
export class SessionLeasedError extends SessionBusyError {
  constructor(sessionId: string, waitedMs: number) {
    super(`session ${sessionId} is running elsewhere (waited ${waitedMs} ms for its lease); retry later`, { details: { sessionId, waitedMs } });
  }
}

/**
 * The lease ran out (or was taken over) while this node ran the session, so the run's new state
 * was not saved: the session continues from its state before the call. Safe to retry.
 */
export class LeaseLostError extends SessionBusyError {
  constructor(sessionId: string) {
    super(`the lease on session ${sessionId} was lost during the call; its changes were not kept, retry the call`, { details: { sessionId } });
  }
}

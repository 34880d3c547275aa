import type { ExecOutcome } from '../interpreter/interpreter.js';
import type { Recovery } from './session-vm.js';
import type { SessionConfig } from './session-config.js';

/**
 * Messages between the main thread and a sandbox worker. Every request carries an id; every
 * event answering it carries the same id. Both sides check the shape of what they receive.
 */

/** Per-run limits as they cross to the worker (everything but the callbacks). */
export interface RunLimitsWire {
  fuel: number;
  timeoutMs: number;
  stdoutLimit: number;
  stderrLimit: number;
  stdin?: Uint8Array | undefined;
  /** Stream output back as it is produced. */
  streamStdout: boolean;
  streamStderr: boolean;
  /** Int32 flag the main thread raises (and notifies) to cancel the run. */
  cancel: SharedArrayBuffer;
}

export type WorkerRequest =
  | { id: number; type: 'create'; sessionId: string; config: SessionConfig }
  | { id: number; type: 'restore'; sessionId: string; config: SessionConfig; snapshot: Uint8Array }
  | { id: number; type: 'fork'; sessionId: string; fromSessionId: string }
  /**
   * Builds a session here from the last good state the main thread kept (its worker died, or it
   * moves to a free worker), or from its configuration when there is none or it does not load.
   * Replies with the Recovery used.
   */
  | { id: number; type: 'rebuild'; sessionId: string; config: SessionConfig; snapshot?: Uint8Array | undefined; mountUsage?: MountUsage | undefined }
  | { id: number; type: 'run'; sessionId: string; code: string; limits: RunLimitsWire }
  | { id: number; type: 'runOnce'; sessionId: string; config: SessionConfig; code: string; limits: RunLimitsWire }
  | { id: number; type: 'snapshot'; sessionId: string }
  | { id: number; type: 'close'; sessionId: string }
  | { id: number; type: 'fs'; sessionId: string; op: FsOp }
  | { id: number; type: 'expose'; sessionId: string; names: string[] }
  | { id: number; type: 'stats' };

export type FsOp =
  | { kind: 'readFile'; path: string }
  | { kind: 'writeFile'; path: string; data: Uint8Array }
  | { kind: 'listFiles'; path: string };

/** What a session has added to the host disk through its mounts (see MountBudget). */
export interface MountUsage {
  bytes: number;
  entries: number;
}

export interface RunReply {
  outcome: ExecOutcome;
  recovered?: Recovery;
}

export interface WorkerStats {
  sessions: number;
  memoryBytes: number;
  recoveryBytes: number;
  idleVms: number;
}

export interface WireError {
  name: string;
  code?: string;
  message: string;
  details?: Record<string, unknown> | undefined;
}

/** What a worker receives at start-up (workerData). */
export interface WorkerInit {
  artifact: import('../engine/module.js').CompiledEngine;
  /** Int32 flag the main thread raises when a host-call reply is on `replyPort`. */
  hostCallFlag: SharedArrayBuffer;
  replyPort: import('node:worker_threads').MessagePort;
}

export type WorkerEvent =
  | { type: 'ready' }
  | { type: 'hostcall'; callId: number; sessionId: string; op: string; args: string[] }
  /**
   * A session's new last good state (bytes in a SharedArrayBuffer: the main thread keeps them,
   * without a copy, so the session outlives this worker), sent before the reply that caused it.
   */
  | { type: 'state'; sessionId: string; snapshot: Uint8Array; mountUsage?: MountUsage | undefined }
  | { id: number; type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: WireError };

const REQUEST_TYPES = new Set(['create', 'restore', 'fork', 'rebuild', 'run', 'runOnce', 'snapshot', 'close', 'fs', 'expose', 'stats']);

export function isWorkerRequest(value: unknown): value is WorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isInteger(v['id']) && typeof v['type'] === 'string' && REQUEST_TYPES.has(v['type']);
}

export function isWorkerEvent(value: unknown): value is WorkerEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['type'] === 'ready') return true;
  if (v['type'] === 'hostcall') {
    return Number.isInteger(v['callId']) && typeof v['sessionId'] === 'string' && typeof v['op'] === 'string'
      && Array.isArray(v['args']) && (v['args'] as unknown[]).every((a) => typeof a === 'string');
  }
  if (v['type'] === 'state') return typeof v['sessionId'] === 'string' && v['snapshot'] instanceof Uint8Array;
  if (!Number.isInteger(v['id'])) return false;
  switch (v['type']) {
    case 'output':
      return (v['stream'] === 'stdout' || v['stream'] === 'stderr') && typeof v['text'] === 'string';
    case 'done':
      return true;
    case 'failed':
      return typeof v['error'] === 'object' && v['error'] !== null;
    default:
      return false;
  }
}

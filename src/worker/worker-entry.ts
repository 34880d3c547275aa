import { parentPort, workerData } from 'node:worker_threads';
import { errorReply } from '../host-calls/values.js';
import type { ExecLimits, GuestHostCalls } from '../interpreter/interpreter.js';
import { VmPool } from '../interpreter/vm-pool.js';
import { GRACE_FUEL, GRACE_MS } from '../core/limits.js';
import { SandboxError, SessionBusyError, SessionClosedError } from '../core/errors.js';
import { budgetFor } from '../vfs/mount-budget.js';
import { VfsError } from '../vfs/types.js';
import { HostCallChannel } from './host-call-channel.js';
import {
  isWorkerRequest, type RunLimitsWire, type WireError, type WorkerEvent, type WorkerInit, type WorkerRequest, type WorkerStats,
} from './protocol.js';
import type { SessionConfig } from './session-config.js';
import { SessionVm, type Recovery } from './session-vm.js';

/**
 * A sandbox worker thread: hosts many VMs and serves one request at a time, plus the requests a
 * host function makes while a run here waits for it (see HostCallChannel). Guest code runs
 * synchronously here, never on the caller's thread; output streams back as it is produced.
 */

if (!parentPort) throw new Error('worker-entry must run in a worker thread');
const port = parentPort;
const init = workerData as WorkerInit;
const pool = new VmPool(init.artifact);
const sessions = new Map<string, SessionVm>();
const channel = new HostCallChannel(
  init.hostCallFlag, init.replyPort, (request) => send({ type: 'hostcall', ...request }), port, (message) => serve(message),
);
/**
 * Sessions whose code is on the stack right now (a host call can nest requests inside a run):
 * their VM is mid-execution, so nothing else may touch it until the run returns.
 */
const running = new Set<string>();
/** Sessions closed while running: closed as soon as their run returns. */
const closeAfterRun = new Set<string>();
/**
 * At most this many sessions keep a live VM in this worker; the least recently used of the rest
 * hibernate (their VM is freed and rebuilt from their last good state on next use, ~1-3 ms). An
 * idle session then costs its state (tens of KiB) instead of its VM's memory (~0.8 MiB).
 */
const MAX_LIVE_SESSIONS = 8;
/** Session ids in order of last use, least recent first (a Map keeps insertion order). */
const lastUse = new Map<string, true>();

function touch(id: string): void {
  lastUse.delete(id);
  if (sessions.has(id)) lastUse.set(id, true);
}

function hibernateIdle(): void {
  let live = 0;
  for (const vm of sessions.values()) if (vm.isLive) live++;
  for (const id of lastUse.keys()) {
    if (live <= MAX_LIVE_SESSIONS) break;
    if (running.has(id)) continue;
    const vm = sessions.get(id);
    if (!vm) {
      lastUse.delete(id);
      continue;
    }
    if (vm.isLive && vm.hibernate()) live--;
  }
}

/** The guest's host calls for one session, with the worker-side caps applied before any copy. */
function hostCallsFor(sessionId: string, config: SessionConfig): GuestHostCalls {
  // Always installed: functions can be exposed later; with no grant the main thread refuses.
  return (op, args, run) => {
    const bytes = args.reduce((n, a) => n + a.length, 0);
    if (bytes > config.maxHostCallArgBytes) {
      return errorReply('ValueError', `host call arguments are larger than ${config.maxHostCallArgBytes} bytes`);
    }
    const deadline = Math.min(run.deadline, performance.now() + config.hostCallTimeoutMs + 1000);
    return channel.call(sessionId, op, [...args], deadline, run.stopRequested);
  };
}

function send(event: WorkerEvent): void {
  port.postMessage(event);
}

function toWireError(error: unknown): WireError {
  if (SandboxError.isInstance(error)) {
    return { name: error.name, code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof VfsError) return { name: 'VfsError', code: error.errno, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: e.message };
}

function execLimits(id: number, wire: RunLimitsWire): ExecLimits {
  return {
    fuel: wire.fuel,
    timeoutMs: wire.timeoutMs,
    stdoutBytes: wire.stdoutLimit,
    stderrBytes: wire.stderrLimit,
    graceFuel: GRACE_FUEL,
    graceMs: GRACE_MS,
    cancelFlag: new Int32Array(wire.cancel),
    stdin: wire.stdin,
    captureValue: true,
    onStdout: wire.streamStdout ? (text) => send({ id, type: 'output', stream: 'stdout', text }) : undefined,
    onStderr: wire.streamStderr ? (text) => send({ id, type: 'output', stream: 'stderr', text }) : undefined,
  };
}

/** Tells the main thread a session's last good state (and its mount usage), now and on every change. */
function reportState(id: string, vm: SessionVm): void {
  const snapshot = vm.lastGoodState;
  if (!snapshot) return;
  const { mounts } = vm.configuration;
  send({ type: 'state', sessionId: id, snapshot, mountUsage: mounts.length > 0 ? budgetFor(mounts).usage : undefined });
}

/** Registers a session built here, replacing (and freeing) any older one of that id. */
function adopt(id: string, vm: SessionVm): void {
  const previous = sessions.get(id);
  if (previous && previous !== vm) previous.close();
  sessions.set(id, vm);
  touch(id);
  vm.onState = () => reportState(id, vm);
  reportState(id, vm);
}

/** See the 'rebuild' request: the kept state if it loads, else the configuration. */
function rebuild(request: Extract<WorkerRequest, { type: 'rebuild' }>): Recovery {
  const { sessionId, config } = request;
  if (request.mountUsage && config.mounts.length > 0) budgetFor(config.mounts).carryOver(request.mountUsage);
  const hostCalls = hostCallsFor(sessionId, config);
  if (request.snapshot) {
    try {
      adopt(sessionId, SessionVm.restore(pool, config, request.snapshot.slice(), hostCalls));
      return 'snapshot';
    } catch {
      // A state that no longer loads (it was written by this sandbox, so this is a bug, not an
      // attack): the session starts over, and its next result says so.
    }
  }
  adopt(sessionId, SessionVm.create(pool, config, hostCalls));
  return 'reset';
}

function session(id: string): SessionVm {
  const found = sessions.get(id);
  if (!found) throw new SessionClosedError(`session ${id}`);
  touch(id);
  return found;
}

/** A session that is free to be used: not in the middle of a run further down the stack. */
function idleSession(id: string): SessionVm {
  const found = session(id);
  if (running.has(id)) {
    throw new SessionBusyError(`session ${id} is running the code that called this host function: it cannot run, snapshot, fork or expose until that run returns`);
  }
  return found;
}

function whileRunning<T>(id: string, work: () => T): T {
  running.add(id);
  try {
    return work();
  } finally {
    running.delete(id);
    if (closeAfterRun.delete(id)) {
      sessions.get(id)?.close();
      sessions.delete(id);
      lastUse.delete(id);
    }
  }
}

function handle(request: WorkerRequest): unknown {
  switch (request.type) {
    case 'create':
      adopt(request.sessionId, SessionVm.create(pool, request.config, hostCallsFor(request.sessionId, request.config)));
      return null;
    case 'restore':
      adopt(request.sessionId, SessionVm.restore(pool, request.config, request.snapshot, hostCallsFor(request.sessionId, request.config)));
      return null;
    case 'rebuild':
      return rebuild(request);
    case 'fork': {
      const parent = idleSession(request.fromSessionId);
      adopt(request.sessionId, parent.fork(hostCallsFor(request.sessionId, parent.configuration)));
      return null;
    }
    case 'expose': {
      idleSession(request.sessionId).expose(request.names);
      return null;
    }
    case 'run': {
      const target = idleSession(request.sessionId);
      const { outcome, recovered } = whileRunning(request.sessionId, () => target.run(request.code, execLimits(request.id, request.limits)));
      if (!recovered) return { outcome };
      // Rebuilt from the same last good state; the mount usage of the stopped run still counts.
      reportState(request.sessionId, target);
      return { outcome, recovered };
    }
    case 'runOnce': {
      const config = { ...request.config, recovery: false };
      const once = SessionVm.create(pool, config, hostCallsFor(request.sessionId, config));
      // Freed (its VM reset for the next run) once the reply is on its way, not before it.
      afterReply.push(() => once.close());
      return { outcome: whileRunning(request.sessionId, () => once.run(request.code, execLimits(request.id, request.limits)).outcome) };
    }
    case 'snapshot':
      return idleSession(request.sessionId).snapshot();
    case 'close':
      if (running.has(request.sessionId)) {
        closeAfterRun.add(request.sessionId);
        return null;
      }
      sessions.get(request.sessionId)?.close();
      sessions.delete(request.sessionId);
      return null;
    case 'fs': {
      const fs = session(request.sessionId).filesystem;
      const { op } = request;
      if (op.kind === 'readFile') return fs.readFile(op.path);
      if (op.kind === 'writeFile') {
        fs.writeFile(op.path, op.data);
        // A host-side write is part of the session's state from now on, also after a rebuild.
        if (!running.has(request.sessionId)) session(request.sessionId).save();
        return null;
      }
      return fs.listFiles(op.path);
    }
    case 'stats': {
      const stats: WorkerStats = { sessions: sessions.size, memoryBytes: 0, recoveryBytes: 0, idleVms: pool.idleCount };
      for (const s of sessions.values()) {
        stats.memoryBytes += s.memoryBytes;
        stats.recoveryBytes += s.recoveryBytes;
      }
      return stats;
    }
  }
}

let prewarm: NodeJS.Immediate | undefined;

/** Clean-up the request being served left for after its reply (off the caller's wait). */
const afterReply: Array<() => void> = [];

function serve(message: unknown): void {
  if (!isWorkerRequest(message)) return;
  const mark = afterReply.length;
  try {
    const value = handle(message);
    send({ id: message.id, type: 'done', value: value ?? null });
  } catch (error) {
    send({ id: message.id, type: 'failed', error: toWireError(error) });
  } finally {
    // Nested requests (served inside a host call's wait) clean up only what they left.
    for (const cleanUp of afterReply.splice(mark)) cleanUp();
  }
}

port.on('message', (message: unknown) => {
  serve(message);
  // Between requests: free the VMs of sessions used least recently, refill the warm pool.
  prewarm ??= setImmediate(() => {
    prewarm = undefined;
    hibernateIdle();
    pool.prewarm();
  });
});

send({ type: 'ready' });

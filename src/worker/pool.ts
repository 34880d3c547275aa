import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HostCapabilities } from '../host-calls/registry.js';
import { errorReply } from '../host-calls/values.js';
import type { CompiledEngine } from '../engine/module.js';
import type { ExecOutcome } from '../interpreter/interpreter.js';
import { AbortedError, QueueFullError, SessionClosedError, WorkerCrashedError } from '../core/errors.js';
import type { MountUsage, RunLimitsWire, RunReply, WorkerRequest } from './protocol.js';
import type { SessionConfig } from './session-config.js';
import type { Recovery } from './session-vm.js';
import {
  WorkerHandle, defaultWorkerFactory, type HostCallEvent, type OutputHandler, type StateEvent, type WorkerFactory,
} from './worker-handle.js';

/**
 * Schedules sandbox work onto worker threads. A worker serves one request at a time, so requests
 * queue per worker in FIFO order. One-shot runs go to the least loaded worker.
 *
 * A session's VM lives on one worker, but the session is not pinned to it. After every change of
 * state (a good run, a grant, a host-side write) the worker hands the main thread the session's
 * last good state, in shared memory (no copy), so that state outlives the worker:
 *
 *   - When a session's worker is busy with someone else's work and another worker is free (or
 *     one more may be started), the session's request moves there if it has not started within
 *     MOVE_AFTER_MS: the session is rebuilt from that state, which is its current state since it
 *     is idle. One session's long run never delays another's by more than that while spare
 *     capacity exists. A session's requests move together, in order. A worker that becomes free
 *     also takes such queued work from busy ones at once.
 *   - When a worker dies (its watchdog fired, or it crashed), every session that lived on it is
 *     rebuilt from its last good state on the next request that needs it, and that request's
 *     reply says so (`recovered`). The run that was on the worker gets a result (a time limit or
 *     a crash), not an exception. Requests queued behind it move to live workers in order.
 *
 * A host function runs while its worker waits for it. If it (or anything it awaits) makes a
 * request of a worker that is waiting on it, directly or through a chain of host calls, queueing
 * that request would deadlock: it is sent nested instead, and the waiting worker serves it.
 */

export interface PoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  maxWorkers?: number;
  /** Live sessions across the pool; creating one more throws QueueFullError. Default 10,000. */
  maxSessions?: number;
  /** Requests waiting for a busy worker; beyond it requests are refused with QueueFullError. Default 10,000. */
  maxQueue?: number;
  /** For tests: how worker threads are created. */
  workerFactory?: WorkerFactory;
  /** For tests: how long past a run's time limit its worker may stay silent (default WATCHDOG_MARGIN_MS). */
  watchdogMarginMs?: number;
}

/** How long past a run's own deadline (plus grace) a worker may stay silent before it is killed. */
export const WATCHDOG_MARGIN_MS = 3000;

/**
 * How long a session's request waits for its busy worker before a free worker takes it (moving
 * the session costs a rebuild from its last good state, some milliseconds).
 */
export const MOVE_AFTER_MS = 20;

type Request = Parameters<WorkerHandle['send']>[0];

interface Job {
  request: Request;
  /** performance.now() when the worker took the job (for the duration of a lost run). */
  startedAt?: number;
  onOutput: OutputHandler | undefined;
  deadlineMs: number | undefined;
  signal: AbortSignal | undefined;
  cancel: SharedArrayBuffer | undefined;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  started: boolean;
  onAbort?: () => void;
  /** The workers waiting (in host calls) on the code that made this request. */
  waitingWorkers: readonly Slot[];
}

interface Slot {
  handle: WorkerHandle;
  queue: Job[];
  sessions: Set<string>;
  waitingForReady?: boolean;
}

interface SessionRecord {
  config: SessionConfig;
  /** Where the session's VM is; undefined once that worker died (rebuilt on next use). */
  slot: Slot | undefined;
  /** The last good state (shared with the worker that took it; never written again). */
  lastGood: Uint8Array | undefined;
  /** What the session has added to host disks through its mounts, as of its last report. */
  mountUsage: MountUsage | undefined;
  /** Requests of this session queued or running: while there are any, it does not move. */
  pending: number;
  /** The worker finished creating it: from then on, losing it is worth reporting. */
  created: boolean;
  /** Lost with its worker, and no reply has said so yet. */
  lostUnreported: boolean;
  /** How it was rebuilt, for the next run's reply. */
  report: Recovery | undefined;
}

/** What a session (or one-shot run) may call on the host, and the run in progress, if any. */
interface Grant {
  capabilities: HostCapabilities;
  run?: RunInProgress | undefined;
}

/**
 * The run a grant's host calls belong to. Its signal (the caller's, joined with "the run ended")
 * is made on the first host call only: most runs make none, and a signal costs more than the run.
 */
class RunInProgress {
  private ended: AbortController | undefined;
  private joined: AbortSignal | undefined;
  constructor(private readonly callerSignal: AbortSignal | undefined) {}

  get signal(): AbortSignal {
    if (!this.joined) {
      this.ended = new AbortController();
      this.joined = this.callerSignal ? AbortSignal.any([this.callerSignal, this.ended.signal]) : this.ended.signal;
    }
    return this.joined;
  }

  /** Host calls still running when the run ends (it timed out, say) are told to stop at once. */
  end(): void {
    this.ended?.abort(new Error('the run ended'));
  }
}

/** Inside a host function: the workers blocked until it returns, innermost last. */
const waitingWorkers = new AsyncLocalStorage<readonly Slot[]>();

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly sessions = new Map<string, SessionRecord>();
  /** Host functions and network policy per session (and per one-shot run in flight). */
  private readonly grants = new Map<string, Grant>();
  private readonly maxWorkers: number;
  private readonly maxSessions: number;
  private readonly maxQueue: number;
  private readonly factory: WorkerFactory;
  private readonly watchdogMarginMs: number;
  private queued = 0;
  private closed = false;
  /** For each session running right now: the workers waiting on the code that started the run. */
  private readonly runChains = new Map<string, readonly Slot[]>();

  constructor(private readonly artifact: CompiledEngine, options: PoolOptions = {}) {
    this.maxWorkers = Math.max(1, options.maxWorkers ?? availableParallelism());
    this.maxSessions = options.maxSessions ?? 10_000;
    this.maxQueue = options.maxQueue ?? 10_000;
    this.factory = options.workerFactory ?? defaultWorkerFactory;
    this.watchdogMarginMs = options.watchdogMarginMs ?? WATCHDOG_MARGIN_MS;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  get workerCount(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const slot: Slot = { handle: new WorkerHandle(this.artifact, this.factory), queue: [], sessions: new Set() };
    slot.handle.onRetired = () => this.onWorkerDied(slot);
    slot.handle.onHostCall = (call) => this.serveHostCall(slot, call);
    slot.handle.onState = (event) => this.onState(slot, event);
    this.slots.push(slot);
    // Once ready it serves its queue, or takes queued work from busy workers (see steal).
    slot.waitingForReady = true;
    slot.handle.whenReady().then(() => this.pump(slot), () => {});
    return slot;
  }

  private onState(slot: Slot, event: StateEvent): void {
    const record = this.sessions.get(event.sessionId);
    // Only the worker the session lives on speaks for it (one it moved from may still answer).
    if (!record || record.slot !== slot) return;
    record.lastGood = event.snapshot;
    if (event.mountUsage) record.mountUsage = event.mountUsage;
  }

  /** Never throws: it runs inside the worker's exit and error events and the watchdog's timer. */
  private onWorkerDied(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    for (const id of slot.sessions) {
      const record = this.sessions.get(id);
      if (!record || record.slot !== slot) continue;
      record.slot = undefined;
      if (record.created) record.lostUnreported = true;
    }
    // Queued work moves to healthy workers, in order; lost sessions are rebuilt first.
    const orphans = slot.queue.splice(0);
    this.queued -= orphans.length;
    for (const job of orphans) {
      try {
        if (this.closed) {
          this.finish(job);
          job.reject(new SessionClosedError('pool'));
        } else {
          this.requeueOrphan(job);
        }
      } catch (error) {
        this.finish(job);
        job.reject(error instanceof Error ? error : new WorkerCrashedError(String(error)));
      }
    }
  }

  /** A request that was queued on a worker that died: sent where it now belongs, or settled. */
  private requeueOrphan(job: Job): void {
    const { request } = job;
    if (request.type === 'stats') {
      job.resolve({});
      return;
    }
    if (request.type === 'runOnce') {
      this.enqueue(this.leastLoaded(), job);
      return;
    }
    if (request.type === 'close') {
      // The session's VM died with the worker: nothing is left to close there.
      job.resolve(null);
      return;
    }
    const record = this.sessions.get(request.sessionId);
    if (!record) {
      this.finish(job);
      job.reject(new SessionClosedError(`session ${request.sessionId}`));
      return;
    }
    switch (request.type) {
      case 'create':
      case 'restore': {
        // Not created yet: create it again, on a live worker.
        const slot = this.placeSession();
        record.slot = slot;
        slot.sessions.add(request.sessionId);
        this.enqueue(slot, job);
        return;
      }
      case 'rebuild': {
        if (record.slot) {
          job.resolve(record.lastGood ? 'snapshot' : 'reset');
          return;
        }
        // Rebuild it where it will live now; this job settles with that rebuild.
        this.reviveOn(request.sessionId, record, this.placeSession()).then(job.resolve, job.reject);
        return;
      }
      case 'fork': {
        // The child is made beside its parent, wherever the parent now lives.
        const parent = this.sessions.get(request.fromSessionId);
        if (!parent) {
          this.finish(job);
          job.reject(new SessionClosedError(`session ${request.fromSessionId}`));
          return;
        }
        const slot = this.slotFor(request.fromSessionId, parent, job.waitingWorkers, true);
        record.slot = slot;
        slot.sessions.add(request.sessionId);
        this.enqueue(slot, job);
        return;
      }
      default:
        this.enqueue(this.slotFor(request.sessionId, record, job.waitingWorkers), job);
    }
  }

  /**
   * The worker for a one-shot request, chosen synchronously so that requests issued in the same
   * tick spread out: an idle worker, else a new one (up to maxWorkers), else the shortest queue.
   */
  private leastLoaded(): Slot {
    const idle = this.slots.find((s) => s.handle.isIdle && s.queue.length === 0);
    if (idle) return idle;
    if (this.slots.length < this.maxWorkers) return this.spawn();
    const load = (s: Slot) => s.queue.length + (s.handle.isIdle ? 0 : 1);
    return [...this.slots].sort((a, b) => load(a) - load(b))[0] ?? this.spawn();
  }

  /** No queue and nothing running (or still starting with nothing queued). */
  private isFree(slot: Slot): boolean {
    return slot.queue.length === 0 && (slot.handle.isIdle || slot.handle.state === 'starting');
  }

  /** A worker with nothing to do other than `except`, starting one if the pool may grow. */
  private freeSlot(except: Slot): Slot | undefined {
    const free = this.slots.find((s) => s !== except && this.isFree(s));
    if (free) return free;
    return this.slots.length < this.maxWorkers ? this.spawn() : undefined;
  }

  /**
   * The worker a session's next request goes to (chosen synchronously, so requests stay in the
   * order they were made). A lost session is rebuilt first; an idle session whose worker is busy
   * with other work moves to a free worker, when there is one and it has a state to move with.
   * `stay` keeps it where it is (a fork is made beside its parent).
   */
  private slotFor(sessionId: string, record: SessionRecord, waiting: readonly Slot[], stay = false): Slot {
    if (!record.slot) {
      const slot = this.placeSession();
      this.reviveOn(sessionId, record, slot).catch(() => {});
      return slot;
    }
    const slot = record.slot;
    if (stay || record.pending > 0 || !record.lastGood || this.isFree(slot) || waiting.includes(slot)) return slot;
    // Its worker is busy with other work. Moving costs a rebuild, more than a short wait: the
    // request waits here, and if it has not started after MOVE_AFTER_MS, a free worker takes it.
    if (this.freeSlot(slot)) this.stealSoon();
    return slot;
  }

  private stealTimer: NodeJS.Timeout | undefined;

  /** In MOVE_AFTER_MS, every free worker takes queued work it can (see steal). */
  private stealSoon(): void {
    if (this.stealTimer) return;
    this.stealTimer = setTimeout(() => {
      this.stealTimer = undefined;
      if (this.closed) return;
      for (const slot of [...this.slots]) if (slot.handle.isIdle && slot.queue.length === 0) this.pump(slot);
    }, MOVE_AFTER_MS);
    this.stealTimer.unref();
  }

  /**
   * Queues the rebuild of a session on `slot` from its last good state (or its configuration)
   * and makes `slot` its home; requests queued after it find the session there. Resolves with
   * how it came back.
   */
  private reviveOn(sessionId: string, record: SessionRecord, slot: Slot): Promise<Recovery> {
    record.slot = slot;
    slot.sessions.add(sessionId);
    const expected: Recovery = record.lastGood ? 'snapshot' : 'reset';
    record.pending++;
    const rebuilt = this.submit(slot, {
      type: 'rebuild', sessionId, config: record.config, snapshot: record.lastGood, mountUsage: record.mountUsage,
    }) as Promise<Recovery>;
    return rebuilt.then(
      (recovered) => {
        record.pending--;
        // Reported once: after a loss (how it came back), or when a kept state failed to load.
        if (record.lostUnreported || (recovered === 'reset' && expected === 'snapshot')) record.report = recovered;
        record.lostUnreported = false;
        return recovered;
      },
      (error: Error) => {
        record.pending--;
        throw error;
      },
    );
  }

  /** Submits a session's request where the session is (or moves to, or is rebuilt on). */
  private submitToSession(sessionId: string, request: Request, extra: Partial<Pick<Job, 'onOutput' | 'deadlineMs' | 'signal' | 'cancel'>> = {}): Promise<unknown> {
    const record = this.sessions.get(sessionId);
    if (!record) return Promise.reject(new SessionClosedError(`session ${sessionId}`));
    if (this.closed) return Promise.reject(new SessionClosedError('pool'));
    const slot = this.slotFor(sessionId, record, waitingWorkers.getStore() ?? []);
    record.pending++;
    return this.submit(slot, request, extra).finally(() => {
      record.pending--;
    });
  }

  /** Places a new or lost session: a new worker while the pool may grow, else a free one, else the least crowded. */
  private placeSession(): Slot {
    if (this.slots.length < this.maxWorkers) return this.spawn();
    const byCrowd = [...this.slots].sort((a, b) => Number(this.isFree(b)) - Number(this.isFree(a)) || a.sessions.size - b.sessions.size);
    return byCrowd[0] ?? this.spawn();
  }

  private submit(slot: Slot, request: Request, extra: Partial<Pick<Job, 'onOutput' | 'deadlineMs' | 'signal' | 'cancel'>> = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(new SessionClosedError('pool'));
    return new Promise((resolve, reject) => {
      const job: Job = {
        request, resolve, reject, started: false,
        onOutput: extra.onOutput, deadlineMs: extra.deadlineMs, signal: extra.signal, cancel: extra.cancel,
        waitingWorkers: waitingWorkers.getStore() ?? [],
      };
      if (job.signal) {
        if (job.signal.aborted) {
          reject(new AbortedError(job.signal.reason));
          return;
        }
        job.onAbort = () => this.abort(job);
        job.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.enqueue(slot, job);
    });
  }

  private enqueue(slot: Slot, job: Job): void {
    if (job.waitingWorkers.includes(slot) && slot.handle.isWaitingOnHost) {
      this.startNested(slot, job);
      return;
    }
    const startsNow = slot.queue.length === 0 && (slot.handle.isIdle || slot.handle.state === 'starting');
    if (this.queued >= this.maxQueue && !startsNow) {
      this.finish(job);
      job.reject(new QueueFullError(`the pool queue is full (${this.maxQueue} waiting requests)`));
      return;
    }
    slot.queue.push(job);
    this.queued++;
    this.pump(slot);
  }

  private abort(job: Job): void {
    if (!job.started) {
      // Wherever it waits now (queued work can move between workers).
      for (const slot of this.slots) {
        const index = slot.queue.indexOf(job);
        if (index < 0) continue;
        slot.queue.splice(index, 1);
        this.queued--;
        break;
      }
      this.finish(job);
      job.reject(new AbortedError(job.signal?.reason));
      return;
    }
    if (job.cancel) {
      const flag = new Int32Array(job.cancel);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    }
  }

  private finish(job: Job): void {
    if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
  }

  private pump(slot: Slot): void {
    if (slot.handle.state === 'starting') {
      if (!slot.waitingForReady) {
        slot.waitingForReady = true;
        slot.handle.whenReady().then(() => this.pump(slot), () => {});
      }
      return;
    }
    if (!slot.handle.isIdle) return;
    if (slot.queue.length === 0) {
      this.steal(slot);
      if (!slot.handle.isIdle) return; // what it took started already
    }
    const job = slot.queue.shift();
    if (!job) return;
    this.queued--;
    this.start(slot, job, slot.handle.send(job.request, job.onOutput, job.deadlineMs), () => {
      if (!slot.handle.isRetired) this.pump(slot);
    });
  }

  /**
   * A worker with nothing to do takes queued work from a busy one: a one-shot run, or every
   * queued request of a session none of whose requests has started (it is idle, so its last good
   * state is its current state, and it moves with its requests in their order).
   */
  private steal(free: Slot): void {
    for (const busy of this.slots) {
      if (busy === free || busy.handle.isIdle || busy.queue.length === 0) continue;
      for (const job of busy.queue) {
        if (job.waitingWorkers.includes(busy)) continue; // made by a host function that worker waits on
        const { request } = job;
        if (request.type === 'runOnce') {
          busy.queue.splice(busy.queue.indexOf(job), 1);
          free.queue.push(job);
          return;
        }
        if (!('sessionId' in request)) continue;
        const id = request.sessionId;
        const record = this.sessions.get(id);
        if (!record || record.slot !== busy || !record.lastGood) continue;
        const queued = busy.queue.filter((j) => 'sessionId' in j.request && j.request.sessionId === id);
        // Some request of it is running, it is being made, or a fork of it is: it stays.
        if (queued.length !== record.pending || queued.some((j) => j.request.type === 'fork' || j.request.type === 'create' || j.request.type === 'restore')
          || busy.queue.some((j) => j.request.type === 'fork' && j.request.fromSessionId === id)) continue;
        busy.queue = busy.queue.filter((j) => !queued.includes(j));
        this.queued -= queued.length;
        busy.sessions.delete(id);
        this.submit(busy, { type: 'close', sessionId: id }).catch(() => {});
        this.reviveOn(id, record, free).catch(() => {});
        for (const moved of queued) this.enqueue(free, moved);
        return;
      }
    }
  }

  private startNested(slot: Slot, job: Job): void {
    this.start(slot, job, slot.handle.sendNested(job.request, job.onOutput, job.deadlineMs), () => {});
  }

  private start(slot: Slot, job: Job, reply: Promise<unknown>, then: () => void): void {
    job.started = true;
    job.startedAt = performance.now();
    const sessionId = 'sessionId' in job.request ? job.request.sessionId : undefined;
    const tracksChain = sessionId !== undefined && (job.request.type === 'run' || job.request.type === 'runOnce');
    if (tracksChain) this.runChains.set(sessionId, job.waitingWorkers);
    const settle = (settleJob: () => void) => {
      if (tracksChain) this.runChains.delete(sessionId);
      this.finish(job);
      settleJob();
      try {
        then();
      } catch {
        // the next job is settled by the worker's own failure path
      }
    };
    reply.then(
      (value) => settle(() => job.resolve(value)),
      (error: Error) => {
        const lost = this.lostRunReply(slot, job, error);
        settle(() => (lost ? job.resolve(lost) : job.reject(error)));
      },
    );
  }

  /**
   * A run whose worker was lost under it still gets a result: the time limit when the watchdog
   * stopped it, a crash otherwise; a session run also says how its session comes back.
   * Undefined when the failure is not a lost worker (or the pool is closing).
   */
  private lostRunReply(slot: Slot, job: Job, error: Error): RunReply | undefined {
    const { request } = job;
    if (this.closed || !(error instanceof WorkerCrashedError) || !slot.handle.isRetired || slot.handle.lostTo === undefined) return undefined;
    if (request.type !== 'run' && request.type !== 'runOnce') return undefined;
    const timedOut = slot.handle.lostTo === 'watchdog';
    const outcome: ExecOutcome = {
      ok: false, stdout: '', stderr: '', stdoutTruncated: false, stderrTruncated: false,
      fuelUsed: 0, durationMs: performance.now() - (job.startedAt ?? performance.now()), memoryBytes: 0,
      error: timedOut
        ? { type: 'Timeout', message: 'the run exceeded its time limit and did not stop: its worker was replaced', traceback: '', stop: 'hard', reason: 'timeout' }
        : { type: 'InterpreterCrash', message: 'the worker running this code was lost', traceback: '', stop: 'hard', reason: 'crash' },
    };
    if (request.type === 'runOnce') return { outcome };
    const record = this.sessions.get(request.sessionId);
    if (!record) return { outcome };
    record.lostUnreported = false;
    return { outcome, recovered: record.lastGood ? 'snapshot' : 'reset' };
  }

  private serveHostCall(slot: Slot, call: HostCallEvent): Promise<string> {
    const grant = this.grants.get(call.sessionId);
    if (!grant) return Promise.resolve(errorReply('HostError', 'no host functions are granted'));
    const chain = [...(this.runChains.get(call.sessionId) ?? []), slot];
    return waitingWorkers.run(chain, () => grant.capabilities.dispatch(call.sessionId, call.op, call.args, grant.run?.signal));
  }

  private async withGrant<T>(sessionId: string, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    const grant = this.grants.get(sessionId);
    const run = new RunInProgress(signal);
    if (grant) {
      grant.capabilities.beginRun();
      grant.run = run;
    }
    try {
      return await work();
    } finally {
      run.end();
      if (grant?.run === run) grant.run = undefined;
    }
  }

  // ---- operations -------------------------------------------------------------------------

  async createSession(sessionId: string, config: SessionConfig, capabilities: HostCapabilities, restoreFrom?: Uint8Array): Promise<void> {
    if (this.closed) throw new SessionClosedError('pool');
    if (this.sessions.size >= this.maxSessions) {
      throw new QueueFullError(`the pool already holds ${this.maxSessions} sessions`);
    }
    const slot = this.placeSession();
    const record: SessionRecord = {
      config, slot, lastGood: undefined, mountUsage: undefined, pending: 1, created: false, lostUnreported: false, report: undefined,
    };
    this.sessions.set(sessionId, record);
    this.grants.set(sessionId, { capabilities });
    slot.sessions.add(sessionId);
    try {
      await this.submit(slot, restoreFrom
        ? { type: 'restore', sessionId, config, snapshot: restoreFrom }
        : { type: 'create', sessionId, config });
      record.created = true;
    } catch (error) {
      this.forget(sessionId, record);
      throw error;
    } finally {
      record.pending--;
    }
  }

  /** Drops a session that could not be made. */
  private forget(sessionId: string, record: SessionRecord): void {
    if (this.sessions.get(sessionId) === record) {
      this.sessions.delete(sessionId);
      this.grants.delete(sessionId);
    }
    record.slot?.sessions.delete(sessionId);
  }

  async forkSession(fromSessionId: string, sessionId: string): Promise<void> {
    const parent = this.sessions.get(fromSessionId);
    if (!parent) throw new SessionClosedError(`session ${fromSessionId}`);
    if (this.closed) throw new SessionClosedError('pool');
    if (this.sessions.size >= this.maxSessions) throw new QueueFullError(`the pool already holds ${this.maxSessions} sessions`);
    const slot = this.slotFor(fromSessionId, parent, waitingWorkers.getStore() ?? []);
    const record: SessionRecord = {
      config: { ...parent.config, hostFunctions: [...parent.config.hostFunctions] }, slot,
      lastGood: undefined, mountUsage: parent.mountUsage, pending: 1, created: false, lostUnreported: false, report: undefined,
    };
    this.sessions.set(sessionId, record);
    const parentGrant = this.grants.get(fromSessionId);
    if (parentGrant) {
      const c = parentGrant.capabilities;
      this.grants.set(sessionId, { capabilities: new HostCapabilities(new Map(c.functions), c.net, c.limits) });
    }
    slot.sessions.add(sessionId);
    parent.pending++;
    try {
      await this.submit(slot, { type: 'fork', sessionId, fromSessionId });
      record.created = true;
    } catch (error) {
      this.forget(sessionId, record);
      throw error;
    } finally {
      parent.pending--;
      record.pending--;
    }
  }

  /**
   * Adds host functions to a live session (names already validated by the caller). The grant is
   * recorded only once the worker has installed the names: a refused or failed expose leaves the
   * registry (which the raw host-call entry point reaches by name) and the configuration a lost
   * session is rebuilt from exactly as they were.
   */
  async expose(sessionId: string, functions: HostCapabilities['functions']): Promise<void> {
    if (!this.sessions.has(sessionId) || !this.grants.has(sessionId)) throw new SessionClosedError(`session ${sessionId}`);
    const names = [...functions.keys()];
    await this.submitToSession(sessionId, { type: 'expose', sessionId, names });
    const record = this.sessions.get(sessionId);
    const grant = this.grants.get(sessionId);
    // Closed while the worker was installing: there is nothing left to grant to.
    if (!record || !grant) throw new SessionClosedError(`session ${sessionId}`);
    for (const [name, fn] of functions) grant.capabilities.functions.set(name, fn);
    for (const name of names) if (!record.config.hostFunctions.includes(name)) record.config.hostFunctions.push(name);
  }

  async runInSession(sessionId: string, code: string, limits: RunLimitsWire, onOutput: OutputHandler | undefined, signal: AbortSignal | undefined): Promise<RunReply> {
    const record = this.sessions.get(sessionId);
    if (!record) throw new SessionClosedError(`session ${sessionId}`);
    const reply = await this.withGrant(sessionId, signal, async () => (await this.submitToSession(sessionId, { type: 'run', sessionId, code, limits }, {
      onOutput, signal, cancel: limits.cancel, deadlineMs: limits.timeoutMs + this.watchdogMarginMs,
    })) as RunReply);
    // A rebuild before this run (the session's worker was lost) is reported here, once.
    const report = record.report;
    record.report = undefined;
    if (reply.recovered || !report) return reply;
    return { ...reply, recovered: report };
  }

  async runOnce(config: SessionConfig, capabilities: HostCapabilities, code: string, limits: RunLimitsWire,
    onOutput: OutputHandler | undefined, signal: AbortSignal | undefined): Promise<RunReply> {
    const sessionId = `once-${randomUUID()}`;
    this.grants.set(sessionId, { capabilities });
    try {
      const slot = this.leastLoaded();
      return await this.withGrant(sessionId, signal, async () => (await this.submit(slot, { type: 'runOnce', sessionId, config, code, limits }, {
        onOutput, signal, cancel: limits.cancel, deadlineMs: limits.timeoutMs + this.watchdogMarginMs,
      })) as RunReply);
    } finally {
      this.grants.delete(sessionId);
    }
  }

  async call(sessionId: string, request: Extract<WorkerRequest, { sessionId: string }> extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never): Promise<unknown> {
    return this.submitToSession(sessionId, request);
  }

  async closeSession(sessionId: string): Promise<void> {
    const record = this.sessions.get(sessionId);
    if (!record) return;
    this.sessions.delete(sessionId);
    this.grants.delete(sessionId);
    const slot = record.slot;
    if (!slot) return;
    slot.sessions.delete(sessionId);
    await this.submit(slot, { type: 'close', sessionId }).catch(() => {});
  }

  /** Kills a worker as if it had crashed (tests and diagnostics). */
  async crashWorkerOf(sessionId: string): Promise<void> {
    const slot = this.sessions.get(sessionId)?.slot;
    if (slot) await slot.handle.terminate();
  }

  async stats(): Promise<Array<Record<string, number>>> {
    return Promise.all(this.slots.map((slot) => this.submit(slot, { type: 'stats' }) as Promise<Record<string, number>>));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      for (const job of slot.queue.splice(0)) {
        this.finish(job);
        job.reject(new SessionClosedError('pool'));
      }
    }
    this.queued = 0;
    this.sessions.clear();
    this.grants.clear();
    await Promise.all(slots.map((slot) => slot.handle.close()));
  }
}

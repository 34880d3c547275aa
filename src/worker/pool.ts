import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HostCapabilities } from '../host-calls/registry.js';
import { errorReply } from '../host-calls/values.js';
import type { CompiledEngine } from '../engine/module.js';
import { AbortedError, QueueFullError, SessionClosedError } from '../core/errors.js';
import type { RunLimitsWire, RunReply, WorkerRequest } from './protocol.js';
import type { SessionConfig } from './session-config.js';
import { WorkerHandle, defaultWorkerFactory, type HostCallEvent, type OutputHandler, type WorkerFactory } from './worker-handle.js';

/**
 * Schedules sandbox work onto worker threads. Sessions live on one worker each (their VM is
 * there); a worker serves one request at a time, so requests queue per worker in FIFO order,
 * which also serialises the runs of each session. One-shot runs go to the least loaded worker.
 *
 * When a worker dies, sessions that lived on it are rebuilt on the next request that needs them
 * (from their configuration, since their state was in the dead thread) and that request's reply
 * says so. Nothing else is affected.
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
}

/** How long past a run's own deadline (plus grace) a worker may stay silent before it is killed. */
export const WATCHDOG_MARGIN_MS = 3000;

type Request = Parameters<WorkerHandle['send']>[0];

interface Job {
  request: Request;
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
  slot: Slot | undefined; // undefined: its worker died; rebuilt on next use
}

/** Inside a host function: the workers blocked until it returns, innermost last. */
const waitingWorkers = new AsyncLocalStorage<readonly Slot[]>();

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly sessions = new Map<string, SessionRecord>();
  /** Host functions and network policy per session (and per one-shot run in flight). */
  private readonly grants = new Map<string, { capabilities: HostCapabilities; runSignal?: AbortSignal | undefined }>();
  private readonly maxWorkers: number;
  private readonly maxSessions: number;
  private readonly maxQueue: number;
  private readonly factory: WorkerFactory;
  private queued = 0;
  private closed = false;
  /** For each session running right now: the workers waiting on the code that started the run. */
  private readonly runChains = new Map<string, readonly Slot[]>();

  constructor(private readonly artifact: CompiledEngine, options: PoolOptions = {}) {
    this.maxWorkers = Math.max(1, options.maxWorkers ?? availableParallelism());
    this.maxSessions = options.maxSessions ?? 10_000;
    this.maxQueue = options.maxQueue ?? 10_000;
    this.factory = options.workerFactory ?? defaultWorkerFactory;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  get workerCount(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const slot: Slot = { handle: new WorkerHandle(this.artifact, this.factory), queue: [], sessions: new Set() };
    slot.handle.onRetired = (reason) => this.onWorkerDied(slot, reason);
    slot.handle.onHostCall = (call) => this.serveHostCall(slot, call);
    this.slots.push(slot);
    return slot;
  }

  private onWorkerDied(slot: Slot, reason: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    for (const id of slot.sessions) {
      const record = this.sessions.get(id);
      if (record) record.slot = undefined;
    }
    // Queued work moves to a healthy worker; work for lost sessions rebuilds them first.
    const orphans = slot.queue.splice(0);
    this.queued -= orphans.length;
    for (const job of orphans) {
      if (this.closed) job.reject(reason);
      else this.requeueOrphan(job);
    }
  }

  private requeueOrphan(job: Job): void {
    const sessionId = 'sessionId' in job.request ? job.request.sessionId : undefined;
    const target = sessionId ? this.slotForSession(sessionId) : Promise.resolve(this.leastLoaded());
    target.then((slot) => this.enqueue(slot, job), job.reject);
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

  /** The slot a session lives on, rebuilding the session on a live worker if its worker died. */
  private async slotForSession(sessionId: string): Promise<Slot> {
    const record = this.sessions.get(sessionId);
    if (!record) throw new SessionClosedError(`session ${sessionId}`);
    if (record.slot) return record.slot;
    const slot = this.placeSession();
    record.slot = slot;
    slot.sessions.add(sessionId);
    await this.submit(slot, { type: 'create', sessionId, config: record.config });
    return slot;
  }

  private placeSession(): Slot {
    if (this.slots.length < this.maxWorkers) return this.spawn();
    return [...this.slots].sort((a, b) => a.sessions.size - b.sessions.size)[0] ?? this.spawn();
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
        job.onAbort = () => this.abort(slot, job);
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

  private abort(slot: Slot, job: Job): void {
    if (!job.started) {
      const index = slot.queue.indexOf(job);
      if (index >= 0) {
        slot.queue.splice(index, 1);
        this.queued--;
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
    const job = slot.queue.shift();
    if (!job) return;
    this.queued--;
    this.start(job, slot.handle.send(job.request, job.onOutput, job.deadlineMs), () => {
      if (!slot.handle.isRetired) this.pump(slot);
    });
  }

  private startNested(slot: Slot, job: Job): void {
    this.start(job, slot.handle.sendNested(job.request, job.onOutput, job.deadlineMs), () => {});
  }

  private start(job: Job, reply: Promise<unknown>, then: () => void): void {
    job.started = true;
    const sessionId = 'sessionId' in job.request ? job.request.sessionId : undefined;
    const tracksChain = sessionId !== undefined && (job.request.type === 'run' || job.request.type === 'runOnce');
    if (tracksChain) this.runChains.set(sessionId, job.waitingWorkers);
    reply.then(
      (value) => {
        if (tracksChain) this.runChains.delete(sessionId);
        this.finish(job);
        job.resolve(value);
        then();
      },
      (error: Error) => {
        if (tracksChain) this.runChains.delete(sessionId);
        this.finish(job);
        job.reject(error);
        then();
      },
    );
  }

  private serveHostCall(slot: Slot, call: HostCallEvent): Promise<string> {
    const grant = this.grants.get(call.sessionId);
    if (!grant) return Promise.resolve(errorReply('HostError', 'no host functions are granted'));
    const chain = [...(this.runChains.get(call.sessionId) ?? []), slot];
    return waitingWorkers.run(chain, () => grant.capabilities.dispatch(call.sessionId, call.op, call.args, grant.runSignal));
  }

  private async withGrant<T>(sessionId: string, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    const grant = this.grants.get(sessionId);
    // Host calls still running when the run ends (it timed out, say) are told to stop at once.
    const ended = new AbortController();
    if (grant) {
      grant.capabilities.beginRun();
      grant.runSignal = signal ? AbortSignal.any([signal, ended.signal]) : ended.signal;
    }
    try {
      return await work();
    } finally {
      ended.abort(new Error('the run ended'));
      if (grant) grant.runSignal = undefined;
    }
  }

  // ---- operations -------------------------------------------------------------------------

  async createSession(sessionId: string, config: SessionConfig, capabilities: HostCapabilities, restoreFrom?: Uint8Array): Promise<void> {
    if (this.sessions.size >= this.maxSessions) {
      throw new QueueFullError(`the pool already holds ${this.maxSessions} sessions`);
    }
    const slot = this.placeSession();
    const record: SessionRecord = { config, slot };
    this.sessions.set(sessionId, record);
    this.grants.set(sessionId, { capabilities });
    slot.sessions.add(sessionId);
    try {
      await this.submit(slot, restoreFrom
        ? { type: 'restore', sessionId, config, snapshot: restoreFrom }
        : { type: 'create', sessionId, config });
    } catch (error) {
      this.sessions.delete(sessionId);
      this.grants.delete(sessionId);
      slot.sessions.delete(sessionId);
      throw error;
    }
  }

  async forkSession(fromSessionId: string, sessionId: string): Promise<void> {
    const slot = await this.slotForSession(fromSessionId);
    const record = this.sessions.get(fromSessionId)!;
    if (this.sessions.size >= this.maxSessions) throw new QueueFullError(`the pool already holds ${this.maxSessions} sessions`);
    this.sessions.set(sessionId, { config: { ...record.config, hostFunctions: [...record.config.hostFunctions] }, slot });
    const parentGrant = this.grants.get(fromSessionId);
    if (parentGrant) {
      const c = parentGrant.capabilities;
      this.grants.set(sessionId, { capabilities: new HostCapabilities(new Map(c.functions), c.net, c.limits) });
    }
    slot.sessions.add(sessionId);
    try {
      await this.submit(slot, { type: 'fork', sessionId, fromSessionId });
    } catch (error) {
      this.sessions.delete(sessionId);
      this.grants.delete(sessionId);
      slot.sessions.delete(sessionId);
      throw error;
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
    const slot = await this.slotForSession(sessionId);
    await this.submit(slot, { type: 'expose', sessionId, names });
    const record = this.sessions.get(sessionId);
    const grant = this.grants.get(sessionId);
    // Closed while the worker was installing: there is nothing left to grant to.
    if (!record || !grant) throw new SessionClosedError(`session ${sessionId}`);
    for (const [name, fn] of functions) grant.capabilities.functions.set(name, fn);
    for (const name of names) if (!record.config.hostFunctions.includes(name)) record.config.hostFunctions.push(name);
  }

  async runInSession(sessionId: string, code: string, limits: RunLimitsWire, onOutput: OutputHandler | undefined, signal: AbortSignal | undefined): Promise<RunReply & { lost?: boolean }> {
    const record = this.sessions.get(sessionId);
    if (!record) throw new SessionClosedError(`session ${sessionId}`);
    const wasLost = record.slot === undefined;
    const slot = await this.slotForSession(sessionId);
    const reply = await this.withGrant(sessionId, signal, async () => (await this.submit(slot, { type: 'run', sessionId, code, limits }, {
      onOutput, signal, cancel: limits.cancel, deadlineMs: limits.timeoutMs + WATCHDOG_MARGIN_MS,
    })) as RunReply);
    return wasLost ? { ...reply, lost: true } : reply;
  }

  async runOnce(config: SessionConfig, capabilities: HostCapabilities, code: string, limits: RunLimitsWire,
    onOutput: OutputHandler | undefined, signal: AbortSignal | undefined): Promise<RunReply> {
    const sessionId = `once-${randomUUID()}`;
    this.grants.set(sessionId, { capabilities });
    try {
      const slot = this.leastLoaded();
      return await this.withGrant(sessionId, signal, async () => (await this.submit(slot, { type: 'runOnce', sessionId, config, code, limits }, {
        onOutput, signal, cancel: limits.cancel, deadlineMs: limits.timeoutMs + WATCHDOG_MARGIN_MS,
      })) as RunReply);
    } finally {
      this.grants.delete(sessionId);
    }
  }

  async call(sessionId: string, request: Extract<WorkerRequest, { sessionId: string }> extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never): Promise<unknown> {
    const slot = await this.slotForSession(sessionId);
    return this.submit(slot, request);
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

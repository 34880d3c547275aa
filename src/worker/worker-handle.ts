import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { CompiledEngine } from '../engine/module.js';
import { errorFromCode, FsError, WorkerCrashedError } from '../core/errors.js';
import { isWorkerEvent, type WireError, type WorkerEvent, type WorkerInit, type WorkerRequest } from './protocol.js';
import { WorkerStateMachine } from './worker-state.js';

/**
 * The main thread's handle on one worker: sends one request at a time, routes streamed output,
 * and watches the clock. A worker that does not answer within its deadline is terminated; every
 * caller waiting on it gets a WorkerCrashedError and the pool replaces it.
 *
 * The one exception to one-at-a-time: while the worker waits on a host call, the host function
 * may itself make requests of this worker (`sendNested`), which it serves inside the wait.
 */

export type OutputHandler = (stream: 'stdout' | 'stderr', text: string) => void;

export interface WorkerFactory {
  (init: WorkerInit): Worker;
}

/** V8 stack of a worker thread, in MiB. */
const WORKER_STACK_MB = 16;

export const defaultWorkerFactory: WorkerFactory = (init) =>
  new Worker(new URL('./worker-entry.js', import.meta.url), {
    workerData: init,
    transferList: [init.replyPort],
    // Deep recursion in C runs on V8's stack as well as the module's 2 MiB shadow stack.
    resourceLimits: { stackSizeMb: WORKER_STACK_MB },
  });

export type HostCallEvent = Extract<WorkerEvent, { type: 'hostcall' }>;
export type StateEvent = Extract<WorkerEvent, { type: 'state' }>;
/** Answers a guest's host call with the reply envelope. */
export type HostCallHandler = (call: HostCallEvent) => Promise<string>;

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onOutput: OutputHandler | undefined;
}

export function fromWireError(error: WireError): Error {
  if (error.name === 'VfsError') {
    return new FsError(`${error.code ?? 'EIO'}: ${error.message}`, { details: { errno: error.code ?? 'EIO' } });
  }
  if (error.code === undefined) return new WorkerCrashedError(`${error.name}: ${error.message}`);
  return errorFromCode(error.code, error.message, error.details);
}

let nextId = 1;

export class WorkerHandle {
  private readonly worker: Worker;
  private readonly machine = new WorkerStateMachine();
  /** Requests sent and not yet answered: the top-level one, plus any nested in its host calls. */
  private readonly pending = new Map<number, Pending>();
  /** The request that made the worker busy; it goes idle when this one is answered. */
  private topLevelId: number | undefined;
  private hostCallsInFlight = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private watchdogAt = 0;
  private readonly ready: Promise<void>;
  private readonly hostCallFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly replyPort: MessagePort;
  /** Called once when the worker dies for any reason other than close(). */
  onRetired: ((reason: Error) => void) | undefined;
  /** Serves the guests' host calls (host functions, network). */
  onHostCall: HostCallHandler | undefined;
  /** Receives each session's new last good state (see the 'state' event). */
  onState: ((event: StateEvent) => void) | undefined;
  /** Why the worker was lost: its watchdog fired, it crashed, or it was terminated on purpose. */
  lostTo: 'watchdog' | 'crash' | 'terminated' | undefined;

  constructor(artifact: CompiledEngine, factory: WorkerFactory = defaultWorkerFactory) {
    const channel = new MessageChannel();
    this.replyPort = channel.port1;
    this.replyPort.unref();
    this.worker = factory({ artifact, hostCallFlag: this.hostCallFlag.buffer as SharedArrayBuffer, replyPort: channel.port2 });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', (message: unknown) => {
        if (this.machine.is('retired')) {
          // terminated (e.g. the pool closed) before its 'ready' arrived
          reject(new WorkerCrashedError('the worker was retired before it started'));
        } else if (isWorkerEvent(message) && message.type === 'ready') {
          this.machine.to('idle');
          resolve();
        } else {
          reject(new WorkerCrashedError('the worker did not start'));
        }
        this.worker.on('message', (m: unknown) => this.onMessage(m));
      });
    });
    this.ready.catch(() => {});
    this.worker.on('error', (error) => this.retire(new WorkerCrashedError(`the worker failed: ${error.message}`, { cause: error }), 'crash'));
    this.worker.on('exit', (code) => this.retire(new WorkerCrashedError(`the worker exited (code ${code})`), 'crash'));
  }

  get state(): string {
    return this.machine.state;
  }

  get isIdle(): boolean {
    return this.machine.is('idle');
  }

  get isRetired(): boolean {
    return this.machine.is('retired');
  }

  async whenReady(): Promise<void> {
    await this.ready;
  }

  /** True while the worker is blocked waiting for one of its host calls to be answered. */
  get isWaitingOnHost(): boolean {
    return this.machine.is('busy') && this.hostCallsInFlight > 0;
  }

  /**
   * Sends a request and resolves with its reply. `deadlineMs` arms the watchdog: past it the
   * worker is presumed stuck and terminated.
   */
  send(request: Request, onOutput?: OutputHandler, deadlineMs?: number): Promise<unknown> {
    if (this.machine.is('retired')) return Promise.reject(new WorkerCrashedError('the worker is gone'));
    // The pool sends only to an idle worker; the transition is synchronous so two sends can never race.
    if (!this.machine.is('idle')) return Promise.reject(new Error(`worker is ${this.machine.state}: the pool must wait for idle`));
    this.machine.to('busy');
    this.worker.ref();
    const id = nextId++;
    this.topLevelId = id;
    return this.post(id, request, onOutput, deadlineMs);
  }

  /**
   * Sends a request made by a host function this worker is waiting on; the worker serves it
   * inside the wait. The caller must have checked `isWaitingOnHost`.
   */
  sendNested(request: Request, onOutput?: OutputHandler, deadlineMs?: number): Promise<unknown> {
    if (!this.isWaitingOnHost) return Promise.reject(new Error('nested requests need a worker waiting on a host call'));
    const reply = this.post(nextId++, request, onOutput, deadlineMs);
    this.wakeWorker();
    return reply;
  }

  private post(id: number, request: Request, onOutput: OutputHandler | undefined, deadlineMs: number | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onOutput });
      if (deadlineMs !== undefined) this.armWatchdog(deadlineMs);
      this.worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  /** One timer per worker, at the latest deadline of what it is serving: nested work extends it. */
  private armWatchdog(deadlineMs: number): void {
    const at = performance.now() + deadlineMs;
    if (this.watchdog && at <= this.watchdogAt) return;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdogAt = at;
    this.watchdog = setTimeout(() => {
      this.retire(new WorkerCrashedError(`the worker did not answer within ${Math.round(deadlineMs)} ms and was terminated`), 'watchdog');
      void this.worker.terminate();
    }, deadlineMs);
  }

  private disarmWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
    this.watchdogAt = 0;
  }

  private wakeWorker(): void {
    Atomics.store(this.hostCallFlag, 0, 1);
    Atomics.notify(this.hostCallFlag, 0);
  }

  private onMessage(message: unknown): void {
    if (!isWorkerEvent(message) || message.type === 'ready') return;
    if (message.type === 'hostcall') {
      this.serveHostCall(message);
      return;
    }
    if (message.type === 'state') {
      this.onState?.(message);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'output') {
      pending.onOutput?.(message.stream, message.text);
      return;
    }
    this.settle(message.id, pending, message);
  }

  private serveHostCall(call: HostCallEvent): void {
    const handler = this.onHostCall;
    this.hostCallsInFlight++;
    const answer = handler ? handler(call) : Promise.resolve('');
    answer
      .catch(() => '')
      .then((reply) => {
        this.hostCallsInFlight--;
        if (this.machine.is('retired')) return;
        this.replyPort.postMessage({ callId: call.callId, reply });
        this.wakeWorker();
      });
  }

  private settle(id: number, pending: Pending, message: Extract<WorkerEvent, { type: 'done' | 'failed' }>): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.disarmWatchdog();
    if (id === this.topLevelId) {
      this.topLevelId = undefined;
      this.machine.to('idle');
      this.worker.unref();
    }
    if (message.type === 'done') pending.resolve(message.value);
    else pending.reject(fromWireError(message.error));
  }

  private retire(reason: Error, lostTo?: WorkerHandle['lostTo']): void {
    if (this.machine.is('retired')) return;
    this.machine.to('retired');
    this.lostTo = lostTo;
    this.replyPort.close();
    this.disarmWatchdog();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(reason);
    this.onRetired?.(reason);
  }

  /** Test hook and last resort: kills the thread as if it had crashed. */
  async terminate(): Promise<void> {
    this.retire(new WorkerCrashedError('the worker was terminated'), 'terminated');
    await this.worker.terminate();
  }

  async close(): Promise<void> {
    if (this.machine.is('retired')) return;
    this.onRetired = undefined;
    this.retire(new WorkerCrashedError('the pool was closed'));
    await this.worker.terminate();
  }
}

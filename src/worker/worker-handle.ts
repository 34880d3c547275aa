import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { CompiledArtifact } from '../artifact/module-cache.js';
import { errorFromCode, FsError, WorkerCrashedError } from '../sandbox/errors.js';
import { isWorkerEvent, type WireError, type WorkerEvent, type WorkerInit, type WorkerRequest } from './protocol.js';
import { WorkerStateMachine } from './worker-state.js';

/**
 * The main thread's handle on one worker: sends one request at a time, routes streamed output,
 * and watches the clock. A worker that does not answer within its deadline is terminated; every
 * caller waiting on it gets a WorkerCrashedError and the pool replaces it.
 */

export type OutputHandler = (stream: 'stdout' | 'stderr', text: string) => void;

export interface WorkerFactory {
  (init: WorkerInit): Worker;
}

export const defaultWorkerFactory: WorkerFactory = (init) =>
  new Worker(new URL('./worker-entry.js', import.meta.url), { workerData: init, transferList: [init.replyPort] });

export type HostCallEvent = Extract<WorkerEvent, { type: 'hostcall' }>;
/** Answers a guest's host call with the reply envelope. */
export type HostCallHandler = (call: HostCallEvent) => Promise<string>;

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onOutput: OutputHandler | undefined;
  watchdog: NodeJS.Timeout | undefined;
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
  private pending: Pending | undefined;
  private readonly ready: Promise<void>;
  private readonly hostCallFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly replyPort: MessagePort;
  /** Called once when the worker dies for any reason other than close(). */
  onRetired: ((reason: Error) => void) | undefined;
  /** Serves the guests' host calls (host functions, network). */
  onHostCall: HostCallHandler | undefined;

  constructor(artifact: CompiledArtifact, factory: WorkerFactory = defaultWorkerFactory) {
    const channel = new MessageChannel();
    this.replyPort = channel.port1;
    this.replyPort.unref();
    this.worker = factory({ artifact, hostCallFlag: this.hostCallFlag.buffer as SharedArrayBuffer, replyPort: channel.port2 });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', (message: unknown) => {
        if (isWorkerEvent(message) && message.type === 'ready') {
          this.machine.to('idle');
          resolve();
        } else {
          reject(new WorkerCrashedError('the worker did not start'));
        }
        this.worker.on('message', (m: unknown) => this.onMessage(m));
      });
    });
    this.ready.catch(() => {});
    this.worker.on('error', (error) => this.retire(new WorkerCrashedError(`the worker failed: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => this.retire(new WorkerCrashedError(`the worker exited (code ${code})`)));
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
    return new Promise((resolve, reject) => {
      const watchdog = deadlineMs === undefined ? undefined : setTimeout(() => {
        this.retire(new WorkerCrashedError(`the worker did not answer within ${deadlineMs} ms and was terminated`));
        void this.worker.terminate();
      }, deadlineMs);
      this.pending = { id, resolve, reject, onOutput, watchdog };
      this.worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  private onMessage(message: unknown): void {
    if (!isWorkerEvent(message) || message.type === 'ready') return;
    if (message.type === 'hostcall') {
      this.serveHostCall(message);
      return;
    }
    const pending = this.pending;
    if (!pending || message.id !== pending.id) return;
    if (message.type === 'output') {
      pending.onOutput?.(message.stream, message.text);
      return;
    }
    this.settle(message);
  }

  private serveHostCall(call: HostCallEvent): void {
    const handler = this.onHostCall;
    const answer = handler ? handler(call) : Promise.resolve('');
    answer
      .catch(() => '')
      .then((reply) => {
        if (this.machine.is('retired')) return;
        this.replyPort.postMessage({ callId: call.callId, reply });
        Atomics.store(this.hostCallFlag, 0, 1);
        Atomics.notify(this.hostCallFlag, 0);
      });
  }

  private settle(message: Extract<WorkerEvent, { type: 'done' | 'failed' }>): void {
    const pending = this.pending!;
    this.pending = undefined;
    if (pending.watchdog) clearTimeout(pending.watchdog);
    this.machine.to('idle');
    this.worker.unref();
    if (message.type === 'done') pending.resolve(message.value);
    else pending.reject(fromWireError(message.error));
  }

  private retire(reason: Error): void {
    if (this.machine.is('retired')) return;
    this.machine.to('retired');
    this.replyPort.close();
    const pending = this.pending;
    this.pending = undefined;
    if (pending) {
      if (pending.watchdog) clearTimeout(pending.watchdog);
      pending.reject(reason);
    }
    this.onRetired?.(reason);
  }

  /** Test hook and last resort: kills the thread as if it had crashed. */
  async terminate(): Promise<void> {
    this.retire(new WorkerCrashedError('the worker was terminated'));
    await this.worker.terminate();
  }

  async close(): Promise<void> {
    if (this.machine.is('retired')) return;
    this.onRetired = undefined;
    this.retire(new WorkerCrashedError('the pool was closed'));
    await this.worker.terminate();
  }
}

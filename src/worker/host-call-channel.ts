import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/**
 * Synchronous calls from a worker to the main thread, for host functions and network access.
 *
 * The guest is in the middle of a wasm call and cannot yield, so the worker blocks: it posts the
 * request, then sleeps on a shared Int32 (Atomics.wait) until the main thread has written the
 * reply to a dedicated MessagePort and raised the flag. The wait wakes every few milliseconds to
 * honour the run's deadline and cancel flag, so a host function that never answers cannot hold
 * the run past its time limit.
 *
 * While it waits, the worker also serves requests the host function itself makes of this worker
 * (running code in another session that lives here, say): they arrive on the worker's ordinary
 * request port, which is otherwise silent while the worker is busy. Without this, such a host
 * function would wait on a worker that waits on it.
 */

export interface HostCallRequest {
  callId: number;
  sessionId: string;
  op: string;
  args: string[];
}

export interface HostCallReply {
  callId: number;
  reply: string;
}

/** Slot 0: reply-ready flag. */
const READY = 0;
const POLL_MS = 20;

export class HostCallChannel {
  private readonly flag: Int32Array;
  private nextCallId = 1;

  constructor(
    shared: SharedArrayBuffer,
    private readonly replies: MessagePort,
    private readonly post: (request: HostCallRequest) => void,
    private readonly requests: MessagePort,
    private readonly serveNested: (message: unknown) => void,
  ) {
    this.flag = new Int32Array(shared);
  }

  /**
   * Sends a request and blocks for its reply. Returns undefined when `deadline` (performance.now
   * clock) passes or `shouldStop` turns true first; a late reply is discarded when it arrives.
   */
  call(sessionId: string, op: string, args: string[], deadline: number, shouldStop: () => boolean): string | undefined {
    const callId = this.nextCallId++;
    Atomics.store(this.flag, READY, 0);
    this.post({ callId, sessionId, op, args });
    for (;;) {
      const remaining = deadline - performance.now();
      if (remaining <= 0 || shouldStop()) return undefined;
      Atomics.wait(this.flag, READY, 0, Math.min(POLL_MS, remaining));
      // Lower the flag before draining: a reply posted after the drain raises it again.
      Atomics.store(this.flag, READY, 0);
      for (;;) {
        const message = receiveMessageOnPort(this.replies)?.message as HostCallReply | undefined;
        if (!message) break;
        if (message.callId === callId) return message.reply;
        // A reply to an earlier call that already gave up: drop it.
      }
      for (;;) {
        const nested = receiveMessageOnPort(this.requests);
        if (!nested) break;
        this.serveNested(nested.message);
      }
    }
  }
}

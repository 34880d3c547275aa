/**
 * The life of one sandbox worker, as an explicit state machine:
 *
 *   starting --ready--> idle --send--> busy --reply--> idle
 *       \                 \              \
 *        `----------------`--------------`--crash/terminate--> retired
 *
 * `retired` is final. Only an idle worker accepts a request; a busy one is watched by a timer and
 * terminated if it stops answering.
 */
export type WorkerState = 'starting' | 'idle' | 'busy' | 'retired';

const ALLOWED: Record<WorkerState, readonly WorkerState[]> = {
  starting: ['idle', 'retired'],
  idle: ['busy', 'retired'],
  busy: ['idle', 'retired'],
  retired: [],
};

export class WorkerStateMachine {
  private current: WorkerState = 'starting';

  get state(): WorkerState {
    return this.current;
  }

  to(next: WorkerState): void {
    if (!ALLOWED[this.current].includes(next)) {
      throw new Error(`worker state cannot go from ${this.current} to ${next}`);
    }
    this.current = next;
  }

  is(...states: WorkerState[]): boolean {
    return states.includes(this.current);
  }
}

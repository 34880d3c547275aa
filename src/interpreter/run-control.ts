/**
 * Per-run CPU and time control, driven from the module's `fuel_exhausted` import.
 *
 * The module counts down an i32 fuel counter (in its memory: native/port/fuel.h) at every jump
 * and return of the VM and inside long C operations, and calls out when it goes negative. The
 * host hands fuel out in slices, so that call also serves as a periodic check of the wall-clock
 * deadline and the cancel flag. Fuel accounting is exact (the sum of slices consumed), so fuel use
 * does not depend on slice size or timing.
 *
 * Stopping is two-stage. A soft stop answers the call-out with "stop": the guest gets
 * KeyboardInterrupt (at the next bytecode boundary, or at once inside a long C operation) and a
 * grace budget, and the VM stays usable. If the guest swallows the interrupt, the grace runs out
 * and a hard stop throws out of wasm: the VM must then be discarded.
 */

export type StopReason = 'fuel' | 'timeout' | 'cancelled';
export type StopKind = 'soft' | 'hard';

export class HardStop extends Error {
  constructor(readonly reason: StopReason) {
    super(`hard stop (${reason})`);
    this.name = 'HardStop';
  }
}

export interface RunBudget {
  fuel: number;
  /** Absolute deadline on the performance.now() clock, or Infinity. */
  deadline: number;
  /** Set element 0 to non-zero (from any thread) to cancel the run. */
  cancelFlag?: Int32Array | undefined;
  /** Fuel and time the guest gets after a soft stop before the hard stop. */
  graceFuel: number;
  graceMs: number;
}

/** Fuel per slice: about 5 ms of guest work, so deadlines and cancellation are checked often. */
export const FUEL_SLICE = 1_000_000;

/**
 * Between runs the host itself calls into the module (malloc, free, releasing references); that
 * work is the host's, not the guest's, so it is neither counted nor limited.
 */
const IDLE_BUDGET: RunBudget = { fuel: Number.MAX_SAFE_INTEGER, deadline: Infinity, graceFuel: 0, graceMs: 0 };

export interface FuelCounter {
  value: unknown;
}

export class RunControl {
  private used = 0;
  private granted = 0;
  private budget: RunBudget = IDLE_BUDGET;
  private running = false;
  private stopInfo: { reason: StopReason; kind: StopKind } | undefined;
  private softStopFuel = 0;
  private softStopTime = 0;

  constructor(private readonly counter: FuelCounter) {}

  begin(budget: RunBudget): void {
    this.budget = budget;
    this.running = true;
    this.used = 0;
    this.stopInfo = undefined;
    this.grant(Math.min(FUEL_SLICE, budget.fuel));
  }

  /** Closes the books at the end of a run (normal or not); `fuelUsed` and `stop` stay readable. */
  end(): void {
    this.settle();
    this.running = false;
    this.budget = IDLE_BUDGET;
    this.grant(FUEL_SLICE);
  }

  get fuelUsed(): number {
    return this.running ? this.used + Math.max(0, this.granted - this.currentCounter()) : this.used;
  }

  get stop(): { reason: StopReason; kind: StopKind } | undefined {
    return this.stopInfo;
  }

  /** When the run in progress must end (performance.now clock); Infinity between runs. */
  get deadline(): number {
    return this.running ? this.budget.deadline : Infinity;
  }

  /** True once the run is being stopped, or its deadline or cancel flag says it should be. */
  get stopRequested(): boolean {
    return this.stopInfo !== undefined || (this.running && this.checkReason() !== undefined);
  }

  /** The `fuel_exhausted` import: true asks the guest to stop softly now. May throw HardStop. */
  onSliceExhausted(): boolean {
    if (!this.running) {
      this.grant(FUEL_SLICE);
      return false;
    }
    this.settle();
    if (this.stopInfo) {
      const overFuel = this.used - this.softStopFuel >= this.budget.graceFuel;
      const overTime = performance.now() - this.softStopTime >= this.budget.graceMs;
      if (overFuel || overTime) {
        this.stopInfo = { reason: this.stopInfo.reason, kind: 'hard' };
        this.grant(0);
        throw new HardStop(this.stopInfo.reason);
      }
      this.grant(Math.min(FUEL_SLICE, this.budget.graceFuel));
      return false;
    }
    const reason = this.checkReason();
    if (reason) {
      this.stopInfo = { reason, kind: 'soft' };
      this.softStopFuel = this.used;
      this.softStopTime = performance.now();
      this.grant(Math.min(FUEL_SLICE, this.budget.graceFuel));
      return true;
    }
    this.grant(Math.min(FUEL_SLICE, this.budget.fuel - this.used));
    return false;
  }

  /**
   * The `sleep` import: waits for real, but never past the deadline, and wakes early when the
   * cancel flag is raised (the canceller calls Atomics.notify). If the wait ended the run's time,
   * the next loop header is made to check at once.
   */
  sleep(ms: number): void {
    if (!(ms > 0) || !this.running) return;
    const remaining = this.budget.deadline - performance.now();
    const wait = Math.max(0, Math.min(ms, remaining));
    const flag = this.budget.cancelFlag ?? (this.privateFlag ??= new Int32Array(new SharedArrayBuffer(4)));
    if (wait > 0 && Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, wait);
    if (this.checkReason()) this.checkSoon();
  }

  /**
   * After host work inside an import (a big read, a listing, a host call): when the deadline or
   * the grace after a soft stop has passed, or the run was cancelled, the next metered step calls
   * out at once instead of at the end of its slice. Fuel use is unchanged.
   */
  checkClock(): void {
    if (!this.running) return;
    const due = this.stopInfo
      ? performance.now() - this.softStopTime >= this.budget.graceMs
      : this.checkReason() !== undefined;
    if (due) this.checkSoon();
  }

  /** Makes the next metered loop header call out, without changing the fuel count. */
  checkSoon(): void {
    this.settle();
    this.grant(0);
  }

  private privateFlag: Int32Array | undefined;

  private checkReason(): StopReason | undefined {
    if (this.budget.cancelFlag && Atomics.load(this.budget.cancelFlag, 0) !== 0) return 'cancelled';
    if (this.used >= this.budget.fuel) return 'fuel';
    if (performance.now() >= this.budget.deadline) return 'timeout';
    return undefined;
  }

  private currentCounter(): number {
    return this.counter.value as number;
  }

  private settle(): void {
    this.used += this.granted - this.currentCounter();
    this.granted = this.currentCounter();
  }

  private grant(amount: number): void {
    const slice = Math.max(0, Math.floor(amount));
    this.counter.value = slice;
    this.granted = slice;
  }
}

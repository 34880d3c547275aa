import type { CompiledArtifact } from '../artifact/module-cache.js';
import { CryptoRandom, RealClock, type ClockSource, type RandomSource } from '../host/clock-random.js';
import { GuestMemory, GuestMemoryFault } from '../host/guest-memory.js';
import { GuestAbort } from '../host/imports.js';
import { OutputSink, type OutputListener } from '../host/output-sink.js';
import { readMpValue } from '../host/proxy-values.js';
import { StdinSource } from '../host/stdio.js';
import { errorReply } from '../host-calls/values.js';
import { InvalidCodeError, SessionClosedError, VmBrokenError } from '../core/errors.js';
import type { GuestFileSystem } from '../vfs/types.js';
import { denyAllFileSystem } from './deny-all-fs.js';
import { wrapLastExpression } from './last-expression.js';
import { PRELUDE } from './prelude.js';
import { HardStop, RunControl, type StopKind, type StopReason } from './run-control.js';
import { parseGuestException, type GuestErrorInfo } from './traceback.js';
import type { VmImage } from './vm-image.js';
import { VmInstance } from './vm-instance.js';

/**
 * One MicroPython VM, synchronous. This is the low-level API: it runs on whatever thread calls
 * it (the public `run()` / `Session` put it on a worker). It owns a wasm instance and its
 * host-side state, and enforces memory, fuel, time and output limits on every exec.
 */

export interface VmConfig {
  /** Cap on linear memory in bytes; growth beyond it fails with MemoryError in the guest. */
  memoryLimitBytes: number;
  /** Initial MicroPython heap; it grows in new areas on demand, up to the memory cap. */
  heapInitialBytes: number;
  /** Python-level stack (frames, in 4-byte words). */
  pystackWords: number;
  fs?: GuestFileSystem;
  maxPathBytes?: number;
  clock?: ClockSource;
  random?: RandomSource;
}

export interface ExecLimits {
  fuel: number;
  timeoutMs: number;
  stdoutBytes: number;
  stderrBytes: number;
  graceFuel: number;
  graceMs: number;
  cancelFlag?: Int32Array | undefined;
  onStdout?: OutputListener | undefined;
  onStderr?: OutputListener | undefined;
  stdin?: Uint8Array | undefined;
  /** Report the value of a final expression statement (`valueRepr` / `valueJson`). */
  captureValue?: boolean | undefined;
  /** False for the sandbox's own setup code: the guest's host functions must not run then. */
  allowHostCalls?: boolean | undefined;
}

export interface ExecError extends GuestErrorInfo {
  /** Set when a limit stopped the run: how it was stopped. */
  stop?: StopKind;
  reason?: StopReason | 'memory' | 'crash';
}

export interface ExecOutcome {
  ok: boolean;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  error?: ExecError;
  fuelUsed: number;
  durationMs: number;
  /** Peak linear memory of the VM, in bytes. */
  memoryBytes: number;
  /** repr() of the final expression's value, when asked for and not None. */
  valueRepr?: string;
  /** The final expression's value as JSON text, when it has a JSON form. */
  valueJson?: string;
}

/**
 * Host calls other than result capture (host functions, network): the worker forwards them to
 * the main thread. Returns the reply envelope, or undefined when the run's time ran out first.
 */
export type GuestHostCalls = (
  op: string,
  args: readonly string[],
  run: { deadline: number; stopRequested: () => boolean },
) => string | undefined;

/** Bytes kept free below the cap when MicroPython sizes a new heap area. */
const HEAP_ROOM_MARGIN = 256 * 1024;
const GC_BLOCK_BYTES = 16;
const GC_THRESHOLD_MIN = 256 * 1024;

/** Longest repr / JSON of a captured value kept, in characters. */
const MAX_CAPTURED_CHARS = 65536;

const INTERNAL_LIMITS: ExecLimits = {
  fuel: 50_000_000, timeoutMs: 10_000, stdoutBytes: 4096, stderrBytes: 4096, graceFuel: 0, graceMs: 0,
};

const STOP_ERROR_TYPES: Record<StopReason, { type: string; message: string }> = {
  fuel: { type: 'FuelExhausted', message: 'the run used all of its fuel' },
  timeout: { type: 'Timeout', message: 'the run exceeded its time limit' },
  cancelled: { type: 'Cancelled', message: 'the run was cancelled' },
};

export class Interpreter {
  private readonly vm: VmInstance;
  private readonly control: RunControl;
  private readonly stdout = new OutputSink(0);
  private readonly stderr = new OutputSink(0);
  private readonly stdin = new StdinSource();
  private readonly pendingExceptionAddress: number;
  private readonly brkAddress: number;
  private readonly gcThresholdAddress: number;
  private readonly gcLockDepthAddress: number;
  private fs: GuestFileSystem;
  private clock: ClockSource;
  private random: RandomSource;
  private memoryCap: number;
  private peakMemory = 0;
  /** Set when this run had a heap growth refused or an allocation left unsatisfied by a collection. */
  private reachedMemoryCap = false;
  private hostCallsAllowed = true;
  private captured: { repr: string; json: string } | undefined;
  private hostCalls: GuestHostCalls | undefined;
  private state: 'ready' | 'running' | 'broken' | 'disposed' = 'ready';

  /** A fresh VM: MicroPython initialised from scratch, or loaded from `image` when given. */
  constructor(artifact: CompiledArtifact, readonly config: VmConfig, image?: VmImage) {
    this.memoryCap = config.memoryLimitBytes;
    this.fs = config.fs ?? denyAllFileSystem;
    this.clock = config.clock ?? new RealClock();
    this.random = config.random ?? new CryptoRandom();
    this.pendingExceptionAddress = artifact.manifest.vmState.pendingException;
    this.brkAddress = artifact.manifest.brkAddress;
    this.gcThresholdAddress = artifact.manifest.gc.allocThresholdAddress;
    this.gcLockDepthAddress = artifact.manifest.gc.lockDepthAddress;
    let control: RunControl | undefined;
    this.vm = new VmInstance(artifact, (_memory, exports) => ({
      stdio: { stdin: this.stdin, stdout: this.stdout, stderr: this.stderr },
      fs: () => this.fs,
      maxPathBytes: () => this.config.maxPathBytes ?? 4096,
      clock: () => this.clock,
      random: () => this.random,
      heap: {
        capBytes: () => this.memoryCap,
        grown: (bytes) => {
          this.peakMemory = Math.max(this.peakMemory, bytes);
        },
        refused: () => {
          this.reachedMemoryCap = true;
        },
      },
      heapRoom: () => this.heapRoom(),
      hostCall: (args) => {
        this.flushStreams();
        return this.onHostCall(args);
      },
      outOfFuel: () => {
        this.flushStreams();
        control!.onSliceExhausted();
      },
      sleep: (ms) => {
        this.flushStreams();
        if (!this.clock.skip(ms)) control!.sleep(ms);
      },
    }));
    const fuel = this.vm.exports.mps_fuel;
    this.control = control = new RunControl(fuel, () => this.vm.exports.mp_sched_keyboard_interrupt());

    if (image) {
      this.vm.loadImage(image, true);
    } else {
      // Initialisation is our code, not the guest's: a fixed internal budget.
      this.control.begin({ fuel: INTERNAL_LIMITS.fuel, deadline: Infinity, graceFuel: 0, graceMs: 0 });
      try {
        this.vm.initialise(config.pystackWords, config.heapInitialBytes);
      } finally {
        this.control.end();
      }
      const prelude = this.exec(PRELUDE, INTERNAL_LIMITS);
      if (!prelude.ok) throw new VmBrokenError(`the VM prelude failed: ${prelude.error?.traceback ?? ''}`);
    }
    this.peakMemory = this.vm.memory.size;
    this.setGcThreshold();
  }

  /**
   * Collect after this many bytes of allocation even if the heap is not full. The build sets
   * 16 KiB, which makes garbage-heavy loops spend most of their time collecting; an eighth of the
   * memory cap keeps collections rare while bounding how far garbage can grow the heap.
   */
  private setGcThreshold(): void {
    const bytes = Math.max(GC_THRESHOLD_MIN, Math.floor(this.memoryCap / 8));
    this.vm.memory.setU32(this.gcThresholdAddress, Math.floor(bytes / GC_BLOCK_BYTES));
  }

  get isBroken(): boolean {
    return this.state === 'broken';
  }

  /** Fuel used so far by the run in progress (or by the last run, between runs). */
  get currentFuelUsed(): number {
    return this.control.fuelUsed;
  }

  get memoryBytes(): number {
    return this.vm.memory.size;
  }

  /** The VM's guest state, for templates and snapshots. Only between runs. */
  captureImage(): VmImage {
    this.assertUsable();
    return this.vm.captureImage();
  }

  /**
   * Returns a used VM to the state in `image` (a pool reuses instances instead of creating new
   * ones). Only a VM whose memory never grew past the image's size can be reset: memory cannot
   * shrink, and its size must not tell the next guest anything about the previous one.
   */
  resetTo(image: VmImage): boolean {
    if (this.state !== 'ready' || this.vm.memory.size !== image.memoryBytes) return false;
    this.vm.loadImage(image, false);
    this.peakMemory = this.vm.memory.size;
    return true;
  }

  /** Drops the owner's host-side state (files, clock, random) before the VM goes back to a pool. */
  detachHost(): void {
    this.hostCalls = undefined;
    this.fs = denyAllFileSystem;
    this.clock = new RealClock();
    this.random = new CryptoRandom();
  }

  /** Swaps host-side state, e.g. when a pooled VM is handed to a new owner. */
  attachHost(parts: {
    fs?: GuestFileSystem; clock?: ClockSource; random?: RandomSource; memoryLimitBytes?: number; hostCalls?: GuestHostCalls;
  }): void {
    if (parts.hostCalls) this.hostCalls = parts.hostCalls;
    if (parts.fs) this.fs = parts.fs;
    if (parts.clock) this.clock = parts.clock;
    if (parts.random) this.random = parts.random;
    if (parts.memoryLimitBytes !== undefined) {
      this.memoryCap = parts.memoryLimitBytes;
      this.setGcThreshold();
    }
  }

  exec(code: string, limits: ExecLimits): ExecOutcome {
    if (typeof code !== 'string') throw new InvalidCodeError(`code must be a string, got ${typeof code}`);
    this.assertUsable();

    this.captured = undefined;
    const wrapped = limits.captureValue ? wrapLastExpression(code, '__mps_value__') : undefined;
    if (wrapped) {
      const outcome = this.execSource(wrapped.rewritten, limits);
      // The rewrite guessed wrong only if it does not compile; then nothing has run yet.
      if (!(outcome.error?.type === 'SyntaxError' && !/, in <module>/.test(outcome.error.traceback))) {
        return this.attachCapturedValue(outcome);
      }
    }
    return this.execSource(code, limits);
  }

  dispose(): void {
    this.state = 'disposed';
  }

  private assertUsable(): void {
    if (this.state === 'disposed') throw new SessionClosedError('interpreter');
    if (this.state === 'broken') throw new VmBrokenError();
    if (this.state === 'running') throw new InvalidCodeError('exec is not re-entrant');
  }

  /** Room below the cap for a new heap area, leaving a margin for malloc's own bookkeeping. */
  private flushStreams(): void {
    this.stdout.flush();
    this.stderr.flush();
  }

  private heapRoom(): number {
    // The collector asks only after a full collection left an allocation unsatisfied.
    this.reachedMemoryCap = true;
    const brk = this.vm.memory.getU32(this.brkAddress);
    return Math.max(0, Math.min(0x7fffffff, this.memoryCap - brk - HEAP_ROOM_MARGIN));
  }

  private onHostCall(args: readonly string[]): string {
    const [op, ...rest] = args;
    if (op === 'value' && rest.length === 2) {
      this.captured = {
        repr: rest[0]!.slice(0, MAX_CAPTURED_CHARS),
        json: rest[1]!.length <= MAX_CAPTURED_CHARS ? rest[1]! : '',
      };
      return '';
    }
    if (!this.hostCalls || op === undefined) return '';
    if (!this.hostCallsAllowed) return errorReply('HostError', 'host calls are only available while a run is in progress');
    const reply = this.hostCalls(op, rest, { deadline: this.control.deadline, stopRequested: () => this.control.stopRequested });
    // A call that ran out the clock: let the next loop header notice at once.
    if (reply === undefined && this.control.stopRequested) this.control.checkSoon();
    return reply ?? '';
  }

  private attachCapturedValue(outcome: ExecOutcome): ExecOutcome {
    const captured = this.captured;
    if (captured && outcome.ok) {
      outcome.valueRepr = captured.repr;
      if (captured.json !== '') outcome.valueJson = captured.json;
    }
    return outcome;
  }

  private execSource(code: string, limits: ExecLimits): ExecOutcome {
    const started = performance.now();
    this.stdout.reset(limits.stdoutBytes, limits.onStdout);
    this.stderr.reset(limits.stderrBytes, limits.onStderr);
    this.stdin.reset(limits.stdin);
    const source = GuestMemory.encode(code);
    const { exports, memory } = this.vm;

    const srcPtr = exports.malloc(source.length + 1);
    if (srcPtr === 0) {
      return this.finish(started, {
        type: 'MemoryError', message: 'no memory for the source code', traceback: 'MemoryError: no memory for the source code', reason: 'memory',
      });
    }
    memory.copyIn(srcPtr, source);
    memory.view8(srcPtr + source.length, 1)[0] = 0;

    // micropython.heap_lock() outlives the run that called it; left in place, the next run could
    // not even compile its code. Between runs no collection is in progress, so zero is right.
    memory.view8(this.gcLockDepthAddress, 2).fill(0);
    this.state = 'running';
    this.reachedMemoryCap = false;
    this.hostCallsAllowed = limits.allowHostCalls ?? true;
    this.control.begin({
      fuel: limits.fuel,
      deadline: started + limits.timeoutMs,
      cancelFlag: limits.cancelFlag,
      graceFuel: limits.graceFuel,
      graceMs: limits.graceMs,
    });
    let error: ExecError | undefined;
    try {
      exports.mp_js_do_exec(srcPtr, source.length, this.vm.outSlot);
      this.control.end();
      this.state = 'ready';
      error = this.readOutcome();
      exports.free(srcPtr);
    } catch (thrown) {
      this.control.end();
      this.state = 'broken';
      error = describeCrash(thrown);
    }

    const stop = this.control.stop;
    if (stop) {
      // An interrupt scheduled too late to be delivered must not hit the next run.
      if (!this.isBroken) memory.setU32(this.pendingExceptionAddress, 0);
      const info = STOP_ERROR_TYPES[stop.reason];
      error = {
        type: info.type,
        message: info.message,
        traceback: error?.traceback ?? '',
        ...(error?.line === undefined ? {} : { line: error.line }),
        stop: stop.kind,
        reason: stop.reason,
      };
    }
    return this.finish(started, error);
  }

  private finish(started: number, error: ExecError | undefined): ExecOutcome {
    const outcome: ExecOutcome = {
      ok: error === undefined,
      stdout: this.stdout.text(),
      stderr: this.stderr.text(),
      stdoutTruncated: this.stdout.truncated,
      stderrTruncated: this.stderr.truncated,
      fuelUsed: this.control.fuelUsed,
      durationMs: performance.now() - started,
      memoryBytes: this.peakMemory,
    };
    if (error) outcome.error = error;
    return outcome;
  }

  /** Decodes the result slot; frees what the guest allocated for us. */
  private readOutcome(): ExecError | undefined {
    const value = readMpValue(this.vm.memory, this.vm.outSlot);
    if (value.kind === 'exception') {
      this.vm.exports.free(value.pointer);
      const info = parseGuestException(value.type, value.text);
      // A MemoryError is the memory limit only if the run really pressed against the cap: the
      // guest can raise MemoryError itself, or define a class of that name.
      return value.type === 'MemoryError' && this.reachedMemoryCap ? { ...info, reason: 'memory' } : info;
    }
    if (value.kind === 'ref') this.vm.exports.proxy_c_free_obj(value.ref);
    return undefined;
  }
}

function describeCrash(thrown: unknown): ExecError {
  if (thrown instanceof HardStop) {
    return { type: 'HardStop', message: thrown.message, traceback: '', stop: 'hard', reason: thrown.reason };
  }
  const detail = thrown instanceof GuestAbort ? 'the interpreter aborted'
    : thrown instanceof GuestMemoryFault ? `the guest passed an invalid pointer: ${thrown.message}`
    : thrown instanceof WebAssembly.RuntimeError ? `the interpreter trapped: ${thrown.message}`
    : thrown instanceof RangeError ? `the interpreter overflowed the host stack: ${thrown.message}`
    : `the interpreter failed: ${String(thrown)}`;
  return { type: 'InterpreterCrash', message: detail, traceback: '', reason: 'crash', stop: 'hard' };
}

import { isMainThread } from 'node:worker_threads';
import type { CompiledEngine } from '../engine/module.js';
import { CryptoRandom, RealClock, type ClockSource, type RandomSource } from '../host/clock.js';
import { GuestMemory, GuestMemoryFault } from '../host/guest-memory.js';
import { OutputSink, type OutputListener } from '../host/output-sink.js';
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
import { Control, Result, VmInstance } from './vm-instance.js';

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
  /**
   * C stack the interpreter may use before recursion through C raises RecursionError. Default:
   * the whole shadow stack on a worker thread; less on the main thread, whose native stack is
   * smaller than what deep recursion in wasm needs.
   */
  cstackBytes?: number;
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
  /** The traceback was longer than the VM keeps and was cut. */
  tracebackTruncated?: boolean;
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

/** C stack allowed on the main thread, where V8's own stack (about 1 MB) is the limit. */
const MAIN_THREAD_CSTACK_BYTES = 160 * 1024;
/** Longest exception text (traceback) kept; the rest is cut and flagged. */
const MAX_ERROR_BYTES = 64 * 1024;

const SOURCE_NAME = '<stdin>';

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
  private fs: GuestFileSystem;
  private clock: ClockSource;
  private random: RandomSource;
  private memoryCap: number;
  private peakMemory = 0;
  private hostCallsAllowed = true;
  private captured: { repr: string; json: string } | undefined;
  private hostCalls: GuestHostCalls | undefined;
  private state: 'ready' | 'running' | 'broken' | 'disposed' = 'ready';

  /** A fresh VM: MicroPython initialised from scratch, or loaded from `image` when given. */
  constructor(engine: CompiledEngine, readonly config: VmConfig, image?: VmImage) {
    this.memoryCap = config.memoryLimitBytes;
    this.fs = config.fs ?? denyAllFileSystem;
    this.clock = config.clock ?? new RealClock();
    this.random = config.random ?? new CryptoRandom();
    let control: RunControl | undefined;
    this.vm = new VmInstance(engine, {
      stdio: { stdin: this.stdin, stdout: this.stdout, stderr: this.stderr },
      fs: () => this.fs,
      maxPathBytes: () => this.config.maxPathBytes ?? 4096,
      clock: () => this.clock,
      random: () => this.random,
      hostCall: (args) => {
        this.flushStreams();
        return this.onHostCall(args);
      },
      fuelExhausted: () => {
        this.flushStreams();
        return control!.onSliceExhausted();
      },
      sleep: (ms) => {
        this.flushStreams();
        if (!this.clock.skip(ms)) control!.sleep(ms);
      },
      afterHostWork: () => control?.checkClock(),
    });
    const memory = this.vm.memory;
    const fuelAddress = this.vm.control + Control.FUEL;
    this.control = control = new RunControl({
      get value() {
        return memory.getI32(fuelAddress);
      },
      set value(v: unknown) {
        memory.setI32(fuelAddress, v as number);
      },
    });

    if (image) {
      this.vm.loadImage(image, true);
      this.applyLimits();
    } else {
      this.applyLimits();
      // Initialisation is our code, not the guest's: a fixed internal budget.
      this.control.begin({ fuel: INTERNAL_LIMITS.fuel, deadline: Infinity, graceFuel: 0, graceMs: 0 });
      try {
        this.vm.initialise(config.heapInitialBytes, config.pystackWords * 4);
      } finally {
        this.control.end();
      }
      const prelude = this.exec(PRELUDE, INTERNAL_LIMITS);
      if (!prelude.ok) throw new VmBrokenError(`the VM prelude failed: ${prelude.error?.traceback ?? ''}`);
    }
    this.peakMemory = this.vm.memory.size;
  }

  /**
   * The memory cap, and the collection threshold that follows from it (native/port/main.c), and
   * how much C stack recursion may use.
   */
  private applyLimits(): void {
    const cstack = this.config.cstackBytes ?? (isMainThread ? MAIN_THREAD_CSTACK_BYTES : 0);
    this.vm.exports.mps_set_limits(Math.min(this.memoryCap, 2 ** 31), cstack);
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
      this.applyLimits();
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

  private flushStreams(): void {
    this.stdout.flush();
    this.stderr.flush();
  }

  private onHostCall(args: readonly string[]): string | undefined {
    const [op, ...rest] = args;
    if (op === 'value' && rest.length === 2) {
      this.captured = {
        repr: rest[0]!.slice(0, MAX_CAPTURED_CHARS),
        json: rest[1]!.length <= MAX_CAPTURED_CHARS ? rest[1]! : '',
      };
      return '';
    }
    if (!this.hostCalls || op === undefined) return undefined;
    if (!this.hostCallsAllowed) return errorReply('HostError', 'host calls are only available while a run is in progress');
    const reply = this.hostCalls(op, rest, { deadline: this.control.deadline, stopRequested: () => this.control.stopRequested });
    // A call that ran out the clock: let the next jump notice at once.
    if (reply === undefined && this.control.stopRequested) this.control.checkSoon();
    return reply;
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
    const name = GuestMemory.encode(SOURCE_NAME);
    const { exports, memory } = this.vm;

    const srcPtr = exports.mps_alloc(source.length + name.length + 1);
    if (srcPtr === 0) {
      return this.finish(started, {
        type: 'MemoryError', message: 'no memory for the source code', traceback: 'MemoryError: no memory for the source code', reason: 'memory',
      });
    }
    memory.copyIn(srcPtr, source);
    memory.copyIn(srcPtr + source.length, name);

    this.state = 'running';
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
      const status = exports.mps_exec(srcPtr, source.length, srcPtr + source.length, name.length, MAX_ERROR_BYTES);
      this.control.end();
      this.state = 'ready';
      exports.mps_free(srcPtr);
      error = status === 0 ? undefined : this.readException();
    } catch (thrown) {
      this.control.end();
      this.state = 'broken';
      error = describeCrash(thrown, this.isBroken ? memory.getU32(this.vm.control + Control.ABORT_REASON) : 0);
    }
    this.peakMemory = Math.max(this.peakMemory, memory.size);

    const stop = this.control.stop;
    if (stop) {
      const info = STOP_ERROR_TYPES[stop.reason];
      error = {
        type: info.type,
        message: info.message,
        traceback: error?.traceback ?? '',
        ...(error?.line === undefined ? {} : { line: error.line }),
        ...(error?.tracebackTruncated ? { tracebackTruncated: true } : {}),
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

  /** The uncaught exception the last exec reported (native/port/main.c, mps_result_t). */
  private readException(): ExecError {
    const { memory } = this.vm;
    const at = this.vm.result;
    const type = memory.readString(memory.getU32(at + Result.TYPE), memory.getU32(at + Result.TYPE_LEN));
    const text = memory.readString(memory.getU32(at + Result.TEXT), memory.getU32(at + Result.TEXT_LEN));
    const info: ExecError = parseGuestException(type, text);
    if (memory.getU32(at + Result.TRUNCATED) !== 0) {
      info.tracebackTruncated = true;
      // The cut fell before the exception's own line (a deep traceback): no message survived,
      // only the start of a frame line, which is not one.
      if (!info.traceback.split('\n').pop()!.startsWith(type)) info.message = '';
    }
    // A MemoryError is the memory limit only if the run really pressed against the cap: the
    // guest can raise MemoryError itself, or define a class of that name.
    if (type === 'MemoryError' && memory.getU32(this.vm.control + Control.MEMORY_REFUSED) !== 0) info.reason = 'memory';
    return info;
  }
}

/** Why the VM trapped on purpose (native/port/fuel.h MPS_ABORT_*). */
const ABORT_REASONS: Record<number, string> = {
  1: 'an exception escaped every handler',
  2: 'the interpreter hit a fatal error',
  3: 'an internal assertion failed',
};

function describeCrash(thrown: unknown, abortReason: number): ExecError {
  if (thrown instanceof HardStop) {
    return { type: 'HardStop', message: thrown.message, traceback: '', stop: 'hard', reason: thrown.reason };
  }
  const aborted = ABORT_REASONS[abortReason];
  const detail = aborted ? `the interpreter aborted: ${aborted}`
    : thrown instanceof GuestMemoryFault ? `the guest passed an invalid pointer: ${thrown.message}`
    : thrown instanceof WebAssembly.RuntimeError ? `the interpreter trapped: ${thrown.message}`
    : thrown instanceof RangeError ? `the interpreter overflowed the host stack: ${thrown.message}`
    : `the interpreter failed: ${String(thrown)}`;
  return { type: 'InterpreterCrash', message: detail, traceback: '', reason: 'crash', stop: 'hard' };
}

import { CryptoRandom, FuelClock, RealClock, SeededRandom, type ClockSource } from '../host/clock.js';
import type { ExecLimits, ExecOutcome, GuestHostCalls, Interpreter } from '../interpreter/interpreter.js';
import { GRANT_NETWORK_CODE, registerHostFunctionsCode } from '../interpreter/prelude.js';
import { decodeSnapshot, encodeSnapshot, type SessionState } from '../interpreter/snapshot-codec.js';
import { Interpreter as InterpreterClass } from '../interpreter/interpreter.js';
import type { VmPool } from '../interpreter/vm-pool.js';
import { HostFunctionError, SandboxError, SnapshotError, VmBrokenError } from '../core/errors.js';
import { VirtualFileSystem } from '../vfs/virtual-file-system.js';
import type { SessionConfig } from './session-config.js';

/**
 * One session as its worker sees it: a VM, its filesystem and host-side state, and the last good
 * state to fall back on. A hard stop leaves the VM unusable; the next step rebuilds it from the
 * last good state (taken after every run that ended cleanly or with a soft stop), so the caller
 * never sees a broken session, and the result says what happened.
 */

export type Recovery = 'snapshot' | 'reset';

export interface SessionRunOutcome {
  outcome: ExecOutcome;
  /** Set when a hard stop discarded the VM: how the session was rebuilt. */
  recovered?: Recovery;
}

const RESEED = "exec(compile('import random\\nrandom.seed()', '<sandbox>', 'exec'), {})";
/**
 * The sandbox's own code in a session's VM (installing host functions, reseeding `random` after a
 * restore) runs outside any run, under these limits and with host calls refused: the guest may
 * have replaced the modules it uses, and must not get to run code on the host's time then.
 */
const SETUP_LIMITS: ExecLimits = {
  fuel: 10_000_000, timeoutMs: 1_000, stdoutBytes: 0, stderrBytes: 0, graceFuel: 0, graceMs: 0, allowHostCalls: false,
};

interface DeterministicState {
  seedState: number;
  fuelBase: number;
  slept: number;
}

/** Called with each new last good state (bytes in a SharedArrayBuffer, never written again). */
export type StateListener = (bytes: Uint8Array) => void;

/** Copies bytes into shared memory, so the main thread can hold them past this thread's life. */
function shared(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}

/**
 * A VM restored from an image may hold file objects opened before the image was taken; when one
 * is collected, its finalizer closes its descriptor number. So each restore numbers descriptors
 * in a range no earlier generation used (wrapping long before numbers leave 2^30).
 */
function nextFdGeneration(state: SessionState, config: SessionConfig): number {
  const previous = state.host['fdGeneration'];
  const generations = Math.max(2, Math.floor(2 ** 30 / Math.max(1, config.fsLimits.maxOpenFiles)));
  const g = typeof previous === 'number' && Number.isSafeInteger(previous) && previous >= 0 ? previous : 0;
  return (g + 1) % generations;
}

export class SessionVm {
  /**
   * The live VM, or none while the session hibernates: an idle session's VM is then freed, and
   * its last good state (which is exactly that VM, see `hibernate`) brings it back on first use.
   */
  private current: Interpreter | undefined;
  private get vm(): Interpreter {
    this.current ??= this.wake();
    return this.current;
  }
  private set vm(vm: Interpreter) {
    this.current = vm;
  }
  private fs: VirtualFileSystem;
  /**
   * The last good state, in shared memory: the main thread keeps a reference to the same bytes
   * (see `onState`), so the session survives the loss of this worker and can move to another.
   */
  private lastGood: Uint8Array | undefined;
  /** Told of every new last good state; set by the worker right after construction. */
  onState: StateListener | undefined;
  private fuelBase = 0;
  /** Descriptor numbering of the current filesystem (see VirtualFileSystemOptions.fdGeneration). */
  private fdGeneration = 0;
  private random: SeededRandom | undefined;
  private readonly clock: ClockSource;
  private closed = false;

  private constructor(
    private readonly pool: VmPool,
    private readonly config: SessionConfig,
    private readonly hostCalls: GuestHostCalls | undefined,
    state?: SessionState,
  ) {
    const fsOptions = { mounts: config.mounts, limits: config.fsLimits };
    if (state) this.fdGeneration = nextFdGeneration(state, config);
    this.fs = state
      ? VirtualFileSystem.importState(state.fsState, { ...fsOptions, fdGeneration: this.fdGeneration })
      : new VirtualFileSystem({ ...fsOptions, files: config.files });
    const det = config.deterministic;
    this.clock = det ? new FuelClock(det.epochMs, () => this.fuelBase + this.vm.currentFuelUsed) : new RealClock();
    if (det) {
      this.random = new SeededRandom(det.seed);
      if (state) this.restoreDeterministic(state);
    }
    if (state) {
      // A guest that replaced `random` or `host` before the snapshot only breaks itself: setup
      // that fails leaves the VM as the snapshot had it.
      const reload = () => {
        this.vm.dispose();
        this.vmFromImage(state);
      };
      this.vm = this.vmFromImage(state);
      // The image must compute, not only run: arithmetic and a C-raised exception, with no name
      // the guest could have rebound (a tampered image that still runs `pass` can be garbage).
      const probe = this.vm.exec('(6 * 7 == 42) or 1 // 0', SETUP_LIMITS);
      if (this.vm.isBroken || !probe.ok) {
        throw new SnapshotError(`the snapshot's VM image does not work: ${(probe.error?.type ?? '').slice(0, 60)}`);
      }
      if (!config.deterministic) this.setup(RESEED, reload);
      this.applyGrants(reload);
    } else {
      this.vm = this.freshVm();
      this.applyGrantsToFreshVm();
    }
    if (config.recovery) this.lastGood = shared(this.encode(true));
  }

  static create(pool: VmPool, config: SessionConfig, hostCalls?: GuestHostCalls): SessionVm {
    return new SessionVm(pool, config, hostCalls);
  }

  /**
   * The digest only proves a snapshot intact, not that we wrote it: anyone can edit and re-seal
   * one. So everything in it is checked against this session's own limits, and the image must
   * run before the session is accepted.
   */
  static restore(pool: VmPool, config: SessionConfig, bytes: Uint8Array, hostCalls?: GuestHostCalls): SessionVm {
    const state = decodeSnapshot(bytes, pool.templateBase);
    if (state.image.moduleSha256 !== pool.templateImage.moduleSha256) {
      throw new SnapshotError('the snapshot was taken with a different MicroPython build');
    }
    if (state.image.memoryBytes > config.memoryLimit) {
      throw new SnapshotError(`the snapshot holds ${state.image.memoryBytes} bytes of memory, more than this session's memoryLimit (${config.memoryLimit})`);
    }
    try {
      return new SessionVm(pool, config, hostCalls, state);
    } catch (error) {
      if (SandboxError.isInstance(error) && !(error instanceof VmBrokenError)) throw error;
      throw new SnapshotError(`the snapshot's VM image is damaged: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * Runs setup code; false when it failed (the guest tampered with what it uses). A VM the setup
   * left broken (hard-stopped) is replaced by `onBroken`.
   */
  private setup(code: string, onBroken: () => void): boolean {
    const outcome = this.vm.exec(code, SETUP_LIMITS);
    if (this.vm.isBroken) onBroken();
    return outcome.ok;
  }

  /** Makes granted host functions and network modules visible in the VM (idempotent). */
  private applyGrants(onBroken: () => void): boolean {
    let ok = true;
    if (this.config.hostFunctions.length > 0) {
      ok = this.setup(registerHostFunctionsCode(this.config.hostFunctions, this.config.maxHostCallArgBytes), onBroken);
    }
    if (this.config.network) ok = this.setup(GRANT_NETWORK_CODE, onBroken) && ok;
    return ok;
  }

  /** Grants into a VM no guest code has touched: failure here is a bug, not tampering. */
  private applyGrantsToFreshVm(): void {
    const fail = () => {
      throw new Error('installing host grants in a fresh VM failed');
    };
    if (!this.applyGrants(fail)) fail();
  }

  /**
   * Adds host functions to a live session. The grant itself lives on the main thread; this
   * installs the names in the guest, which fails only if the guest broke its own `host` module.
   */
  expose(names: readonly string[]): void {
    if (!this.setup(registerHostFunctionsCode(names, this.config.maxHostCallArgBytes), () => this.rebuild())) {
      throw new HostFunctionError("the functions could not be installed in the session (nothing was granted): guest code replaced or broke its 'host' module");
    }
    // Only an installed grant is remembered (a rebuild or fork installs it again).
    for (const name of names) if (!this.config.hostFunctions.includes(name)) this.config.hostFunctions.push(name);
    this.save();
  }

  /** Takes the current state as the last good one (after a good run, a grant, a host-side write). */
  save(): void {
    if (!this.config.recovery) return;
    this.lastGood = shared(this.encode(true));
    this.onState?.(this.lastGood);
  }

  /** The last good state (shared bytes), if the session keeps one. */
  get lastGoodState(): Uint8Array | undefined {
    return this.lastGood;
  }

  private hostParts() {
    return {
      ...(this.hostCalls ? { hostCalls: this.hostCalls } : {}),
      fs: this.fs,
      clock: this.clock,
      random: this.random ?? new CryptoRandom(),
      memoryLimitBytes: this.config.memoryLimit,
    };
  }

  private freshVm(): Interpreter {
    const vm = this.pool.acquire({ memoryLimitBytes: this.config.memoryLimit });
    this.vm = vm;
    vm.attachHost(this.hostParts());
    return vm;
  }

  private vmFromImage(state: SessionState): Interpreter {
    const vm = new InterpreterClass(this.pool.artifact, this.pool.configFor(this.config.memoryLimit), state.image);
    this.vm = vm;
    vm.attachHost(this.hostParts());
    return vm;
  }

  /** Linear memory of the live VM (none while hibernating). */
  get memoryBytes(): number {
    return this.current?.memoryBytes ?? 0;
  }

  get isLive(): boolean {
    return this.current !== undefined;
  }

  /**
   * Frees the VM of an idle session, keeping only its last good state (stored relative to the
   * template, so a few tens of KiB for a typical session instead of the VM's memory). Only when
   * that state is the VM's current one: it is saved after every good run, grant and host-side
   * write, so this holds between requests unless the session keeps no state (recovery off).
   */
  hibernate(): boolean {
    if (!this.current || !this.lastGood || this.current.isBroken || this.closed) return false;
    this.pool.release(this.current);
    this.current = undefined;
    return true;
  }

  /** The kept state (relative to the template) as a session state. */
  private decodeLastGood(bytes: Uint8Array): SessionState {
    // A private copy: the shared bytes are never written, and decoding wants its own buffer.
    return decodeSnapshot(bytes.slice(), this.pool.templateBase);
  }

  private wake(): Interpreter {
    if (!this.lastGood) throw new VmBrokenError('the session has no state to resume from');
    return this.vmFromImage(this.decodeLastGood(this.lastGood));
  }

  /** Bytes held for recovery (the encoded last good state). */
  get recoveryBytes(): number {
    return this.lastGood?.length ?? 0;
  }

  run(code: string, limits: ExecLimits): SessionRunOutcome {
    const outcome = this.vm.exec(code, limits);
    if (this.config.deterministic) this.fuelBase += outcome.fuelUsed;
    if (!this.vm.isBroken) {
      this.save();
      return { outcome };
    }
    return { outcome, recovered: this.rebuild() };
  }

  /** Replaces a broken VM: from the last good state when kept, else a fresh one. */
  private rebuild(): Recovery {
    this.vm.dispose();
    if (this.lastGood) {
      const state = this.decodeLastGood(this.lastGood);
      this.fs.dispose();
      this.fdGeneration = nextFdGeneration(state, this.config);
      this.fs = VirtualFileSystem.importState(state.fsState, { mounts: this.config.mounts, limits: this.config.fsLimits, fdGeneration: this.fdGeneration });
      this.restoreDeterministic(state);
      this.vm = this.vmFromImage(state);
      return 'snapshot';
    }
    this.fs.dispose();
    this.fdGeneration = 0;
    this.fs = new VirtualFileSystem({ mounts: this.config.mounts, limits: this.config.fsLimits, files: this.config.files });
    this.vm = this.freshVm();
    this.applyGrantsToFreshVm();
    return 'reset';
  }

  private restoreDeterministic(state: SessionState): void {
    const det = state.host['deterministic'] as DeterministicState | undefined;
    if (!this.config.deterministic || !det) return;
    if (![det.seedState, det.fuelBase, det.slept].every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw new SnapshotError('the snapshot carries malformed deterministic state');
    }
    this.random = new SeededRandom(det.seedState);
    this.fuelBase = det.fuelBase;
    if (this.clock instanceof FuelClock) this.clock.slept = det.slept;
  }

  /**
   * `againstTemplate`: store only the pages that differ from the template every worker's VMs start
   * from (the last good state a session keeps); snapshots handed out are complete.
   */
  private encode(againstTemplate = false): Uint8Array {
    const host: Record<string, unknown> = { fdGeneration: this.fdGeneration };
    if (this.random) {
      const slept = this.clock instanceof FuelClock ? this.clock.slept : 0;
      host['deterministic'] = { seedState: this.random.seedState, fuelBase: this.fuelBase, slept } satisfies DeterministicState;
    }
    return encodeSnapshot({ image: this.vm.captureImage(), fsState: this.fs.exportState(), host }, againstTemplate ? this.pool.templateBase : undefined);
  }

  snapshot(): Uint8Array {
    return this.encode();
  }

  fork(hostCalls?: GuestHostCalls): SessionVm {
    return SessionVm.restore(this.pool, { ...this.config, hostFunctions: [...this.config.hostFunctions] }, this.encode(), hostCalls);
  }

  get configuration(): SessionConfig {
    return this.config;
  }

  get filesystem(): VirtualFileSystem {
    return this.fs;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.current) this.pool.release(this.current);
    this.current = undefined;
    this.fs.dispose();
    this.lastGood = undefined;
  }
}

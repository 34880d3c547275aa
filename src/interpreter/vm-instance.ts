import type { CompiledEngine } from '../engine/module.js';
import { GuestMemory } from '../host/guest-memory.js';
import { buildImports, selectImports, type HostContext, type HostImports } from '../host/imports.js';
import { SnapshotError, VmBrokenError } from '../core/errors.js';
import { allZero, wordsOf, type VmImage } from './vm-image.js';

/**
 * One instantiated module: its exports, its memory, and the low-level steps that bring it to a
 * usable state, either by running MicroPython's initialisation or by loading a VM image. The
 * exports are the ones native/port/main.c lists.
 */

export interface MicroPythonExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  mps_init(heapBytes: number, pystackBytes: number): number;
  mps_set_limits(memoryCap: number, cstackBytes: number): void;
  mps_exec(src: number, len: number, name: number, nameLen: number, maxErrorBytes: number): number;
  mps_alloc(n: number): number;
  mps_free(ptr: number): void;
  mps_control_block(): number;
  mps_result_block(): number;
  mps_layout(): number;
  /** Lowest shadow-stack pointer reached since it was last reset (tools/build-wasm/stack-watermark.ts). */
  mps_stack_low: WebAssembly.Global;
}

/** Where things are in linear memory (mps_layout_t in native/port/main.c). */
export interface MemoryLayout {
  /** The shadow stack is [stackLow, stackHigh); it grows down from stackHigh. */
  stackLow: number;
  stackHigh: number;
  /** Static data is [stackHigh, heapBase); the heap starts at heapBase. */
  heapBase: number;
  /**
   * [stackHigh, readOnlyEnd) is the module's read-only data, the same in every instance and
   * image: loading an image skips it (stackHigh when the manifest does not say).
   */
  readOnlyEnd: number;
}

/** Offsets in mps_control_t (native/port/fuel.h). */
export const Control = { FUEL: 0, MEMORY_CAP: 4, MEMORY_REFUSED: 8, HEAP_BREAK: 12, ABORT_REASON: 16 } as const;
/** Offsets in mps_result_t (native/port/main.c). */
export const Result = { STATUS: 0, TYPE: 4, TYPE_LEN: 8, TEXT: 12, TEXT_LEN: 16, TRUNCATED: 20 } as const;

const PAGE = 65536;

export class VmInstance {
  readonly exports: MicroPythonExports;
  readonly memory: GuestMemory;
  readonly control: number;
  readonly result: number;
  readonly layout: MemoryLayout;
  private readonly host: HostImports;

  constructor(readonly engine: CompiledEngine, context: Omit<HostContext, 'memory'>) {
    let exports: MicroPythonExports | undefined;
    this.memory = new GuestMemory(() => exports!.memory);
    this.host = buildImports({ ...context, memory: this.memory });
    exports = new WebAssembly.Instance(engine.module, selectImports(engine.module, this.host.imports)).exports as unknown as MicroPythonExports;
    this.exports = exports;
    this.exports._initialize();
    this.control = this.exports.mps_control_block();
    this.result = this.exports.mps_result_block();
    const at = this.exports.mps_layout();
    const stackHigh = this.memory.getU32(at + 4);
    const heapBase = this.memory.getU32(at + 8);
    const readOnlyEnd = engine.manifest.layout?.readOnlyEnd ?? stackHigh;
    this.layout = {
      stackLow: this.memory.getU32(at),
      stackHigh,
      heapBase,
      readOnlyEnd: Number.isInteger(readOnlyEnd) && readOnlyEnd >= stackHigh && readOnlyEnd <= heapBase ? readOnlyEnd : stackHigh,
    };
  }

  /** Runs MicroPython's own initialisation (a fresh VM, not from an image). */
  initialise(heapBytes: number, pystackBytes: number): void {
    if (this.exports.mps_init(heapBytes, pystackBytes) !== 0) throw new VmBrokenError('MicroPython could not allocate its heap');
  }

  /** Per-run host state tied to this VM is dropped (e.g. directory listings in progress). */
  resetHostState(): void {
    this.host.reset();
  }

  /** The heap break: every byte the VM has used lies below it (it never moves down). */
  private usedBytes(): number {
    return Math.min(this.memory.size, Math.max(this.layout.heapBase, this.memory.getU32(this.control + Control.HEAP_BREAK)));
  }

  /** The lowest address of the stack any run has touched since the last wipe. */
  private stackTouchedFrom(): number {
    const low = (this.exports.mps_stack_low.value as number) >>> 0;
    return Math.max(this.layout.stackLow, Math.min(low, this.layout.stackHigh));
  }

  /**
   * The image of this VM between runs. The stack region is all zero in it: between runs nothing
   * lives there, and what a run left below the stack pointer is nobody's business.
   */
  captureImage(): VmImage {
    const used = this.memory.copyOut(0, this.usedBytes());
    used.fill(0, 0, this.layout.stackHigh);
    return { moduleSha256: this.engine.manifest.wasm.sha256, memoryBytes: this.memory.size, used };
  }

  /**
   * Loads an image into this instance, whose memory must not be larger than the image's.
   * `fresh` says the memory has never been written (a new instance): zero pages of the image are
   * then skipped, which spares the page faults of touching memory that would stay zero anyway.
   */
  loadImage(image: VmImage, fresh: boolean): void {
    if (image.moduleSha256 !== this.engine.manifest.wasm.sha256) {
      throw new SnapshotError('the image was taken from a different MicroPython build');
    }
    if (image.memoryBytes % PAGE !== 0 || image.used.length > image.memoryBytes || image.memoryBytes > 2 ** 31) {
      throw new SnapshotError('the image has an impossible memory layout');
    }
    const { stackHigh, heapBase, readOnlyEnd } = this.layout;
    if (image.used.length < heapBase) throw new SnapshotError('the image is smaller than the module\'s own static data');
    const current = this.memory.size;
    if (current > image.memoryBytes) throw new VmBrokenError('cannot load an image into a larger memory');
    const touched = this.usedBytes();
    if (current < image.memoryBytes) this.exports.memory.grow((image.memoryBytes - current) / PAGE);
    const bytes = this.memory.u8();
    if (fresh) {
      // A new instance holds its static data and zeros: copy the writable static data whole,
      // then only the heap chunks that are not zero.
      bytes.set(image.used.subarray(readOnlyEnd, heapBase), readOnlyEnd);
      copyNonZeroChunks(image.used, bytes, heapBase);
    } else {
      // Only what a run can have written differs from the image: the stack it used, the
      // writable static data, and the heap up to the highest break it reached.
      bytes.fill(0, this.stackTouchedFrom(), stackHigh);
      bytes.set(image.used.subarray(readOnlyEnd), readOnlyEnd);
      if (touched > image.used.length) bytes.fill(0, image.used.length, touched);
    }
    this.exports.mps_stack_low.value = stackHigh;
    this.host.reset();
  }

  /** Wipes the stack a run used (nothing lives below the stack pointer between runs). */
  wipeStack(): void {
    this.memory.u8().fill(0, this.stackTouchedFrom(), this.layout.stackHigh);
    this.exports.mps_stack_low.value = this.layout.stackHigh;
  }
}

const CHUNK = 4096;

function copyNonZeroChunks(from: Uint8Array, to: Uint8Array, begin: number): void {
  const words = wordsOf(from);
  for (let start = begin; start < from.length; start += CHUNK) {
    const end = Math.min(from.length, start + CHUNK);
    if (!words || end - start < CHUNK || !allZero(words, start, end)) to.set(from.subarray(start, end), start);
  }
}

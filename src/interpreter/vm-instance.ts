import type { CompiledArtifact } from '../artifact/module-cache.js';
import { GuestMemory } from '../host/guest-memory.js';
import { buildImports, selectImports, type HostContext } from '../host/imports.js';
import type { BridgeExports } from '../host/js-bridge.js';
import { VALUE_SLOT_BYTES } from '../host/proxy-values.js';
import { SnapshotError, VmBrokenError } from '../core/errors.js';
import type { VmImage } from './vm-image.js';

/**
 * One instantiated module: its exports, its memory, and the low-level steps that bring it to a
 * usable state, either by running MicroPython's initialisation or by loading a VM image.
 */

export interface MicroPythonExports extends BridgeExports {
  memory: WebAssembly.Memory;
  __wasm_call_ctors(): void;
  mp_js_init(pystackWords: number, heapBytes: number): void;
  proxy_c_init(): void;
  mp_js_do_exec(src: number, len: number, out: number): void;
  mp_sched_keyboard_interrupt(): void;
  mps_fuel: WebAssembly.Global;
  [global: `mps_${string}`]: WebAssembly.Global;
}

const PAGE = 65536;

export class VmInstance {
  readonly exports: MicroPythonExports;
  readonly memory: GuestMemory;
  outSlot = 0;

  constructor(
    readonly artifact: CompiledArtifact,
    context: (memory: GuestMemory, exports: () => MicroPythonExports) => Omit<HostContext, 'memory' | 'exports' | 'rawMemory'>,
  ) {
    let exports: MicroPythonExports | undefined;
    const getExports = (): MicroPythonExports => exports!;
    this.memory = new GuestMemory(() => getExports().memory);
    const imports = buildImports({
      ...context(this.memory, getExports),
      memory: this.memory,
      rawMemory: () => getExports().memory,
      exports: getExports,
    });
    exports = new WebAssembly.Instance(artifact.module, selectImports(artifact.module, imports)).exports as unknown as MicroPythonExports;
    this.exports = exports;
  }

  /** Runs the C constructors and MicroPython's own initialisation. */
  initialise(pystackWords: number, heapBytes: number): void {
    this.exports.__wasm_call_ctors();
    this.exports.mp_js_init(pystackWords, heapBytes);
    this.exports.proxy_c_init();
    this.outSlot = this.exports.malloc(VALUE_SLOT_BYTES);
    if (this.outSlot === 0) throw new VmBrokenError('the VM could not allocate its result slot');
  }

  private global(name: string): WebAssembly.Global {
    const global = this.exports[name as `mps_${string}`];
    if (!global) throw new VmBrokenError(`the module does not export ${name}`);
    return global;
  }

  /** The heap break: every byte the VM uses lies below it. */
  private usedBytes(): number {
    const brk = this.memory.getU32(this.artifact.manifest.brkAddress);
    return Math.min(this.memory.size, Math.max(brk, this.artifact.manifest.heapBase));
  }

  captureImage(): VmImage {
    const globals: Record<string, number> = {};
    for (const name of this.artifact.manifest.mutableGlobalExports) {
      globals[name] = this.global(name).value as number;
    }
    return {
      moduleSha256: this.artifact.manifest.outputSha256,
      memoryBytes: this.memory.size,
      used: this.memory.copyOut(0, this.usedBytes()),
      globals,
      outSlot: this.outSlot,
    };
  }

  /**
   * Loads an image into this instance, whose memory must not be larger than the image's.
   * `fresh` says the memory has never been written (a new instance): zero pages of the image are
   * then skipped, which spares the page faults of touching memory that would stay zero anyway.
   */
  loadImage(image: VmImage, fresh: boolean): void {
    if (image.moduleSha256 !== this.artifact.manifest.outputSha256) {
      throw new SnapshotError('the image was taken from a different MicroPython build');
    }
    const expected = this.artifact.manifest.mutableGlobalExports;
    if (Object.keys(image.globals).length !== expected.length || !expected.every((g) => Number.isInteger(image.globals[g]))) {
      throw new SnapshotError('the image does not carry the expected VM globals');
    }
    if (image.memoryBytes % PAGE !== 0 || image.used.length > image.memoryBytes || image.memoryBytes > 2 ** 31
      || image.outSlot < 0 || image.outSlot + VALUE_SLOT_BYTES > image.used.length) {
      throw new SnapshotError('the image has an impossible memory layout');
    }
    const current = this.memory.size;
    if (current > image.memoryBytes) throw new VmBrokenError('cannot load an image into a larger memory');
    if (current < image.memoryBytes) this.exports.memory.grow((image.memoryBytes - current) / PAGE);
    const bytes = this.memory.u8();
    if (fresh) {
      copyNonZeroChunks(image.used, bytes);
    } else {
      bytes.set(image.used, 0);
      bytes.fill(0, image.used.length);
    }
    for (const name of expected) this.global(name).value = image.globals[name];
    this.outSlot = image.outSlot;
  }
}

const CHUNK = 4096;

function copyNonZeroChunks(from: Uint8Array, to: Uint8Array): void {
  const words = new Uint32Array(from.buffer, from.byteOffset, Math.floor(from.length / 4));
  for (let start = 0; start < from.length; start += CHUNK) {
    const end = Math.min(from.length, start + CHUNK);
    let nonZero = end - start < CHUNK || from.byteOffset % 4 !== 0;
    for (let w = start / 4; !nonZero && w < end / 4; w++) if (words[w] !== 0) nonZero = true;
    if (nonZero) to.set(from.subarray(start, end), start);
  }
}

import type { CompiledEngine } from '../engine/module.js';
import { HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../core/limits.js';
import { Interpreter, type VmConfig } from './interpreter.js';
import type { VmImage } from './vm-image.js';
import { baseImage, type BaseImage } from './snapshot-codec.js';

/**
 * Fresh VMs, fast. MicroPython is initialised once per process into a template image; a fresh VM
 * is either a new instance loaded from that image or, faster, a finished VM reset to it. Only VMs
 * whose memory never grew are reset and reused, so nothing of a previous guest (not even its
 * memory size) reaches the next one.
 */
export class VmPool {
  private readonly template: VmImage;
  private readonly idle: Interpreter[] = [];

  constructor(
    readonly artifact: CompiledEngine,
    private readonly maxIdle = 4,
  ) {
    const seed = new Interpreter(artifact, this.configFor(64 * 1024 * 1024));
    this.template = seed.captureImage();
    seed.dispose();
  }

  get templateImage(): VmImage {
    return this.template;
  }

  private base: BaseImage | undefined;

  /** The template as a base for compact snapshots (only pages that differ from it are stored). */
  get templateBase(): BaseImage {
    this.base ??= baseImage(this.template);
    return this.base;
  }

  /** The VM configuration every pooled VM shares, with the given memory cap. */
  configFor(memoryLimitBytes: number): VmConfig {
    return { memoryLimitBytes, heapInitialBytes: HEAP_INITIAL_BYTES, pystackWords: PYSTACK_WORDS };
  }

  /** A VM in the template state, configured for `config` (its host parts are attached here). */
  acquire(config: Omit<VmConfig, 'heapInitialBytes' | 'pystackWords'>): Interpreter {
    const vm = this.idle.pop() ?? new Interpreter(this.artifact, this.configFor(config.memoryLimitBytes), this.template);
    vm.attachHost({
      memoryLimitBytes: config.memoryLimitBytes,
      ...(config.fs ? { fs: config.fs } : {}),
      ...(config.clock ? { clock: config.clock } : {}),
      ...(config.random ? { random: config.random } : {}),
    });
    return vm;
  }

  /** VMs ready to hand out at once. */
  get idleCount(): number {
    return this.idle.length;
  }

  /** Creates idle VMs ahead of demand (call when the thread has nothing else to do). */
  prewarm(count = this.maxIdle): void {
    while (this.idle.length < Math.min(count, this.maxIdle)) {
      this.idle.push(new Interpreter(this.artifact, this.configFor(64 * 1024 * 1024), this.template));
    }
  }

  /** Takes back a VM that is no longer needed; keeps it only if it can be reset cleanly. */
  release(vm: Interpreter): void {
    if (this.idle.length < this.maxIdle && vm.resetTo(this.template)) {
      vm.detachHost();
      this.idle.push(vm);
    } else {
      vm.dispose();
    }
  }
}

import type { CompiledArtifact } from '../artifact/module-cache.js';
import { HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../sandbox/limits.js';
import { Interpreter, type VmConfig } from './interpreter.js';
import type { VmImage } from './vm-image.js';

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
    private readonly artifact: CompiledArtifact,
    private readonly maxIdle = 4,
  ) {
    const seed = new Interpreter(artifact, this.baseConfig(64 * 1024 * 1024));
    this.template = seed.captureImage();
    seed.dispose();
  }

  get templateImage(): VmImage {
    return this.template;
  }

  private baseConfig(memoryLimitBytes: number): VmConfig {
    return { memoryLimitBytes, heapInitialBytes: HEAP_INITIAL_BYTES, pystackWords: PYSTACK_WORDS };
  }

  /** A VM in the template state, configured for `config` (its host parts are attached here). */
  acquire(config: Omit<VmConfig, 'heapInitialBytes' | 'pystackWords'>): Interpreter {
    const vm = this.idle.pop() ?? new Interpreter(this.artifact, this.baseConfig(config.memoryLimitBytes), this.template);
    vm.attachHost({
      memoryLimitBytes: config.memoryLimitBytes,
      ...(config.fs ? { fs: config.fs } : {}),
      ...(config.clock ? { clock: config.clock } : {}),
      ...(config.random ? { random: config.random } : {}),
    });
    return vm;
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

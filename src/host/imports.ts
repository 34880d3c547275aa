import { ArtifactError } from '../core/errors.js';
import type { GuestFileSystem } from '../vfs/types.js';
import { createClockImports, type ClockSource, type RandomSource } from './clock.js';
import { createFileImports } from './files.js';
import type { GuestMemory } from './guest-memory.js';
import { createHostCallImports, type HostCallHandler } from './host-call.js';
import { createStdioImports, type StdioPorts } from './stdio.js';

/**
 * The whole attack surface in one place: the `mps` import object handed to our module. It lists
 * exactly the functions native/port/imports.h declares (SECURITY.md says what each may do);
 * `selectImports` refuses a module that asks for anything else. No import calls back into the
 * module: the GC-safety design relies on it (native/port/memory.c).
 */

export interface HostContext {
  memory: GuestMemory;
  stdio: StdioPorts;
  fs: () => GuestFileSystem;
  maxPathBytes: () => number;
  clock: () => ClockSource;
  random: () => RandomSource;
  /** The fuel slice ran out: refill it; true asks for a soft stop; may throw a hard stop. */
  fuelExhausted: () => boolean;
  sleep: (ms: number) => void;
  hostCall: HostCallHandler;
  /**
   * Called after every import that did host work (files, stdio, host calls): if the run's
   * deadline passed or it was cancelled meanwhile, the VM is made to check at its next step
   * instead of at the end of its fuel slice. Host work is charged fuel too, but the clock is
   * what bounds a run: this keeps a run of expensive imports within its time limit.
   */
  afterHostWork?: () => void;
}

/** Wraps each import so `after` runs when it returns (or throws). */
function checked<T extends Record<string, (...args: never[]) => unknown>>(functions: T, after: (() => void) | undefined): T {
  if (!after) return functions;
  const out: Record<string, (...args: never[]) => unknown> = {};
  for (const [name, fn] of Object.entries(functions)) {
    out[name] = (...args: never[]) => {
      try {
        return fn(...args);
      } finally {
        after();
      }
    };
  }
  return out as T;
}

export interface HostImports {
  imports: WebAssembly.Imports;
  /** Forgets per-run host state tied to the VM (directory listings in progress). */
  reset(): void;
}

export function buildImports(ctx: HostContext): HostImports {
  const files = createFileImports(ctx.memory, ctx.fs, ctx.maxPathBytes);
  const { resetListings, ...fileImports } = files;
  return {
    imports: {
      mps: {
        fuel_exhausted: (): number => (ctx.fuelExhausted() ? 1 : 0),
        ...checked(createStdioImports(ctx.memory, ctx.stdio), ctx.afterHostWork),
        ...createClockImports(ctx.clock, ctx.random, ctx.sleep),
        ...checked(createHostCallImports(ctx.memory, ctx.hostCall), ctx.afterHostWork),
        ...checked(fileImports, ctx.afterHostWork),
      },
    },
    reset: resetListings,
  };
}

const requested = new WeakMap<WebAssembly.Module, Array<{ module: string; name: string }>>();

/**
 * Narrows the import object to exactly what the module asks for (nothing else is handed over),
 * and refuses a module that asks for anything the host does not implement.
 */
export function selectImports(module: WebAssembly.Module, imports: WebAssembly.Imports): WebAssembly.Imports {
  let wanted = requested.get(module);
  if (!wanted) {
    wanted = WebAssembly.Module.imports(module).map(({ module: mod, name }) => ({ module: mod, name }));
    const missing = wanted.filter((i) => typeof imports[i.module]?.[i.name] !== 'function').map((i) => `${i.module}.${i.name}`);
    if (missing.length > 0) {
      throw new ArtifactError(`the module needs imports the host does not provide: ${missing.join(', ')}`);
    }
    requested.set(module, wanted);
  }
  const selected: WebAssembly.Imports = {};
  for (const { module: mod, name } of wanted) (selected[mod] ??= {})[name] = imports[mod]![name]!;
  return selected;
}

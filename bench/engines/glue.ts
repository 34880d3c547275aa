import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgramInChild } from '../child.js';
import type { SpeedProgram } from '../programs/index.js';
import type { GlueRequest, GlueResponse } from './glue-protocol.js';
import type { ChildEngine } from './types.js';

/**
 * The official MicroPython WebAssembly build through its own JavaScript glue, as a reference
 * point. It runs in a separate node process per program (glue-runner.js): the glue must never be
 * loaded into this process (it hands the guest the host), and a program that hangs or crashes it
 * only loses its own row.
 */

const RUNNER = fileURLToPath(new URL('./glue-runner.js', import.meta.url));
export const GLUE_PACKAGE = '@micropython/micropython-webassembly-pyscript';

/** MicroPython heap for loadMicroPython(); its GC runs only between top-level calls, so big. */
export const GLUE_HEAP_BYTES = 256 * 1024 * 1024;
const GLUE_PYSTACK_WORDS = 16 * 1024;

/** The installed glue's version (read from its package.json, without loading it), if installed. */
export function findGlue(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const entry = require.resolve(`${GLUE_PACKAGE}/micropython.mjs`);
    return (JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

export function glueEngine(timeoutMs: number): ChildEngine | undefined {
  const version = findGlue();
  if (!version) return undefined;
  return {
    kind: 'child',
    id: 'glue',
    description: `${GLUE_PACKAGE}@${version} through its glue (loadMicroPython, runPython), heap ${GLUE_HEAP_BYTES / 2 ** 20} MiB, fresh instance per run, child process per program`,
    measure: (program: SpeedProgram, reps: number) => {
      const input: GlueRequest = { source: program.source, reps, heapBytes: GLUE_HEAP_BYTES, pystackWords: GLUE_PYSTACK_WORDS };
      return runProgramInChild<GlueResponse>(program.name, 'glue runner', { command: process.execPath, args: [RUNNER], input, timeoutMs });
    },
  };
}

import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChildFailure, lastLines, programRun, runChild } from '../child.js';
import type { ProgramRun, SpeedProgram } from '../programs/index.js';
import type { ChildEngine } from './types.js';

/**
 * `--native <path>`: MicroPython's unix port built natively from the same source and patches
 * (`npm run build:wasm -- <source> --native <dir>` builds <dir>/micropython). The same interpreter
 * without WebAssembly: ours / native is what running in wasm (and our port) costs, the physical
 * limit of this interpreter.
 *
 * One process per repetition (a fresh heap each time, like ours' fresh VM). A driver passed with
 * -c reads the program from stdin and times exec(compile(...)) with ticks_us inside the process,
 * so process start-up is not part of a sample; it reports the time on stderr after a marker and
 * the program's own output stays alone on stdout.
 */

const TIME_MARKER = '@@bench-time-us@@';

const DRIVER = `
import sys, time
src = sys.stdin.read()
t0 = time.ticks_us()
exec(compile(src, '<bench>', 'exec'), {'__name__': '__main__'})
t1 = time.ticks_us()
sys.stderr.write('${TIME_MARKER}%d\\n' % time.ticks_diff(t1, t0))
`;

/**
 * Heap for the native port. Ours collects after every memoryLimit / 8 allocated (64 MiB / 8 by
 * default); the unix port collects when its heap is full, so it gets the same 64 MiB as the cap.
 */
export const NATIVE_HEAP = '64M';

async function runRepetition(binary: string, source: string, timeoutMs: number): Promise<{ ms: number; stdout: string } | { error: string }> {
  try {
    const out = await runChild({ command: binary, args: ['-X', `heapsize=${NATIVE_HEAP}`, '-c', DRIVER], input: source, timeoutMs });
    const line = out.stderr.split('\n').find((l) => l.startsWith(TIME_MARKER));
    if (out.code !== 0 || line === undefined) {
      const how = out.signal ? `signal ${out.signal}` : `exit code ${out.code}`;
      // The unix port prints an uncaught exception's traceback on stdout.
      return { error: `native: ${how}: ${lastLines(`${out.stdout}\n${out.stderr}`, 3)}` };
    }
    return { ms: Number(line.slice(TIME_MARKER.length)) / 1000, stdout: out.stdout };
  } catch (error) {
    return { error: `native: ${error instanceof ChildFailure ? error.message : String(error)}` };
  }
}

async function measureNative(binary: string, program: SpeedProgram, reps: number, timeoutMs: number): Promise<ProgramRun> {
  const samplesMs: number[] = [];
  let stdout = '';
  for (let rep = 0; rep < reps; rep++) {
    const once = await runRepetition(binary, program.source, timeoutMs);
    if ('error' in once) return programRun(program.name, { samplesMs, stdout, error: once.error });
    if (rep === 0) stdout = once.stdout;
    else if (once.stdout !== stdout) {
      return programRun(program.name, { samplesMs, stdout, error: `output changed between repetitions: ${JSON.stringify(stdout)} then ${JSON.stringify(once.stdout)}` });
    }
    samplesMs.push(once.ms);
  }
  return programRun(program.name, { samplesMs, stdout });
}

/** The native engine for `--native <path>`; throws when the path is not an executable. */
export function nativeEngine(path: string, timeoutMs: number): ChildEngine {
  // The executable, or the directory build:wasm --native wrote it to.
  const binary = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? resolve(path, 'micropython') : resolve(path);
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    throw new Error(`--native ${path}: not an executable file (build it with npm run build:wasm -- <source> --native <dir>, then pass <dir>/micropython)`);
  }
  const probe = spawnSync(binary, ['-c', 'import sys; print(sys.version)'], { encoding: 'utf8', timeout: 10_000 });
  const version = probe.status === 0 ? probe.stdout.trim() : 'version unknown';
  return {
    kind: 'child',
    id: 'native',
    description: `MicroPython unix port ${version} at ${binary}, -X heapsize=${NATIVE_HEAP}, exec(compile()) timed with ticks_us, one process per run`,
    measure: (program, reps) => measureNative(binary, program, reps, timeoutMs),
  };
}

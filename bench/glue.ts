import { fileURLToPath } from 'node:url';
import { runProgramInChild } from './child.js';
import type { GlueRequest, GlueResponse } from './glue-protocol.js';
import { oneLine } from './report.js';
import type { ProgramRun, SpeedProgram } from './programs.js';

/**
 * The official glue as a reference point. It runs in a separate node process per program
 * (bench/glue-runner.js): the glue must never be loaded into this process, and a program that
 * hangs or crashes the glue only loses its own row.
 */

const RUNNER = fileURLToPath(new URL('./glue-runner.js', import.meta.url));

export const GLUE_HEAP_BYTES = 256 * 1024 * 1024;

export interface GlueMeasurement {
  version: string | undefined;
  runs: ProgramRun[];
}

export async function measureGlue(
  programs: readonly SpeedProgram[],
  reps: number,
  timeoutMs: number,
  progress: (message: string) => void,
): Promise<GlueMeasurement> {
  const runs: ProgramRun[] = [];
  let version: string | undefined;
  for (const program of programs) {
    const input: GlueRequest = { source: program.source, reps, heapBytes: GLUE_HEAP_BYTES, pystackWords: 16384 };
    const run = await runProgramInChild<GlueResponse>(program.name, 'glue runner',
      { command: process.execPath, args: [RUNNER], input, timeoutMs },
      (answer) => { version = answer.glueVersion; });
    runs.push(run);
    progress(`  ${program.name}: glue ${run.ok ? `${run.bestMs.toFixed(1)} ms` : `FAILED (${oneLine(run.error ?? '', 120)})`}`);
  }
  return { version, runs };
}

/**
 * Messages between bench/glue.ts (the harness side) and bench/glue-runner.ts (the child process
 * that loads the official glue). Types only: importing this file pulls in no code.
 */

export interface GlueRequest {
  source: string;
  reps: number;
  /** MicroPython heap for loadMicroPython(); its GC runs only between top-level calls, so big. */
  heapBytes: number;
  pystackWords: number;
}

export interface GlueResponse {
  glueVersion: string;
  samplesMs: number[];
  /** Time for each loadMicroPython() (not part of samplesMs). */
  loadMs: number[];
  stdout: string;
  error?: string;
}

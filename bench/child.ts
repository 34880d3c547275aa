import { spawn } from 'node:child_process';
import { best } from './measure.js';
import type { ProgramRun } from './programs/index.js';

/**
 * Helper processes. runChild spawns one with a timeout and collects its output; runJsonChild is
 * the usual protocol on top: one JSON request on stdin, one JSON answer on stdout on a line
 * prefixed by RESULT_MARKER (so anything else an engine prints cannot be mistaken for the
 * answer). A timeout kills the child: one hung program must not hang the whole benchmark.
 */

export const RESULT_MARKER = '@@bench-result@@';

export interface ChildRequest {
  command: string;
  args: readonly string[];
  /** Written to stdin as JSON (runJsonChild) or as it is (runChild); nothing when undefined. */
  input: unknown;
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export class ChildFailure extends Error {
  constructor(message: string, readonly stderr: string) {
    super(message);
    this.name = 'ChildFailure';
  }
}

export interface ChildOutput {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit, measured here. */
  wallMs: number;
}

/** Runs a child to completion; rejects only when it cannot start or times out. */
export function runChild(request: ChildRequest): Promise<ChildOutput> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(request.command, request.args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(request.cwd ? { cwd: request.cwd } : {}),
      ...(request.env ? { env: request.env } : {}),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, request.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ChildFailure(`cannot start ${request.command}: ${error.message}`, stderr));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new ChildFailure(`timed out after ${request.timeoutMs} ms`, stderr));
      else resolvePromise({ code, signal, stdout, stderr, wallMs: performance.now() - started });
    });
    // A child that exits before reading its input makes the write fail with EPIPE; 'close' reports it.
    child.stdin.on('error', () => {});
    if (request.input === undefined) child.stdin.end();
    else child.stdin.end(typeof request.input === 'string' ? request.input : JSON.stringify(request.input));
  });
}

export function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join(' | ');
}

export async function runJsonChild<T>(request: ChildRequest): Promise<T> {
  const output = await runChild({ ...request, input: request.input === undefined ? undefined : JSON.stringify(request.input) });
  const line = output.stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (line === undefined) {
    const how = output.signal ? `signal ${output.signal}` : `exit code ${output.code}`;
    throw new ChildFailure(`${request.command} gave no result (${how}): ${lastLines(output.stderr)}`, output.stderr);
  }
  try {
    return JSON.parse(line.slice(RESULT_MARKER.length)) as T;
  } catch (error) {
    throw new ChildFailure(`unreadable result from ${request.command}: ${String(error)}`, output.stderr);
  }
}

/** What an engine's child answers for one speed program. */
export interface TimedAnswer {
  samplesMs: number[];
  stdout: string;
  error?: string;
}

/** A ProgramRun from the samples and output of completed repetitions, or from an error. */
export function programRun(program: string, answer: TimedAnswer): ProgramRun {
  return {
    program,
    ok: answer.error === undefined,
    samplesMs: answer.samplesMs,
    bestMs: answer.error === undefined ? best(answer.samplesMs) : NaN,
    stdout: answer.stdout,
    ...(answer.error === undefined ? {} : { error: answer.error }),
  };
}

/**
 * Runs one speed program in a child and turns its answer, or its failure (labelled with `engine`),
 * into a ProgramRun. `onAnswer` sees the whole answer, for engine-specific fields.
 */
export async function runProgramInChild<T extends TimedAnswer>(
  program: string,
  engine: string,
  request: ChildRequest,
  onAnswer?: (answer: T) => void,
): Promise<ProgramRun> {
  try {
    const answer = await runJsonChild<T>(request);
    onAnswer?.(answer);
    return programRun(program, answer);
  } catch (error) {
    const message = error instanceof ChildFailure ? error.message : String(error);
    return { program, ok: false, samplesMs: [], bestMs: NaN, stdout: '', error: `${engine}: ${message}` };
  }
}

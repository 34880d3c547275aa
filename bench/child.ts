import { spawn } from 'node:child_process';
import { best } from './measure.js';
import type { ProgramRun } from './programs.js';

/**
 * Runs a helper process that reads one JSON request on stdin and answers with one JSON line on
 * stdout, prefixed by RESULT_MARKER (so anything else an engine prints cannot be mistaken for
 * the answer). A timeout kills the child: one hung program must not hang the whole benchmark.
 */

export const RESULT_MARKER = '@@bench-result@@';

export interface ChildRequest {
  command: string;
  args: readonly string[];
  input: unknown;
  timeoutMs: number;
}

export class ChildFailure extends Error {
  constructor(message: string, readonly stderr: string) {
    super(message);
    this.name = 'ChildFailure';
  }
}

export function runJsonChild<T>(request: ChildRequest): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(request.command, request.args, { stdio: ['pipe', 'pipe', 'pipe'] });
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
      if (timedOut) {
        reject(new ChildFailure(`timed out after ${request.timeoutMs} ms`, stderr));
        return;
      }
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (line === undefined) {
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        reject(new ChildFailure(`${request.command} gave no result (${how}): ${lastLines(stderr)}`, stderr));
        return;
      }
      try {
        resolvePromise(JSON.parse(line.slice(RESULT_MARKER.length)) as T);
      } catch (error) {
        reject(new ChildFailure(`unreadable result from ${request.command}: ${String(error)}`, stderr));
      }
    });
    // A child that exits before reading its input makes the write fail with EPIPE; 'close' reports it.
    child.stdin.on('error', () => {});
    child.stdin.end(JSON.stringify(request.input));
  });
}

function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join(' | ');
}

/** What an engine's child answers for one speed program. */
export interface TimedAnswer {
  samplesMs: number[];
  stdout: string;
  error?: string;
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
    return {
      program,
      ok: answer.error === undefined,
      samplesMs: answer.samplesMs,
      bestMs: answer.error === undefined ? best(answer.samplesMs) : NaN,
      stdout: answer.stdout,
      ...(answer.error === undefined ? {} : { error: answer.error }),
    };
  } catch (error) {
    const message = error instanceof ChildFailure ? error.message : String(error);
    return { program, ok: false, samplesMs: [], bestMs: NaN, stdout: '', error: `${engine}: ${message}` };
  }
}

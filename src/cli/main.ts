import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { run } from '../sandbox/run.js';
import type { RunOptions } from '../sandbox/pool.js';
import type { RunResult } from '../sandbox/result.js';
import { SandboxError } from '../sandbox/errors.js';
import { parseCommandLine, UsageError, type CliOptions } from './args.js';
import { ExitCode } from './exit-codes.js';
import { HELP } from './help.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../../package.json') as { version: string }).version;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

async function loadSource(options: CliOptions, io: CliIo): Promise<string> {
  const { source } = options;
  switch (source.kind) {
    case 'code':
      return source.code;
    case 'file':
      try {
        return readFileSync(source.path, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${source.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    case 'stdin':
    case 'repl':
      return readAll(io.stdin);
  }
}

export function exitCodeFor(result: RunResult): number {
  if (!result.error) return ExitCode.OK;
  if (result.error.kind === 'limit') return ExitCode.LIMIT;
  if (result.error.kind === 'crash') return ExitCode.INTERNAL;
  return ExitCode.PYTHON_ERROR;
}

function describeError(result: RunResult): string {
  const error = result.error!;
  if (error.kind === 'exception') return `${error.traceback}\n`;
  const detail = error.traceback ? `${error.traceback}\n` : '';
  return `${detail}micropython-sandbox: ${error.type}: ${error.message}${error.stop ? ` (${error.stop} stop)` : ''}\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
    if (options.command === 'help') {
      io.stdout.write(HELP);
      return ExitCode.OK;
    }
    if (options.command === 'version') {
      io.stdout.write(`micropython-sandbox ${version()}\n`);
      return ExitCode.OK;
    }
    if (options.source.kind === 'repl' && io.stdin.isTTY) {
      io.stderr.write('micropython-sandbox: no program given (try --help)\n');
      return ExitCode.USAGE;
    }
    const code = await loadSource(options, io);
    const runOptions: RunOptions = {};
    if (options.memoryLimit !== undefined) runOptions.memoryLimit = options.memoryLimit;
    if (options.fuel !== undefined) runOptions.fuel = options.fuel;
    if (options.timeoutMs !== undefined) runOptions.timeoutMs = options.timeoutMs;
    if (!options.json) {
      runOptions.onStdout = (text) => io.stdout.write(text);
      runOptions.onStderr = (text) => io.stderr.write(text);
    }
    const result = await run(code, runOptions);
    if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.error) io.stderr.write(describeError(result));
    return exitCodeFor(result);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`micropython-sandbox: ${error.message}\n`);
      return ExitCode.USAGE;
    }
    if (SandboxError.isInstance(error) && error.code === 'INVALID_OPTIONS') {
      io.stderr.write(`micropython-sandbox: ${error.message}\n`);
      return ExitCode.USAGE;
    }
    io.stderr.write(`micropython-sandbox: ${(error as Error).message ?? String(error)}\n`);
    return ExitCode.INTERNAL;
  }
}

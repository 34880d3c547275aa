import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createSession, run } from '../sandbox/run.js';
import { readEngineManifest } from '../engine/module.js';
import type { RunResult } from '../sandbox/result.js';
import type { LimitError } from '../core/result.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
import { SandboxError } from '../core/errors.js';
import type { SandboxOptions } from '../sandbox/options.js';
import { flagForOption, parseCommandLine, UsageError, type CliOptions } from './args.js';
import { ExitCode } from './exit-codes.js';
import { HELP } from './help.js';
import { runRepl } from './repl/repl.js';
import { formatCount, formatDuration, formatSize } from './sizes.js';
import { programExit } from './system-exit.js';
import { guestWriter, terminalSafeJson, type TextSink } from './visible-text.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../../package.json') as { version: string }).version;
}

/** Most of stdin the CLI reads: the program's input is held whole before the program starts. */
const MAX_STDIN_BYTES = 256 * 1024 * 1024;

async function readAll(stream: NodeJS.ReadableStream, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) throw new UsageError(`${what} on stdin is larger than ${formatSize(MAX_STDIN_BYTES)}`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
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
    default:
      return (await readAll(io.stdin, 'the program')).toString('utf8');
  }
}

/**
 * What the program reads with input() / sys.stdin: piped or redirected stdin, read to its end
 * before the program starts (the sandbox cannot wait on the host mid-run). A terminal is left
 * alone, and so is stdin when it carries the program itself.
 */
async function programStdin(options: CliOptions, io: CliIo): Promise<Uint8Array | undefined> {
  if (options.source.kind === 'stdin' || options.source.kind === 'none' || io.stdin.isTTY) return undefined;
  return readAll(io.stdin, "the program's input");
}

/** The sandbox options from flags, with `--file` contents read from the host. */
export function sandboxOptions(options: CliOptions): SandboxOptions {
  const sandbox: SandboxOptions = { ...options.sandbox };
  if (options.placedFiles.length > 0) {
    const files: Record<string, Uint8Array> = {};
    for (const { guestPath, hostPath } of options.placedFiles) {
      try {
        files[guestPath] = readFileSync(hostPath);
      } catch (error) {
        throw new UsageError(`cannot read ${hostPath} for --file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
    sandbox.files = files;
  }
  return sandbox;
}

export function exitCodeFor(result: RunResult): number {
  if (result.ok) return ExitCode.OK;
  const exit = programExit(result.error);
  if (exit) return exit.code;
  if (result.error.kind === 'limit') return ExitCode.LIMIT;
  if (result.error.kind === 'crash') return ExitCode.INTERNAL;
  return ExitCode.PYTHON_ERROR;
}

/** One line saying which limit stopped the program, naming the flag that sets it. */
export function describeStop(error: LimitError, sandbox: SandboxOptions, sourceName: string): string {
  const at = error.line === undefined ? '' : ` (at ${sourceName === '<stdin>' ? 'line' : `${sourceName} line`} ${error.line})`;
  switch (error.limit) {
    case 'fuel':
      return `stopped: the program used all of its fuel, --fuel ${formatCount(sandbox.fuel ?? DEFAULT_LIMITS.fuel)}${at}`;
    case 'timeout':
      return `stopped: the program ran longer than --timeout ${formatDuration(sandbox.timeoutMs ?? DEFAULT_LIMITS.timeoutMs)}${at}`;
    case 'memory':
      return `stopped: the program ran out of memory, --memory ${formatSize(sandbox.memoryLimit ?? DEFAULT_LIMITS.memoryLimit)}${at}`;
    default:
      return `stopped: the program was interrupted${at}`;
  }
}

/** Tracebacks name a script by its path, as Python does, instead of `<stdin>`. */
export function nameSource(traceback: string, sourceName: string): string {
  if (sourceName === '<stdin>') return traceback;
  return traceback.replace(/^(\s*File )"<stdin>"(, line \d+)/gm, (_m, head: string, tail: string) => `${head}${JSON.stringify(sourceName)}${tail}`);
}

function sourceNameOf(options: CliOptions): string {
  return options.source.kind === 'file' ? options.source.path : '<stdin>';
}

function describeError(result: RunResult, options: CliOptions): string {
  if (result.ok) return '';
  const { error } = result;
  const exit = programExit(error);
  if (exit) return exit.message === undefined ? '' : `${exit.message}\n`;
  const sourceName = sourceNameOf(options);
  if (error.kind === 'exception') return `${nameSource(error.traceback, sourceName)}\n`;
  if (error.kind === 'limit') return `micropython-sandbox: ${describeStop(error, options.sandbox, sourceName)}\n`;
  return `micropython-sandbox: ${error.type}: ${error.message}\n`;
}

/**
 * Output streams that go quiet once the reader has gone (`| head`): the run is cancelled and the
 * CLI exits without a stack trace, as a well-behaved filter does.
 */
function closableOutput(stream: NodeJS.WritableStream & { isTTY?: boolean }, onGone: () => void): TextSink & { gone: boolean } {
  const sink = {
    gone: false,
    isTTY: stream.isTTY === true,
    write(text: string): void {
      if (!sink.gone) stream.write(text);
    },
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    sink.gone = true;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') onGone();
  });
  return sink;
}

async function runOnce(options: CliOptions, io: CliIo): Promise<number> {
  const code = await loadSource(options, io);
  const stdin = await programStdin(options, io);
  const cancel = new AbortController();
  const out = closableOutput(io.stdout, () => cancel.abort());
  const err = closableOutput(io.stderr, () => {});
  const stdout = guestWriter(out, options.rawOutput);
  const stderr = guestWriter(err, options.rawOutput);
  const session = await createSession({ ...sandboxOptions(options), recovery: false });
  let result: RunResult;
  try {
    // sys.argv, as Python sets it: the program's name, then its arguments.
    const setup = await session.run(`__import__('sys').argv[:] = ${JSON.stringify(options.argv)}`);
    if (!setup.ok) throw new Error(`could not set sys.argv: ${setup.error.message}`);
    const { recovered: _recovered, ...ran } = await session.run(code, {
      signal: cancel.signal,
      ...(stdin === undefined ? {} : { stdin }),
      ...(options.json ? {} : { onStdout: (text: string) => stdout.write(text), onStderr: (text: string) => stderr.write(text) }),
    });
    result = ran as RunResult;
  } finally {
    await session.close();
  }
  stdout.end();
  if (out.gone) return ExitCode.OK;
  if (!result.ok && result.error.kind === 'exception') result.error.traceback = nameSource(result.error.traceback, sourceNameOf(options));
  if (options.json) {
    // Escaped even in pipes: the JSON means the same, and whatever displays it later is safe.
    out.write(`${terminalSafeJson(JSON.stringify(result, jsonValue, 2))}\n`);
  } else {
    stderr.write(describeError(result, options));
  }
  stderr.end();
  return exitCodeFor(result);
}

/** JSON for values JSON has no form for: a big int as a string of its digits, bytes as `{"$bytes": "<base64>"}`. */
function jsonValue(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  return value;
}

async function repl(options: CliOptions, io: CliIo): Promise<number> {
  // Ctrl-C while the session starts must not kill the process (the REPL takes it over after).
  const ignore = () => {};
  process.on('SIGINT', ignore);
  const session = await createSession(sandboxOptions(options)).finally(() => process.off('SIGINT', ignore));
  try {
    const banner = `MicroPython ${readEngineManifest().micropython.version} in micropython-sandbox ${version()} (a WebAssembly sandbox). Type exit() or Ctrl-D to exit.\n`;
    // Tab completion finds importable modules by importing them, in a one-shot VM of its own.
    const probe = (code: string) => run(code, { timeoutMs: 5000 });
    return await runRepl(session, { input: io.stdin, output: io.stdout, errors: io.stderr }, banner, options.rawOutput, probe);
  } finally {
    await session.close();
  }
}

/** A library options error, told in terms of the flag that set the option. */
function describeOptionsError(error: SandboxError): string {
  const field = typeof error.details?.['field'] === 'string' ? error.details['field'] : '';
  const flag = flagForOption(field.replace(/^options\./, '').split(/[.[]/)[0] ?? '');
  return flag && field ? error.message.replace(field, flag) : error.message;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCommandLine(argv);
    switch (options.command) {
      case 'help':
        io.stdout.write(HELP);
        return ExitCode.OK;
      case 'version':
        io.stdout.write(`micropython-sandbox ${version()} (MicroPython ${readEngineManifest().micropython.version})\n`);
        return ExitCode.OK;
      case 'mcp': {
        if (options.mcpHttp) {
          const { serveMcpHttp } = await import('../mcp/http/serve.js');
          await serveMcpHttp(sandboxOptions(options), options.mcp, options.mcpHttp, version());
          return ExitCode.OK;
        }
        const { serveMcp } = await import('../mcp/server.js');
        await serveMcp(sandboxOptions(options), options.mcp, version());
        return ExitCode.OK;
      }
      case 'repl':
        if (io.stdin.isTTY || options.forceRepl) return await repl(options, io);
        return await runOnce(options, io);
      default:
        return await runOnce(options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`micropython-sandbox: ${error.message}\n`);
      return ExitCode.USAGE;
    }
    if (SandboxError.isInstance(error) && (error.code === 'INVALID_OPTIONS' || error.code === 'HOST_FUNCTION_INVALID')) {
      io.stderr.write(`micropython-sandbox: ${describeOptionsError(error)}\n`);
      return ExitCode.USAGE;
    }
    io.stderr.write(`micropython-sandbox: ${(error as Error).message ?? String(error)}\n`);
    return ExitCode.INTERNAL;
  }
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createSession, run } from '../sandbox/run.js';
import { readEngineManifest } from '../engine/module.js';
import type { RunOptions } from '../sandbox/pool.js';
import type { RunResult } from '../sandbox/result.js';
import { SandboxError } from '../core/errors.js';
import type { SandboxOptions } from '../sandbox/options.js';
import { parseCommandLine, UsageError, type CliOptions } from './args.js';
import { ExitCode } from './exit-codes.js';
import { HELP } from './help.js';
import { runRepl } from './repl/repl.js';
import { guestWriter, terminalSafeJson } from './visible-text.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export function version(): string {
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
    default:
      return readAll(io.stdin);
  }
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

async function runOnce(options: CliOptions, io: CliIo): Promise<number> {
  const code = await loadSource(options, io);
  const runOptions: RunOptions = sandboxOptions(options);
  const stdout = guestWriter(io.stdout, options.rawOutput);
  const stderr = guestWriter(io.stderr, options.rawOutput);
  if (!options.json) {
    runOptions.onStdout = (text) => stdout.write(text);
    runOptions.onStderr = (text) => stderr.write(text);
  }
  const result = await run(code, runOptions);
  stdout.end();
  if (options.json) {
    // Escaped even in pipes: the JSON means the same, and whatever displays it later is safe.
    io.stdout.write(`${terminalSafeJson(JSON.stringify(result, null, 2))}\n`);
  } else if (result.error) {
    stderr.write(describeError(result));
  }
  stderr.end();
  return exitCodeFor(result);
}

async function repl(options: CliOptions, io: CliIo): Promise<number> {
  const session = await createSession(sandboxOptions(options));
  try {
    const banner = `MicroPython ${readEngineManifest().micropython.version} in micropython-sandbox ${version()} (a WebAssembly sandbox). Ctrl-D to exit.\n`;
    await runRepl(session, { input: io.stdin, output: io.stdout, errors: io.stderr }, banner, options.rawOutput);
  } finally {
    await session.close();
  }
  return ExitCode.OK;
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
      io.stderr.write(`micropython-sandbox: ${error.message}\n`);
      return ExitCode.USAGE;
    }
    io.stderr.write(`micropython-sandbox: ${(error as Error).message ?? String(error)}\n`);
    return ExitCode.INTERNAL;
  }
}

import { parseArgs } from 'node:util';
import { parseCount, parseSize } from './sizes.js';

/** Command-line parsing. Bad input becomes a UsageError: one clear line, exit code 2. */

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Source =
  | { kind: 'code'; code: string }
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'repl' };

export interface CliOptions {
  command: 'run' | 'help' | 'version';
  source: Source;
  json: boolean;
  memoryLimit?: number;
  fuel?: number;
  timeoutMs?: number;
  args: string[];
}

export function parseCommandLine(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        command: { type: 'string', short: 'c' },
        memory: { type: 'string', short: 'm' },
        fuel: { type: 'string' },
        timeout: { type: 'string', short: 't' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  const base = { json: values.json === true, args: [] as string[] };
  if (values.help) return { command: 'help', source: { kind: 'repl' }, ...base };
  if (values.version) return { command: 'version', source: { kind: 'repl' }, ...base };

  let source: Source;
  let rest = positionals;
  if (values.command !== undefined) {
    source = { kind: 'code', code: values.command };
  } else if (positionals.length > 0) {
    const first = positionals[0]!;
    source = first === '-' ? { kind: 'stdin' } : { kind: 'file', path: first };
    rest = positionals.slice(1);
  } else {
    source = { kind: 'repl' };
  }

  const options: CliOptions = { command: 'run', source, ...base, args: rest };
  if (values.memory !== undefined) {
    const bytes = parseSize(values.memory);
    if (bytes === undefined) throw new UsageError(`--memory expects a size like 64M or 1048576, got '${values.memory}'`);
    options.memoryLimit = bytes;
  }
  if (values.fuel !== undefined) {
    const fuel = parseCount(values.fuel);
    if (fuel === undefined) throw new UsageError(`--fuel expects a whole number, got '${values.fuel}'`);
    options.fuel = fuel;
  }
  if (values.timeout !== undefined) {
    const ms = parseDuration(values.timeout);
    if (ms === undefined) throw new UsageError(`--timeout expects a duration like 5s or 500ms, got '${values.timeout}'`);
    options.timeoutMs = ms;
  }
  return options;
}

/** `5s`, `500ms`, `2m`, or a plain number of milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match) return undefined;
  const scale = match[2] === 's' ? 1000 : match[2] === 'm' ? 60_000 : 1;
  const ms = Math.round(Number(match[1]) * scale);
  return Number.isSafeInteger(ms) ? ms : undefined;
}

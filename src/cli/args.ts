import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LIMIT_BOUNDS } from '../core/limits.js';
import type { MountOption, SandboxOptions } from '../sandbox/options.js';
import { formatCount, formatDuration, formatSize, parseCount, parseDuration, parseSize } from './sizes.js';
import { MCP_HTTP_OPTIONS, parseMcpHttpFlags, type McpHttpCliFlags } from './mcp-http-flags.js';

/**
 * Command-line parsing. Bad input becomes a UsageError: one clear line naming the flag, exit
 * code 2. As with `python`, everything after the program (`-c CODE`, `FILE.py` or `-`) belongs to
 * the program: it becomes `sys.argv[1:]`.
 */

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
  | { kind: 'none' };

export interface CliOptions {
  command: 'run' | 'repl' | 'mcp' | 'help' | 'version';
  source: Source;
  /** The program's `sys.argv`: its name (`-c`, the script path, `-`), then its arguments. */
  argv: string[];
  json: boolean;
  /** Guest output goes to a terminal unchanged (by default its control characters are made visible). */
  rawOutput: boolean;
  /** Limits and grants for the sandbox, from flags. */
  sandbox: SandboxOptions;
  /** Host files to place in the guest: guest path -> host path (read at start). */
  placedFiles: Array<{ guestPath: string; hostPath: string }>;
  forceRepl: boolean;
  mcp: { idleTimeoutMs: number; maxSessions: number };
  /** `mcp --mcp-http PORT`: serve MCP over Streamable HTTP instead of stdio. */
  mcpHttp?: McpHttpCliFlags | undefined;
}

const OPTIONS = {
  command: { type: 'string', short: 'c' },
  memory: { type: 'string', short: 'm' },
  fuel: { type: 'string' },
  timeout: { type: 'string', short: 't' },
  'stdout-limit': { type: 'string' },
  'stderr-limit': { type: 'string' },
  'fs-quota': { type: 'string' },
  'fs-max-entries': { type: 'string' },
  'mount-quota': { type: 'string' },
  mount: { type: 'string', multiple: true },
  file: { type: 'string', multiple: true },
  'allow-net': { type: 'string', multiple: true },
  deterministic: { type: 'boolean' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
  'raw-output': { type: 'boolean' },
  repl: { type: 'boolean' },
  'idle-timeout': { type: 'string' },
  'max-sessions': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  ...MCP_HTTP_OPTIONS,
} as const;

type OptionName = keyof typeof OPTIONS;

/** Numeric flags: how each is read, its bounds, and the sandbox option it sets. */
type NumberKind = 'size' | 'duration' | 'count';
interface NumberFlag {
  kind: NumberKind;
  min: number;
  max: number;
  /** The library option the flag sets, for messages about it. */
  option?: string;
}

const NUMBER_FLAGS = {
  memory: { kind: 'size', ...LIMIT_BOUNDS.memoryLimit, option: 'memoryLimit' },
  fuel: { kind: 'count', ...LIMIT_BOUNDS.fuel, option: 'fuel' },
  timeout: { kind: 'duration', ...LIMIT_BOUNDS.timeoutMs, option: 'timeoutMs' },
  'stdout-limit': { kind: 'size', ...LIMIT_BOUNDS.stdoutLimit, option: 'stdoutLimit' },
  'stderr-limit': { kind: 'size', ...LIMIT_BOUNDS.stderrLimit, option: 'stderrLimit' },
  'fs-quota': { kind: 'size', min: 0, max: 2 ** 31, option: 'fsQuota' },
  'fs-max-entries': { kind: 'count', min: 1, max: 2 ** 31, option: 'fsMaxEntries' },
  'mount-quota': { kind: 'size', min: 0, max: 2 ** 40, option: 'mountQuota' },
  seed: { kind: 'count', min: 0, max: 0xffffffff, option: 'seed' },
  'idle-timeout': { kind: 'duration', min: 1000, max: 7 * 24 * 3_600_000 },
  'max-sessions': { kind: 'count', min: 1, max: 100_000 },
} as const satisfies Partial<Record<OptionName, NumberFlag>>;

const EXAMPLES: Record<NumberKind, string> = {
  size: 'a size like 64M, 512K or 1G (bytes, or K/M/G = KiB/MiB/GiB)',
  duration: 'a time like 5s, 500ms or 2m (a plain number is seconds)',
  count: 'a whole number like 1e9 or 100_000',
};

export function formatFlagValue(kind: NumberKind, value: number): string {
  return kind === 'size' ? formatSize(value) : kind === 'duration' ? formatDuration(value) : formatCount(value);
}

/** The flag that sets a library option (`memoryLimit` -> `--memory`), for messages. */
export function flagForOption(option: string): string | undefined {
  for (const [flag, spec] of Object.entries(NUMBER_FLAGS)) if ('option' in spec && spec.option === option) return `--${flag}`;
  const others: Record<string, string> = { mounts: '--mount', files: '--file', net: '--allow-net', deterministic: '--deterministic' };
  return others[option];
}

function numberFlag(flag: keyof typeof NUMBER_FLAGS, text: string): number {
  const spec: NumberFlag = NUMBER_FLAGS[flag];
  if (/^\s*-/.test(text)) throw new UsageError(`--${flag} must not be negative, got '${text}'`);
  const parse = spec.kind === 'size' ? parseSize : spec.kind === 'duration' ? parseDuration : parseCount;
  const value = parse(text);
  if (value === undefined) throw new UsageError(`--${flag} expects ${EXAMPLES[spec.kind]}, got '${text}'`);
  if (value < spec.min || value > spec.max) {
    const [min, max] = [formatFlagValue(spec.kind, spec.min), formatFlagValue(spec.kind, spec.max)];
    throw new UsageError(`--${flag} must be from ${min} to ${max}, got ${formatFlagValue(spec.kind, value)}`);
  }
  return value;
}

/** `host:guest[:ro|rw]`; the host part may itself contain ':'. */
export function parseMount(text: string): MountOption {
  const parts = text.split(':');
  let mode: 'ro' | 'rw' = 'ro';
  if (parts.length >= 3 && (parts.at(-1) === 'ro' || parts.at(-1) === 'rw')) mode = parts.pop() as 'ro' | 'rw';
  const guestPath = parts.pop();
  const hostPath = parts.join(':');
  if (!hostPath || !guestPath?.startsWith('/')) {
    throw new UsageError(`--mount expects HOST:GUEST[:rw], e.g. ./data:/data or ./out:/out:rw, got '${text}'`);
  }
  return { hostPath: resolve(hostPath), guestPath, mode };
}

const SHORT = new Map(Object.entries(OPTIONS).flatMap(([name, o]) => ('short' in o ? [[o.short as string, name as OptionName]] : [])));

/**
 * Splits argv into our flags and the program's own arguments, and writes every flag that takes a
 * value as `--name=value`, so a value starting with '-' (`--memory -5`) is read as the value it
 * is meant to be rather than as a flag.
 */
function splitArgv(argv: string[]): { ours: string[]; program: string[] | undefined } {
  const ours: string[] = [];
  let sawSubcommand = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return { ours: [...ours, ...(argv[i + 1] === undefined ? [] : [argv[i + 1]!])], program: argv.slice(i + 2) };
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
    } else if (arg.length > 1 && arg.startsWith('-')) {
      name = SHORT.get(arg[1]!);
      if (name === undefined) {
        ours.push(arg); // parseArgs reports the unknown flag
        continue;
      }
      if (arg.length > 2) inline = arg.slice(2);
    } else {
      // The first positional: a subcommand, or the program (everything after it is its own).
      if (!sawSubcommand && arg === 'mcp') {
        sawSubcommand = true;
        ours.push(arg);
        continue;
      }
      return { ours: [...ours, arg], program: argv.slice(i + 1) };
    }
    const spec = OPTIONS[name as OptionName] as { type: string } | undefined;
    if (spec?.type !== 'string') {
      ours.push(arg); // a switch, or a flag parseArgs will report
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      // A value may start with '-' when it is a number (read, then refused as negative) or code.
      if (next === undefined || (name !== 'command' && /^-[^\d.]/.test(next))) throw new UsageError(`--${name} needs a value`);
      value = next;
      i++;
    }
    ours.push(`--${name}=${value}`);
    if (name === 'command') return { ours, program: argv.slice(i + 1) };
  }
  return { ours, program: undefined };
}

export function parseCommandLine(argv: string[]): CliOptions {
  const { ours, program } = splitArgv(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: ours, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
  const { values: v, positionals } = parsed;
  const sandbox: SandboxOptions = {};
  const options: CliOptions = {
    command: 'run',
    source: { kind: 'none' },
    argv: [''],
    json: v.json === true,
    rawOutput: v['raw-output'] === true,
    sandbox,
    placedFiles: [],
    forceRepl: v.repl === true,
    mcp: { idleTimeoutMs: 15 * 60_000, maxSessions: 100 },
  };
  if (v.help) return { ...options, command: 'help' };
  if (v.version) return { ...options, command: 'version' };

  let rest = positionals;
  if (positionals[0] === 'mcp') {
    options.command = 'mcp';
    rest = positionals.slice(1);
    if (v.command !== undefined) throw new UsageError('mcp takes no program (-c)');
  } else if (v.command !== undefined) {
    options.source = { kind: 'code', code: v.command };
    options.argv = ['-c'];
  } else if (positionals.length > 0) {
    const first = positionals[0]!;
    options.source = first === '-' ? { kind: 'stdin' } : { kind: 'file', path: first };
    options.argv = [first];
    rest = positionals.slice(1);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
  if (program && options.command !== 'mcp') options.argv.push(...program);
  if (options.source.kind === 'none' && options.command === 'run') options.command = 'repl';

  if (v.memory !== undefined) sandbox.memoryLimit = numberFlag('memory', v.memory);
  if (v.fuel !== undefined) sandbox.fuel = numberFlag('fuel', v.fuel);
  if (v.timeout !== undefined) sandbox.timeoutMs = numberFlag('timeout', v.timeout);
  if (v['stdout-limit'] !== undefined) sandbox.stdoutLimit = numberFlag('stdout-limit', v['stdout-limit']);
  if (v['stderr-limit'] !== undefined) sandbox.stderrLimit = numberFlag('stderr-limit', v['stderr-limit']);
  if (v['fs-quota'] !== undefined) sandbox.fsQuota = numberFlag('fs-quota', v['fs-quota']);
  if (v['fs-max-entries'] !== undefined) sandbox.fsMaxEntries = numberFlag('fs-max-entries', v['fs-max-entries']);
  if (v['mount-quota'] !== undefined) sandbox.mountQuota = numberFlag('mount-quota', v['mount-quota']);
  if (v.mount) sandbox.mounts = v.mount.map(parseMount);
  if (v.file) {
    options.placedFiles = v.file.map((spec) => {
      const at = spec.indexOf('=');
      const guestPath = spec.slice(0, at);
      const hostPath = spec.slice(at + 1);
      if (at <= 0 || !guestPath.startsWith('/') || !hostPath) {
        throw new UsageError(`--file expects GUEST_PATH=HOST_FILE, e.g. /data/in.csv=./in.csv, got '${spec}'`);
      }
      return { guestPath, hostPath: resolve(hostPath) };
    });
  }
  if (v['allow-net']) sandbox.net = { allow: v['allow-net'] };
  if (v.deterministic) sandbox.deterministic = true;
  if (v.seed !== undefined) sandbox.seed = numberFlag('seed', v.seed);
  if (v['idle-timeout'] !== undefined) options.mcp.idleTimeoutMs = numberFlag('idle-timeout', v['idle-timeout']);
  if (v['max-sessions'] !== undefined) options.mcp.maxSessions = numberFlag('max-sessions', v['max-sessions']);
  options.mcpHttp = parseMcpHttpFlags(v, options.command, { fail: (message) => { throw new UsageError(message); }, duration: parseDuration });
  return options;
}

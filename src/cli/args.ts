import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MountOption, SandboxOptions } from '../sandbox/options.js';
import { parseCount, parseSize } from './sizes.js';
import { MCP_HTTP_OPTIONS, parseMcpHttpFlags, type McpHttpCliFlags } from './mcp-http-flags.js';

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
  | { kind: 'none' };

export interface CliOptions {
  command: 'run' | 'repl' | 'mcp' | 'help' | 'version';
  source: Source;
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

/** `5s`, `500ms`, `2m`, `1h`, or a plain number of milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const scale = match[2] === 's' ? 1000 : match[2] === 'm' ? 60_000 : match[2] === 'h' ? 3_600_000 : 1;
  const ms = Math.round(Number(match[1]) * scale);
  return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}

function need<T>(value: T | undefined, flag: string, expected: string, got: string): T {
  if (value === undefined) throw new UsageError(`${flag} expects ${expected}, got '${got}'`);
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

export function parseCommandLine(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
  const { values: v, positionals } = parsed;
  const sandbox: SandboxOptions = {};
  const options: CliOptions = {
    command: 'run',
    source: { kind: 'none' },
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
  } else if (positionals.length > 0) {
    const first = positionals[0]!;
    options.source = first === '-' ? { kind: 'stdin' } : { kind: 'file', path: first };
    rest = positionals.slice(1);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
  if (options.source.kind === 'none' && options.command === 'run') options.command = 'repl';

  if (v.memory !== undefined) sandbox.memoryLimit = need(parseSize(v.memory), '--memory', 'a size like 64M or 1048576', v.memory);
  if (v.fuel !== undefined) sandbox.fuel = need(parseCount(v.fuel), '--fuel', 'a whole number like 1e9', v.fuel);
  if (v.timeout !== undefined) sandbox.timeoutMs = need(parseDuration(v.timeout), '--timeout', 'a duration like 5s or 500ms', v.timeout);
  if (v['stdout-limit'] !== undefined) sandbox.stdoutLimit = need(parseSize(v['stdout-limit']), '--stdout-limit', 'a size like 1M', v['stdout-limit']);
  if (v['stderr-limit'] !== undefined) sandbox.stderrLimit = need(parseSize(v['stderr-limit']), '--stderr-limit', 'a size like 1M', v['stderr-limit']);
  if (v['fs-quota'] !== undefined) sandbox.fsQuota = need(parseSize(v['fs-quota']), '--fs-quota', 'a size like 16M', v['fs-quota']);
  if (v['fs-max-entries'] !== undefined) {
    sandbox.fsMaxEntries = need(parseCount(v['fs-max-entries']), '--fs-max-entries', 'a whole number', v['fs-max-entries']);
  }
  if (v['mount-quota'] !== undefined) sandbox.mountQuota = need(parseSize(v['mount-quota']), '--mount-quota', 'a size like 16M', v['mount-quota']);
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
  if (v.seed !== undefined) sandbox.seed = need(parseCount(v.seed), '--seed', 'a whole number', v.seed);
  if (v['idle-timeout'] !== undefined) {
    options.mcp.idleTimeoutMs = need(parseDuration(v['idle-timeout']), '--idle-timeout', 'a duration like 15m', v['idle-timeout']);
  }
  if (v['max-sessions'] !== undefined) {
    options.mcp.maxSessions = need(parseCount(v['max-sessions']), '--max-sessions', 'a whole number', v['max-sessions']);
  }
  options.mcpHttp = parseMcpHttpFlags(v, options.command, { fail: (message) => { throw new UsageError(message); }, duration: parseDuration });
  return options;
}

import { McpSessions } from '../sessions.js';
import type { SandboxOptions } from '../../sandbox/options.js';
import { InvalidOptionsError } from '../../core/errors.js';
import { connectRedisSessionStore } from '../../store/redis-store.js';
import { StoredSessions } from '../../store/stored-sessions.js';
import type { McpOptions } from '../server.js';
import type { McpSessionProvider } from '../session-provider.js';
import { startMcpHttpServer, type McpHttpServer } from './http-server.js';
import { StoredMcpSessions } from './stored-mcp-sessions.js';

/**
 * `micropython-sandbox mcp --mcp-http PORT [--mcp-host HOST] [--redis URL]`: one process keeps
 * sessions live in its memory; with --redis, sessions live in Redis as sealed snapshots (key from
 * MICROPYTHON_SANDBOX_SNAPSHOT_KEY) and any number of processes serve them.
 */

export const SNAPSHOT_KEY_ENV = 'MICROPYTHON_SANDBOX_SNAPSHOT_KEY';

export interface McpHttpFlags {
  port: number;
  host: string;
  redisUrl?: string | undefined;
  /** Lease lifetime for Redis sessions (how long a dead process blocks its sessions). */
  leaseMs?: number | undefined;
}

export async function openMcpHttp(options: SandboxOptions, mcp: McpOptions, flags: McpHttpFlags, version?: string,
  env: NodeJS.ProcessEnv = process.env): Promise<McpHttpServer> {
  let sessions: McpSessionProvider;
  if (flags.redisUrl) {
    const key = env[SNAPSHOT_KEY_ENV];
    if (!key) throw new InvalidOptionsError(SNAPSHOT_KEY_ENV, 'must be set with --redis: a secret of at least 32 bytes (e.g. `openssl rand -hex 32`) shared by every server process');
    const store = await connectRedisSessionStore(flags.redisUrl);
    const stored = new StoredSessions({
      store, snapshotKey: key, session: options, idleTtlMs: mcp.idleTimeoutMs, maxSessions: mcp.maxSessions, maxLocalSessions: mcp.maxSessions,
      ...(flags.leaseMs ? { leaseMs: flags.leaseMs } : {}),
    });
    await stored.warm();
    sessions = new StoredMcpSessions(stored, () => store.close(), mcp.idleTimeoutMs);
  } else {
    sessions = new McpSessions(options, mcp.idleTimeoutMs, mcp.maxSessions);
  }
  return startMcpHttpServer(options, mcp, sessions, { port: flags.port, host: flags.host }, version);
}

/** Serves until SIGINT or SIGTERM. */
export async function serveMcpHttp(options: SandboxOptions, mcp: McpOptions, flags: McpHttpFlags, version?: string): Promise<void> {
  const http = await openMcpHttp(options, mcp, flags, version);
  process.stderr.write(`micropython-sandbox: MCP over HTTP on ${http.url}${flags.redisUrl ? ' (sessions in Redis)' : ''}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await http.close();
}

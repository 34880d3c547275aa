/**
 * `--mcp-http PORT`, `--mcp-host HOST`, `--redis URL`, `--lease DURATION`: MCP over Streamable
 * HTTP (see mcp/http/serve.ts).
 */

export interface McpHttpCliFlags {
  port: number;
  host: string;
  redisUrl?: string;
  /** With --redis: how long a process that died holds its sessions. */
  leaseMs?: number;
}

export const MCP_HTTP_OPTIONS = {
  'mcp-http': { type: 'string' },
  'mcp-host': { type: 'string' },
  redis: { type: 'string' },
  lease: { type: 'string' },
} as const;

interface Parsers {
  fail: (message: string) => never;
  duration: (text: string) => number | undefined;
}

export function parseMcpHttpFlags(
  values: { 'mcp-http'?: string | undefined; 'mcp-host'?: string | undefined; redis?: string | undefined; lease?: string | undefined },
  command: string, { fail, duration }: Parsers): McpHttpCliFlags | undefined {
  const { 'mcp-http': port, 'mcp-host': host, redis, lease } = values;
  if (port === undefined) {
    if (host !== undefined || redis !== undefined) fail(`${host !== undefined ? '--mcp-host' : '--redis'} needs --mcp-http PORT`);
    if (lease !== undefined) fail('--lease needs --mcp-http PORT --redis URL');
    return undefined;
  }
  if (lease !== undefined && redis === undefined) fail('--lease applies to sessions in Redis: add --redis URL');
  const leaseMs = lease === undefined ? undefined : duration(lease);
  if (lease !== undefined && (leaseMs === undefined || leaseMs < 100)) fail(`--lease expects a duration of at least 100ms like 10s, got '${lease}'`);
  if (command !== 'mcp') fail('--mcp-http belongs to the mcp command: micropython-sandbox mcp --mcp-http 8080');
  const number = /^\d+$/.test(port) ? Number(port) : NaN;
  if (!(number >= 0 && number <= 65535)) fail(`--mcp-http expects a port from 0 to 65535, got '${port}'`);
  if (host !== undefined && !/^[\w.:-]+$/.test(host)) fail(`--mcp-host expects an address like 127.0.0.1 or 0.0.0.0, got '${host}'`);
  if (redis !== undefined && !/^rediss?:\/\/\S+$/.test(redis)) fail(`--redis expects a URL like redis://127.0.0.1:6379, got '${redis}'`);
  return { port: number, host: host ?? '127.0.0.1', ...(redis !== undefined ? { redisUrl: redis } : {}), ...(leaseMs !== undefined ? { leaseMs } : {}) };
}

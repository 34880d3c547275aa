import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { SandboxOptions } from '../../sandbox/options.js';
import { createMcpServer, type McpOptions } from '../server.js';
import type { McpSessionProvider } from '../session-provider.js';

/**
 * MCP over Streamable HTTP (node:http + the SDK's StreamableHTTPServerTransport), stateless: each
 * POST to /mcp gets its own protocol server, so any process behind a load balancer can answer any
 * request; Python sessions are named by the tools' `session_id` and live in the session provider
 * (this process's memory, or a store shared by all processes). GET /healthz answers 200 for load
 * balancers. On a loopback address the Host header must name it (DNS rebinding protection).
 */

export interface McpHttpOptions {
  /** Address to bind. Default 127.0.0.1 (only this machine). */
  host?: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Largest request body accepted, in bytes. Default 4 MiB. */
  maxBodyBytes?: number;
}

export interface McpHttpServer {
  server: Server;
  /** http://host:port/mcp */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startMcpHttpServer(options: SandboxOptions, mcp: McpOptions, sessions: McpSessionProvider,
  http: McpHttpOptions, version?: string): Promise<McpHttpServer> {
  const host = http.host ?? '127.0.0.1';
  let allowedHosts: string[] | undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (path !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the MCP endpoint is /mcp\n');
      return;
    }
    const { server } = createMcpServer(options, mcp, version, sessions);
    // No session id generator: stateless, any process can answer any request.
    const transport = new StreamableHTTPServerTransport({
      enableJsonResponse: true,
      ...(allowedHosts ? { enableDnsRebindingProtection: true, allowedHosts } : {}),
      ...(http.maxBodyBytes ? { maxRequestBodySize: http.maxBodyBytes } : {}),
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: `internal error: ${(error as Error).message}` }, id: null }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(http.port, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  if (LOOPBACK.has(host)) allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${port}/mcp`,
    async close() {
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sessions.closeAll();
    },
  };
}

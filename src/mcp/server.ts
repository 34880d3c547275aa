import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { run } from '../sandbox/run.js';
import type { SandboxOptions } from '../sandbox/options.js';
import type { RunResult } from '../sandbox/result.js';
import { McpSessions } from './sessions.js';
import type { McpSessionProvider } from './session-provider.js';
import { renderResult, runPythonDescription, structuredResult, type ReplyContext } from './tool-text.js';

/**
 * The MCP server: tools `run_python` and `reset_session` over the official SDK. Limits and grants
 * come from the command line and apply to every call. Guest output never touches the process's
 * own stdout (the protocol stream); it is returned in tool results, truncated with a marker. A
 * client's cancellation of a call stops its run.
 */

export interface McpOptions {
  idleTimeoutMs: number;
  maxSessions: number;
}

/**
 * Registers the tools on `server`, backed by `sessions`. Transport-neutral: a stdio server and an
 * HTTP server (one McpServer per connection) can share one session manager.
 */
export function registerTools(server: McpServer, sessions: McpSessionProvider, options: SandboxOptions): void {
  server.registerTool('run_python', {
    title: 'Run Python (sandboxed MicroPython)',
    description: runPythonDescription(options, sessions.idleTimeoutMs),
    inputSchema: {
      code: z.string().max(1_000_000).describe('Python source to run'),
      session_id: z.string().min(1).max(128).regex(/^[\w.-]+$/).optional()
        .describe('Name of a session to keep state in; omit for a fresh interpreter'),
    },
  }, async ({ code, session_id: sessionId }, extra) => {
    try {
      const context: ReplyContext = { sessionId, idleTimeoutMs: sessions.idleTimeoutMs };
      let result: RunResult & { recovered?: 'snapshot' | 'reset' };
      if (sessionId) {
        const lease = await sessions.lease(sessionId);
        context.sessionExpired = lease.expired;
        result = await lease.session.run(code, { signal: extra.signal });
      } else {
        result = await run(code, { ...options, signal: extra.signal });
      }
      return {
        content: [{ type: 'text', text: renderResult(result, context) }],
        structuredContent: structuredResult(result, context),
        isError: !result.ok,
      };
    } catch (error) {
      return { content: [{ type: 'text', text: `sandbox error: ${(error as Error).message}` }], isError: true };
    }
  });

  server.registerTool('reset_session', {
    title: 'Reset a Python session',
    description: 'Discard a session created by run_python (its variables, files and imports). The next run_python with that session_id starts fresh.',
    inputSchema: { session_id: z.string().min(1).max(128) },
  }, async ({ session_id: sessionId }) => {
    const existed = await sessions.reset(sessionId);
    return { content: [{ type: 'text', text: existed ? `session ${sessionId} reset` : `no session named ${sessionId}` }] };
  });
}

export function createMcpServer(options: SandboxOptions, mcp: McpOptions, version = '0.0.0',
  sessions: McpSessionProvider = new McpSessions(options, mcp.idleTimeoutMs, mcp.maxSessions)): { server: McpServer; sessions: McpSessionProvider } {
  const server = new McpServer({ name: 'micropython-sandbox', version });
  registerTools(server, sessions, options);
  return { server, sessions };
}

/** Serves MCP on stdin/stdout until the client disconnects. */
export async function serveMcp(options: SandboxOptions, mcp: McpOptions, version?: string): Promise<void> {
  const { server, sessions } = createMcpServer(options, mcp, version);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await sessions.closeAll();
  await server.close();
}

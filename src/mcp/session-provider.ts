import type { SessionRunOptions, SessionRunResult } from '../sandbox/session.js';

/**
 * What the MCP tools need of a session table: the in-process McpSessions, or sessions kept in a
 * store shared by several server processes (http/stored-mcp-sessions.ts).
 */
export interface McpSessionProvider {
  /** The named session, created on first use. */
  get(id: string): Promise<{ run(code: string, options?: SessionRunOptions): Promise<SessionRunResult> }>;
  /** Discards the named session; false when there was none. */
  reset(id: string): Promise<boolean>;
  closeAll(): Promise<void>;
}

import type { SessionRunOptions, SessionRunResult } from '../sandbox/session.js';

/**
 * What the MCP tools need of a session table: the in-process McpSessions, or sessions kept in a
 * store shared by several server processes (http/stored-mcp-sessions.ts).
 */
export interface McpSessionProvider {
  /** How long an unused session lives (the tool description tells the model). */
  readonly idleTimeoutMs: number;
  /** The named session, created on first use; `expired` when an earlier one of that name had expired. */
  lease(id: string): Promise<{ session: { run(code: string, options?: SessionRunOptions): Promise<SessionRunResult> }; expired: boolean }>;
  /** Discards the named session; false when there was none. */
  reset(id: string): Promise<boolean>;
  closeAll(): Promise<void>;
}

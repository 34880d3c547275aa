import type { SessionRunOptions } from '../../sandbox/session.js';
import type { StoredSessions } from '../../store/stored-sessions.js';
import type { McpSessionProvider } from '../session-provider.js';

/** The MCP tools' session table over StoredSessions: every call runs under the session's lease. */
export class StoredMcpSessions implements McpSessionProvider {
  /**
   * `onClose` runs after the sessions are closed (e.g. to close the store's connection);
   * `idleTimeoutMs` is what the tool description tells the model about idle sessions.
   */
  constructor(private readonly stored: StoredSessions, private readonly onClose?: () => Promise<void>, readonly idleTimeoutMs = 15 * 60_000) {}

  async lease(id: string): Promise<{ session: { run(code: string, options?: SessionRunOptions): ReturnType<StoredSessions['run']> }; expired: boolean }> {
    // A stored session lives as long as the store keeps it; it is never recreated behind the caller's back.
    return { session: { run: (code, options) => this.stored.run(id, code, options) }, expired: false };
  }

  reset(id: string): Promise<boolean> {
    return this.stored.reset(id);
  }

  async closeAll(): Promise<void> {
    await this.stored.close();
    await this.onClose?.();
  }
}

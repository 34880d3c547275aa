import type { SessionRunOptions } from '../../sandbox/session.js';
import type { StoredSessions } from '../../store/stored-sessions.js';
import type { McpSessionProvider } from '../session-provider.js';

/** The MCP tools' session table over StoredSessions: every call runs under the session's lease. */
export class StoredMcpSessions implements McpSessionProvider {
  /** `onClose` runs after the sessions are closed (e.g. to close the store's connection). */
  constructor(private readonly stored: StoredSessions, private readonly onClose?: () => Promise<void>) {}

  async get(id: string): Promise<{ run(code: string, options?: SessionRunOptions): ReturnType<StoredSessions['run']> }> {
    return { run: (code, options) => this.stored.run(id, code, options) };
  }

  reset(id: string): Promise<boolean> {
    return this.stored.reset(id);
  }

  async closeAll(): Promise<void> {
    await this.stored.close();
    await this.onClose?.();
  }
}

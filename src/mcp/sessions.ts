import { createSession } from '../sandbox/run.js';
import type { SandboxOptions } from '../sandbox/options.js';
import type { Session } from '../sandbox/session.js';
import { QueueFullError } from '../core/errors.js';

/**
 * The MCP server's named sessions: created on first use, closed after an idle period or on
 * reset, and bounded in number so a client cannot pile up interpreters.
 */
export class McpSessions {
  private readonly sessions = new Map<string, { session: Promise<Session>; timer: NodeJS.Timeout }>();

  constructor(
    private readonly options: SandboxOptions,
    private readonly idleTimeoutMs: number,
    private readonly maxSessions: number,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  async get(id: string): Promise<Session> {
    const existing = this.sessions.get(id);
    if (existing) {
      existing.timer.refresh();
      return existing.session;
    }
    if (this.sessions.size >= this.maxSessions) {
      throw new QueueFullError(`too many open sessions (${this.maxSessions}); reset one first`);
    }
    const session = createSession(this.options);
    const timer = setTimeout(() => void this.reset(id), this.idleTimeoutMs);
    timer.unref();
    this.sessions.set(id, { session, timer });
    session.catch(() => this.sessions.delete(id));
    return session;
  }

  async reset(id: string): Promise<boolean> {
    const entry = this.sessions.get(id);
    if (!entry) return false;
    this.sessions.delete(id);
    clearTimeout(entry.timer);
    await (await entry.session.catch(() => undefined))?.close();
    return true;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.reset(id)));
  }
}

import { createSession } from '../sandbox/run.js';
import type { SandboxOptions } from '../sandbox/options.js';
import type { Session } from '../sandbox/session.js';
import { QueueFullError } from '../core/errors.js';

/**
 * The MCP server's named sessions: created on first use, closed after an idle period or on
 * reset, and bounded in number so a client cannot pile up interpreters. Names of sessions that
 * expired are remembered (a bounded number of them), so the next call on one can say that its
 * state is gone instead of silently starting afresh.
 */

export interface SessionLease {
  session: Session;
  /** The session of this name had expired (idle too long); this one is new and empty. */
  expired: boolean;
}

/** How many expired names are remembered; the oldest are forgotten first. */
const REMEMBERED_EXPIRED = 10_000;

export class McpSessions {
  private readonly sessions = new Map<string, { session: Promise<Session>; timer: NodeJS.Timeout }>();
  private readonly expired = new Set<string>();

  constructor(
    private readonly options: SandboxOptions,
    readonly idleTimeoutMs: number,
    private readonly maxSessions: number,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  async get(id: string): Promise<Session> {
    return (await this.lease(id)).session;
  }

  /** The session named `id`, created if needed, saying whether an earlier one of that name expired. */
  async lease(id: string): Promise<SessionLease> {
    const existing = this.sessions.get(id);
    if (existing) {
      existing.timer.refresh();
      return { session: await existing.session, expired: false };
    }
    if (this.sessions.size >= this.maxSessions) {
      throw new QueueFullError(`too many open sessions (${this.maxSessions}); reset one first`);
    }
    const expired = this.expired.delete(id);
    const session = createSession(this.options);
    const timer = setTimeout(() => void this.expire(id), this.idleTimeoutMs);
    timer.unref();
    this.sessions.set(id, { session, timer });
    session.catch(() => this.sessions.delete(id));
    return { session: await session, expired };
  }

  async reset(id: string): Promise<boolean> {
    this.expired.delete(id);
    const entry = this.sessions.get(id);
    if (!entry) return false;
    this.sessions.delete(id);
    clearTimeout(entry.timer);
    await (await entry.session.catch(() => undefined))?.close();
    return true;
  }

  private async expire(id: string): Promise<void> {
    if (!(await this.reset(id))) return;
    this.expired.add(id);
    if (this.expired.size > REMEMBERED_EXPIRED) this.expired.delete(this.expired.values().next().value!);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.reset(id)));
  }
}

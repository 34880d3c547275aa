import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkSessionOptions } from '../../sandbox/check-options.js';
import { createSession } from '../../sandbox/run.js';
import type { SessionOptions } from '../../sandbox/pool.js';
import type { Session, SessionRunOptions } from '../../sandbox/session.js';
import { InvalidOptionsError, QueueFullError, SessionClosedError } from '../../core/errors.js';
import { toToolOutput, type ToolOutput, DEFAULT_MAX_TEXT } from './tool-output.js';
import { toolDescription } from './description.js';

/**
 * What every framework adapter shares: one sandbox session per conversation (created on first
 * use, closed after an idle period, bounded in number), limits and grants passed through to each
 * session, the framework's abort signal turned into a cancelled run, and output shaped for a
 * model. The adapters only translate between this and their framework's tool shape.
 */

export interface PythonSandboxOptions extends SessionOptions {
  /** A conversation's session is closed after this long without a call. Default 15 minutes. */
  idleTimeoutMs?: number;
  /** Conversations with a live session at once; past it a call fails with QueueFullError. Default 100. */
  maxSessions?: number;
  /** Characters of stdout, stderr, value and traceback returned to the model. Default 20,000. */
  maxTextChars?: number;
}

export interface ExecuteOptions {
  /** The conversation whose session runs the code. */
  conversationId: string;
  /** The framework's abort signal: when it fires, the run is cancelled. */
  signal?: AbortSignal | undefined;
}

/** The tool's input, for frameworks that take a zod schema. */
export const pythonToolInput = z.object({
  code: z.string().min(1).max(1_000_000).describe(
    'Python source to run. Variables, functions and imports persist between calls in this conversation. End with an expression to get its value back.',
  ),
});
export type PythonToolInput = z.infer<typeof pythonToolInput>;

export class PythonSandbox {
  private readonly sessions = new Map<string, { session: Promise<Session>; timer: NodeJS.Timeout }>();
  private readonly sessionOptions: SessionOptions;
  private readonly idleTimeoutMs: number;
  private readonly maxSessions: number;
  private readonly maxTextChars: number;
  private closed = false;
  /** What the model is told about the tool: the dialect and the limits and grants in force. */
  readonly description: string;

  constructor(options: PythonSandboxOptions = {}) {
    const { idleTimeoutMs = 15 * 60_000, maxSessions = 100, maxTextChars = DEFAULT_MAX_TEXT, ...sessionOptions } = options;
    for (const [name, value] of [['idleTimeoutMs', idleTimeoutMs], ['maxSessions', maxSessions], ['maxTextChars', maxTextChars]] as const) {
      if (!Number.isSafeInteger(value) || value < 1) throw new InvalidOptionsError(`options.${name}`, 'must be a positive integer');
    }
    this.sessionOptions = sessionOptions;
    checkSessionOptions(this.sessionOptions);
    this.idleTimeoutMs = idleTimeoutMs;
    this.maxSessions = maxSessions;
    this.maxTextChars = maxTextChars;
    this.description = toolDescription(sessionOptions);
  }

  /** A fresh conversation id, for a tool bound to a conversation of its own. */
  static newConversationId(): string {
    return randomUUID();
  }

  get size(): number {
    return this.sessions.size;
  }

  private session(conversationId: string): Promise<Session> {
    if (this.closed) throw new SessionClosedError('sandbox');
    const existing = this.sessions.get(conversationId);
    if (existing) {
      existing.timer.refresh();
      return existing.session;
    }
    if (this.sessions.size >= this.maxSessions) {
      throw new QueueFullError(`too many conversations with a live session (${this.maxSessions}); reset or close one first`);
    }
    const session = createSession(this.sessionOptions);
    const timer = setTimeout(() => void this.reset(conversationId), this.idleTimeoutMs);
    timer.unref();
    this.sessions.set(conversationId, { session, timer });
    session.catch(() => {
      if (this.sessions.get(conversationId)?.session === session) this.sessions.delete(conversationId);
    });
    return session;
  }

  /** Runs `code` in the conversation's session. Guest failures come back in the output. */
  async execute(code: string, options: ExecuteOptions): Promise<ToolOutput> {
    if (typeof options.conversationId !== 'string' || options.conversationId.length === 0) {
      throw new InvalidOptionsError('conversationId', 'must be a non-empty string');
    }
    const session = await this.session(options.conversationId);
    // An abort that came before the run is a cancelled run too, reported as such to the model.
    if (options.signal?.aborted) {
      return toToolOutput({
        ok: false, stdout: '', stderr: '', truncated: { stdout: false, stderr: false }, fuelUsed: 0, durationMs: 0, memoryBytes: 0,
        error: { type: 'Cancelled', message: 'the call was cancelled before it started', traceback: '', truncated: false, kind: 'limit', limit: 'cancelled' },
      }, this.maxTextChars);
    }
    const runOptions: SessionRunOptions = options.signal ? { signal: options.signal } : {};
    return toToolOutput(await session.run(code, runOptions), this.maxTextChars);
  }

  /** Discards a conversation's session; the next call starts fresh. Returns whether one existed. */
  async reset(conversationId: string): Promise<boolean> {
    const entry = this.sessions.get(conversationId);
    if (!entry) return false;
    this.sessions.delete(conversationId);
    clearTimeout(entry.timer);
    await (await entry.session.catch(() => undefined))?.close();
    return true;
  }

  /** Closes every session. Safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.sessions.keys()].map((id) => this.reset(id)));
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

export function createPythonSandbox(options?: PythonSandboxOptions): PythonSandbox {
  return new PythonSandbox(options);
}

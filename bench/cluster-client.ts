import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/**
 * What a load balancer does for the cluster tests: send each call to a live node, and when a
 * node stops answering, mark it down and send later calls to another. A call that was in flight
 * on a node that died is reported as lost (it may or may not have been saved), never retried:
 * Python code is not idempotent.
 */

export interface CallOutcome {
  ok: boolean;
  value: string | null;
  text: string;
  node: string;
}

export class NodeDownError extends Error {
  constructor(readonly node: string, cause: unknown) {
    super(`node ${node} stopped answering: ${(cause as Error).message}`, { cause });
  }
}

export class Balancer {
  private readonly down = new Set<string>();
  constructor(readonly urls: readonly string[]) {}

  pick(preferred: number): string {
    for (let i = 0; i < this.urls.length; i++) {
      const url = this.urls[(preferred + i) % this.urls.length]!;
      if (!this.down.has(url)) return url;
    }
    throw new Error('every node is down');
  }

  markDown(url: string): void {
    this.down.add(url);
  }
}

function isConnectionFailure(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ''} ${String((error as { cause?: { code?: string } })?.cause?.code ?? '')}`;
  return /fetch failed|ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|socket hang up|other side closed|terminated/i.test(text);
}

/** One agent's connection: MCP clients per node, created on first use. */
export class AgentClient {
  private readonly clients = new Map<string, Client>();

  constructor(private readonly balancer: Balancer, private readonly preferred: number) {}

  private async client(url: string): Promise<Client> {
    let client = this.clients.get(url);
    if (!client) {
      client = new Client({ name: 'cluster-agent', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      this.clients.set(url, client);
    }
    return client;
  }

  /** Runs code in a session on a live node; throws NodeDownError when the node died under the call. */
  async run(sessionId: string, code: string): Promise<CallOutcome> {
    const url = this.balancer.pick(this.preferred);
    try {
      const client = await this.client(url);
      const r = (await client.callTool({ name: 'run_python', arguments: { code, session_id: sessionId } })) as {
        content: Array<{ text: string }>; isError?: boolean; structuredContent?: { value?: string | null };
      };
      return { ok: r.isError !== true, value: r.structuredContent?.value ?? null, text: r.content[0]?.text ?? '', node: url };
    } catch (error) {
      if (!isConnectionFailure(error)) throw error;
      this.balancer.markDown(url);
      this.clients.delete(url);
      throw new NodeDownError(url, error);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.close().catch(() => {})));
  }
}

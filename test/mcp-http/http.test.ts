import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startMcpHttpServer } from '../../src/mcp/http/http-server.js';
import { McpSessions } from '../../src/mcp/sessions.js';
import { BIN } from '../support/cli.js';

/** MCP over Streamable HTTP, through the SDK's real client over real sockets. */

interface ToolText {
  content: Array<{ type: string; text: string }>;
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ name: 'http-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

async function call(client: Client, code: string, sessionId?: string): Promise<ToolText> {
  return (await client.callTool({ name: 'run_python', arguments: { code, ...(sessionId ? { session_id: sessionId } : {}) } })) as ToolText;
}

describe('MCP over Streamable HTTP (in-process server, SDK client)', async () => {
  const options = { timeoutMs: 2000, memoryLimit: 32 * 1024 * 1024 };
  const mcp = { idleTimeoutMs: 60_000, maxSessions: 10 };
  const http = await startMcpHttpServer(options, mcp, new McpSessions(options, mcp.idleTimeoutMs, mcp.maxSessions), { port: 0 });
  after(() => http.close());

  test('binds to 127.0.0.1 by default, lists the tools and runs code', async () => {
    assert.match(http.url, /^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const client = await connect(http.url);
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['reset_session', 'run_python']);
    const r = await call(client, 'print("over http")\n6 * 7');
    assert.equal(r.isError, false);
    assert.match(r.content[0]!.text, /over http/);
    assert.equal(r.structuredContent!['value'], '42');
    await client.close();
  });

  test('a named session keeps state across separate client connections (the server is stateless)', async () => {
    const first = await connect(http.url);
    await call(first, 'memo = {"k": 1}', 'conv');
    await first.close();
    const second = await connect(http.url);
    const r = await call(second, 'memo["k"] + 1', 'conv');
    assert.equal(r.structuredContent!['value'], '2');
    await second.callTool({ name: 'reset_session', arguments: { session_id: 'conv' } });
    assert.equal((await call(second, 'memo', 'conv')).isError, true);
    await second.close();
  });

  test('health check, unknown paths, and a foreign Host header (DNS rebinding) are answered correctly', async () => {
    const base = http.url.replace(/\/mcp$/, '');
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    assert.equal((await fetch(`${base}/other`)).status, 404);
    const { port } = new URL(http.url);
    const rebound = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers: { host: `evil.example:${port}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
      }, reject);
    });
    assert.equal(rebound, 403);
  });
});

describe('micropython-sandbox mcp --mcp-http (a real process)', () => {
  test('serves MCP over HTTP on the port it prints, with the flags\' limits', async () => {
    const child = spawn(process.execPath, [BIN, 'mcp', '--mcp-http', '0', '--timeout', '1s'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stderr.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const m = /MCP over HTTP on (\S+)/.exec(text);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
      });
      const client = await connect(url);
      const { tools } = await client.listTools();
      assert.match(tools.find((t) => t.name === 'run_python')!.description!, /1 s/, 'the --timeout flag reached the server');
      const r = await call(client, 'while True:\n    pass');
      assert.equal(r.isError, true);
      assert.match(r.content[0]!.text, /limit hit: (Timeout|FuelExhausted)/);
      await client.close();
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0, 'SIGTERM shuts it down cleanly');
    }
  });
});

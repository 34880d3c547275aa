import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createMcpServer } from '../../src/mcp/server.js';
import { BIN } from '../support/cli.js';

interface ToolText {
  content: Array<{ type: string; text: string }>;
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
}

describe('MCP server over stdio (a real SDK client spawns it)', () => {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '--timeout', '1s', '--memory', '32M'], stderr: 'pipe' });
  const client = new Client({ name: 'test-client', version: '1.0.0' });
  after(() => client.close());

  test('lists its tools with a description of what MicroPython supports', async () => {
    await client.connect(transport);
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['reset_session', 'run_python']);
    const run = tools.find((t) => t.name === 'run_python')!;
    assert.match(run.description!, /MicroPython/);
    assert.match(run.description!, /Not available: numpy/);
    assert.match(run.description!, /32 MiB memory, 1 s/);
    assert.deepEqual(Object.keys((run.inputSchema as { properties: object }).properties).sort(), ['code', 'session_id']);
  });

  test('runs code and returns stdout, the value and fuel used', async () => {
    const r = (await client.callTool({ name: 'run_python', arguments: { code: 'print("hello")\n6 * 7' } })) as ToolText;
    assert.equal(r.isError, false);
    assert.match(r.content[0]!.text, /stdout:\nhello\n/);
    assert.match(r.content[0]!.text, /value: 42/);
    assert.match(r.content[0]!.text, /fuel used: \d+/);
    assert.equal(r.structuredContent!['value'], '42');
  });

  test('keeps state in a session and forgets it after reset_session', async () => {
    await client.callTool({ name: 'run_python', arguments: { code: 'memory = ["a"]', session_id: 'agent-1' } });
    const kept = (await client.callTool({ name: 'run_python', arguments: { code: 'memory.append("b")\nmemory', session_id: 'agent-1' } })) as ToolText;
    assert.match(kept.content[0]!.text, /value: \['a', 'b'\]/);
    const other = (await client.callTool({ name: 'run_python', arguments: { code: 'memory', session_id: 'agent-2' } })) as ToolText;
    assert.equal(other.isError, true);
    assert.match(other.content[0]!.text, /NameError/);
    await client.callTool({ name: 'reset_session', arguments: { session_id: 'agent-1' } });
    const reset = (await client.callTool({ name: 'run_python', arguments: { code: 'memory', session_id: 'agent-1' } })) as ToolText;
    assert.match(reset.content[0]!.text, /NameError/);
  });

  test('a limit hit is a clean tool error, and the session survives it', async () => {
    await client.callTool({ name: 'run_python', arguments: { code: 'x = 1', session_id: 'limits' } });
    const r = (await client.callTool({ name: 'run_python', arguments: { code: 'while True: pass', session_id: 'limits' } })) as ToolText;
    assert.equal(r.isError, true);
    assert.match(r.content[0]!.text, /limit hit: (Timeout|FuelExhausted)/);
    const memory = (await client.callTool({ name: 'run_python', arguments: { code: 'b = bytearray(100 * 1024 * 1024)', session_id: 'limits' } })) as ToolText;
    assert.match(memory.content[0]!.text, /MemoryError/);
    const after = (await client.callTool({ name: 'run_python', arguments: { code: 'x + 1', session_id: 'limits' } })) as ToolText;
    assert.match(after.content[0]!.text, /value: 2/);
  });

  test('invalid arguments are rejected by the schema', async () => {
    const r = (await client.callTool({ name: 'run_python', arguments: { code: 42 } })) as ToolText;
    assert.equal(r.isError, true);
  });
});

describe('MCP server in memory', () => {
  test('long output is truncated with a clear marker', async () => {
    const { server, sessions } = createMcpServer({}, { idleTimeoutMs: 60_000, maxSessions: 2 });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'mem', version: '1.0.0' });
    await server.connect(serverSide);
    await client.connect(clientSide);
    try {
      const r = (await client.callTool({ name: 'run_python', arguments: { code: 'print("x" * 50000)' } })) as ToolText;
      assert.match(r.content[0]!.text, /\[\.\.\. stdout truncated: \d+ more characters not shown \.\.\.\]/);
      for (const id of ['a', 'b']) await client.callTool({ name: 'run_python', arguments: { code: '1', session_id: id } });
      const third = (await client.callTool({ name: 'run_python', arguments: { code: '1', session_id: 'c' } })) as ToolText;
      assert.equal(third.isError, true);
      assert.match(third.content[0]!.text, /too many open sessions/);
    } finally {
      await client.close();
      await sessions.closeAll();
    }
  });
});

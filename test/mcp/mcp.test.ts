import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createMcpServer } from '../../src/mcp/server.js';
import { DIALECT_NOTES, MAX_TEXT, runPythonDescription } from '../../src/mcp/tool-text.js';
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
    assert.match(run.description!, /Differences from CPython: upper\(\)\/lower\(\) know Latin/);
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

  test('a cancelled call stops its run: the session is free for the next call at once', async () => {
    // Without cancellation the loop would hold the session for the whole 60 s time limit.
    const slow = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '--timeout', '60s', '--fuel', '1e15'], stderr: 'pipe' });
    const own = new Client({ name: 'cancel-client', version: '1.0.0' });
    await own.connect(slow);
    try {
      await own.callTool({ name: 'run_python', arguments: { code: 'n = 1', session_id: 'c' } });
      const controller = new AbortController();
      const looping = own.callTool({ name: 'run_python', arguments: { code: 'while True:\n    n += 1', session_id: 'c' } }, undefined, { signal: controller.signal });
      setTimeout(() => controller.abort(), 300);
      await assert.rejects(looping);
      const next = (await own.callTool({ name: 'run_python', arguments: { code: 'n > 1', session_id: 'c' } }, undefined, { timeout: 20_000 })) as ToolText;
      assert.equal(next.isError, false, next.content[0]!.text);
      assert.equal(next.structuredContent!['value'], 'True', 'the session kept its state and ran the loop until cancelled');
    } finally {
      await own.close();
    }
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
  async function connected(idleTimeoutMs = 60_000) {
    const { server, sessions } = createMcpServer({}, { idleTimeoutMs, maxSessions: 4 });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'mem', version: '1.0.0' });
    await server.connect(serverSide);
    await client.connect(clientSide);
    return { client, close: async () => { await client.close(); await sessions.closeAll(); } };
  }

  test('structuredContent is capped like the text, with flags saying what was cut', async () => {
    const { client, close } = await connected();
    try {
      const r = (await client.callTool({ name: 'run_python', arguments: { code: 'print("x" * 50000)\nprint("e" * 30000, file=__import__("sys").stderr)\n"v" * 40000' } })) as ToolText;
      const s = r.structuredContent!;
      assert.equal((s['stdout'] as string).length, MAX_TEXT);
      assert.equal((s['stderr'] as string).length, MAX_TEXT);
      assert.equal((s['value'] as string).length, MAX_TEXT);
      assert.deepEqual(s['truncated'], { stdout: true, stderr: true, traceback: false, value: true });
      assert.ok(JSON.stringify(s).length < 4 * MAX_TEXT + 1000);
      const failed = (await client.callTool({ name: 'run_python', arguments: { code: 'raise ValueError("m" * 50000)' } })) as ToolText;
      const error = failed.structuredContent!['error'] as { message: string; traceback: string; kind: string };
      assert.equal(error.kind, 'exception');
      assert.ok(error.message.length <= MAX_TEXT && error.traceback.length <= MAX_TEXT);
      assert.equal((failed.structuredContent!['truncated'] as { traceback: boolean }).traceback, true);
      const small = (await client.callTool({ name: 'run_python', arguments: { code: 'print("hi")' } })) as ToolText;
      assert.deepEqual(small.structuredContent!['truncated'], { stdout: false, stderr: false, traceback: false, value: false });
    } finally {
      await close();
    }
  });

  test('a call on an expired session says the session expired and its state is gone', async () => {
    const { client, close } = await connected(150);
    try {
      await client.callTool({ name: 'run_python', arguments: { code: 'kept = 1', session_id: 'old' } });
      await new Promise((r) => setTimeout(r, 600));
      const r = (await client.callTool({ name: 'run_python', arguments: { code: '"kept" in globals()', session_id: 'old' } })) as ToolText;
      assert.match(r.content[0]!.text, /^note: session old had expired after \d+ min idle; this call ran in a new, empty session/);
      assert.equal(r.structuredContent!['session_expired'], true);
      assert.equal(r.structuredContent!['value'], 'False');
      const again = (await client.callTool({ name: 'run_python', arguments: { code: '1', session_id: 'old' } })) as ToolText;
      assert.doesNotMatch(again.content[0]!.text, /expired/);
      const fresh = (await client.callTool({ name: 'run_python', arguments: { code: '1', session_id: 'never-used' } })) as ToolText;
      assert.doesNotMatch(fresh.content[0]!.text, /expired/);
    } finally {
      await close();
    }
  });

  test('every dialect difference the tool description states is true of the interpreter', async () => {
    const checks: Array<[string, string, RegExp]> = [
      ['know Latin, Greek and Cyrillic letters only', 'print("é".upper(), "ж".upper(), "ǆ".upper() == "ǆ")', /stdout:\nÉ Ж True\n/],
      ['no __del__ calls', 'class A:\n    def __del__(self):\n        print("del")\na = A()\ndel a\nimport gc\ngc.collect()\nprint("end")', /stdout:\nend\n/],
      ['enum classes cannot be class patterns', 'import enum\nclass Color(enum.Enum):\n    RED = 1\nmatch Color.RED:\n    case Color.RED:\n        print("value pattern")\ntry:\n    match Color.RED:\n        case Color():\n            pass\nexcept TypeError:\n    print("TypeError")', /stdout:\nvalue pattern\nTypeError\n/],
      ['recursion depth about 2,500', 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(2000)', /value: 2000/],
      ['recursion depth about 2,500', 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(4000)', /RecursionError/],
      ['collections (Counter, defaultdict, deque, namedtuple, OrderedDict), itertools', 'import math, json, re, random, time, datetime, collections, itertools, functools, dataclasses, typing, enum, decimal, fractions, statistics, string, textwrap, csv, struct, base64, binascii, hashlib, heapq, bisect, io, os, pathlib, sys\nfrom collections import Counter, defaultdict, deque, namedtuple, OrderedDict\nprint("all available")', /stdout:\nall available\n/],
    ];
    const description = runPythonDescription({}, 60_000);
    const { client, close } = await connected();
    try {
      for (const [claim, code, expected] of checks) {
        assert.ok(description.includes(claim), `the description says: ${claim}`);
        const r = (await client.callTool({ name: 'run_python', arguments: { code } })) as ToolText;
        assert.match(r.content[0]!.text, expected, `${claim}: ${code}`);
      }
      for (const note of DIALECT_NOTES) assert.ok(checks.some(([claim]) => note.includes(claim)), `a check covers: ${note}`);
    } finally {
      await close();
    }
  });

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

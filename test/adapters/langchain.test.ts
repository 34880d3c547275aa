import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ToolMessage } from '@langchain/core/messages';
import { createPythonSandbox, pythonTool, type ToolOutput } from '../../src/adapters/langchain/index.js';

/** The LangChain adapter, through LangChain's own invoke(). */

const sandbox = createPythonSandbox({ timeoutMs: 5000, memoryLimit: 32 * 1024 * 1024 });
after(() => sandbox.close());

describe('LangChain adapter', () => {
  test('invoke with a tool call returns a ToolMessage: text for the model, ToolOutput as artifact', async () => {
    const python = pythonTool({ sandbox });
    assert.equal(python.name, 'run_python');
    const message = await python.invoke({ type: 'tool_call', id: 'c1', name: 'run_python', args: { code: 'print("hi")\n2 ** 70' } });
    assert.ok(message instanceof ToolMessage);
    assert.match(String(message.content), /stdout:\nhi\n/);
    assert.match(String(message.content), /value: 1180591620717411303424/);
    const artifact = message.artifact as ToolOutput;
    assert.equal(artifact.value, '1180591620717411303424', 'big integers reach JSON as decimal strings');
  });

  test('configurable.thread_id selects the conversation', async () => {
    const python = pythonTool({ sandbox });
    await python.invoke({ code: 'name = "thread-a"' }, { configurable: { thread_id: 'a' } });
    await python.invoke({ code: 'name = "thread-b"' }, { configurable: { thread_id: 'b' } });
    const a = await python.invoke({ code: 'name' }, { configurable: { thread_id: 'a' } });
    assert.match(String(a), /value: 'thread-a'/);
  });

  test('errors tell the model the line and how to fix it', async () => {
    const python = pythonTool({ sandbox });
    const text = String(await python.invoke({ code: 'd = {}\nd["missing"]' }));
    assert.match(text, /error: KeyError at line 2/);
    assert.match(text, /hint: .*dict\.get/);
  });

  test('the signal in the call config cancels the run', async () => {
    const python = pythonTool({ sandbox });
    const text = String(await python.invoke({ code: 'while True:\n    pass' }, { signal: AbortSignal.timeout(200) }).catch((e: Error) => e.message));
    assert.match(text, /Cancelled|abort/i);
    assert.match(String(await python.invoke({ code: '3 * 3' })), /value: 9/);
  });

  test('schema validation refuses bad input before any code runs', async () => {
    const python = pythonTool({ sandbox });
    await assert.rejects(python.invoke({ code: 42 } as never), /schema|expected string/i);
  });
});

describe('LangChain adapter in a tool loop (the framework\'s fake chat model, no network)', () => {
  test('a bound model\'s tool calls run in the thread\'s session; the ToolMessages carry the output', async () => {
    const { FakeStreamingChatModel } = await import('@langchain/core/utils/testing');
    const { AIMessageChunk, HumanMessage } = await import('@langchain/core/messages');
    const python = pythonTool({ sandbox });
    // The fake model answers with the tool call it is given (as a model would choose one).
    const model = new FakeStreamingChatModel({
      chunks: [new AIMessageChunk({ content: '', tool_calls: [{ id: 'call-1', name: 'run_python', args: { code: 'squares = [i * i for i in range(1, 101)]\nsum(squares)' }, type: 'tool_call' }] })],
    }).bindTools([python]);
    const messages: import('@langchain/core/messages').BaseMessage[] = [new HumanMessage('Sum the squares of 1..100 with Python.')];
    const reply = await model.invoke(messages);
    messages.push(reply);
    assert.equal(reply.tool_calls?.length, 1);
    for (const call of reply.tool_calls ?? []) messages.push(await python.invoke(call, { configurable: { thread_id: 'loop' } }));
    const toolMessage = messages[2] as ToolMessage;
    assert.ok(toolMessage instanceof ToolMessage);
    assert.equal(toolMessage.tool_call_id, 'call-1');
    assert.match(String(toolMessage.content), /value: 338350/);
    const state = await python.invoke({ code: 'len(squares)' }, { configurable: { thread_id: 'loop' } });
    assert.match(String(state), /value: 100/);
  });
});

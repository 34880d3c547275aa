import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { RunContext } from '@openai/agents';
import { createPythonSandbox, pythonTool } from '../../src/adapters/openai-agents/index.js';

/** The OpenAI Agents SDK adapter, through the SDK's own FunctionTool.invoke (JSON arguments as a model sends them). */

const sandbox = createPythonSandbox({ timeoutMs: 5000, memoryLimit: 32 * 1024 * 1024 });
after(() => sandbox.close());

describe('OpenAI Agents SDK adapter', () => {
  test('a function tool with a strict JSON schema; state persists per conversation from the run context', async () => {
    const python = pythonTool<{ chatId: string }>({ sandbox, conversationId: (ctx) => ctx?.context.chatId });
    assert.equal(python.type, 'function');
    assert.equal(python.strict, true);
    assert.deepEqual((python.parameters as { required: string[] }).required, ['code']);
    const chat1 = new RunContext({ chatId: 'one' });
    const chat2 = new RunContext({ chatId: 'two' });
    await python.invoke(chat1, JSON.stringify({ code: 'seen = ["a"]' }));
    await python.invoke(chat2, JSON.stringify({ code: 'seen = ["z"]' }));
    assert.match(String(await python.invoke(chat1, JSON.stringify({ code: 'seen.append("b")\nseen' }))), /value: \['a', 'b'\]/);
  });

  test('errors come back to the model with the line and a hint', async () => {
    const python = pythonTool({ sandbox });
    const text = String(await python.invoke(new RunContext(), JSON.stringify({ code: 'import numpy' })));
    assert.match(text, /error: ImportError at line 1/);
    assert.match(text, /hint: .*no pip packages/);
  });

  test('the call signal cancels the run', async () => {
    const python = pythonTool({ sandbox });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const text = String(await python.invoke(new RunContext(), JSON.stringify({ code: 'while True:\n    pass' }), { signal: controller.signal }));
    assert.match(text, /Cancelled/);
  });

  test('malformed arguments are reported to the model, no code runs', async () => {
    const python = pythonTool({ sandbox });
    const text = String(await python.invoke(new RunContext(), '{"code": 7}'));
    assert.match(text, /invalid|error/i);
    assert.doesNotMatch(text, /^value:/m);
  });
});

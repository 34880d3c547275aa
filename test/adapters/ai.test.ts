import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { generateText, stepCountIs, type ToolExecutionOptions } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { createPythonSandbox, pythonTool, type ToolOutput } from '../../src/adapters/ai/index.js';

/** The AI SDK adapter, driven through the SDK's own tool API and its offline mock model. */

const sandbox = createPythonSandbox({ timeoutMs: 5000, memoryLimit: 32 * 1024 * 1024 });
after(() => sandbox.close());

function call(signal?: AbortSignal): ToolExecutionOptions {
  return { toolCallId: 'call-1', messages: [], ...(signal ? { abortSignal: signal } : {}) };
}

describe('AI SDK adapter', () => {
  test('a tool keeps state between calls of its conversation and returns value and stdout', async () => {
    const python = pythonTool({ sandbox });
    const a = (await python.execute!({ code: 'total = 40\nprint("set")' }, call())) as ToolOutput;
    assert.equal(a.ok, true);
    assert.equal(a.stdout, 'set\n');
    const b = (await python.execute!({ code: 'total + 2' }, call())) as ToolOutput;
    assert.equal(b.value, 42);
    assert.equal(b.valueRepr, '42');
    const other = (await pythonTool({ sandbox }).execute!({ code: 'total' }, call())) as ToolOutput;
    assert.equal(other.error?.type, 'NameError', 'another tool is another conversation');
  });

  test('errors carry type, line, message and a hint', async () => {
    const python = pythonTool({ sandbox });
    const r = (await python.execute!({ code: 'x = 1\ny = {}\ny["missing"]' }, call())) as ToolOutput;
    assert.equal(r.ok, false);
    assert.equal(r.error?.type, 'KeyError');
    assert.equal(r.error?.line, 3);
    assert.match(r.error!.hint, /dict\.get/);
  });

  test('the abort signal of the call cancels a running loop', async () => {
    const python = pythonTool({ sandbox });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const r = (await python.execute!({ code: 'while True:\n    pass' }, call(controller.signal))) as ToolOutput;
    assert.equal(r.error?.type, 'Cancelled');
    assert.match(r.error!.hint, /cancelled/);
    const again = (await python.execute!({ code: '1 + 1' }, call())) as ToolOutput;
    assert.equal(again.value, 2, 'the session works after a cancel');
  });

  test('the input schema refuses a call without code', async () => {
    const python = pythonTool({ sandbox });
    const schema = python.inputSchema as { safeParse(v: unknown): { success: boolean } };
    assert.equal(schema.safeParse({}).success, false);
    assert.equal(schema.safeParse({ code: 'print(1)' }).success, true);
  });

  test('generateText runs a tool loop with the mock model: the model reads the rendered text', async () => {
    const python = pythonTool({ sandbox, conversationId: 'chat-7' });
    const prompts: unknown[] = [];
    const model = new MockLanguageModelV3({
      doGenerate: async (options) => {
        prompts.push(options.prompt);
        const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };
        if (prompts.length === 1) {
          return {
            content: [{ type: 'tool-call', toolCallId: 't1', toolName: 'python', input: JSON.stringify({ code: 'rows = [3, 4]\nprint(sum(rows))\nmax(rows)' }) }],
            finishReason: { unified: 'tool-calls', raw: undefined }, usage, warnings: [],
          };
        }
        return { content: [{ type: 'text', text: 'the sum is 7' }], finishReason: { unified: 'stop', raw: undefined }, usage, warnings: [] };
      },
    });
    const result = await generateText({ model, tools: { python }, prompt: 'add them', stopWhen: stepCountIs(3) });
    assert.equal(result.text, 'the sum is 7');
    const toolResult = result.steps[0]!.toolResults[0]!;
    assert.equal((toolResult.output as ToolOutput).value, 4);
    const second = JSON.stringify(prompts[1]);
    assert.match(second, /stdout:\\n7\\n/);
    assert.match(second, /value: 4/);
    const followUp = await sandbox.execute('rows', { conversationId: 'chat-7' });
    assert.deepEqual(followUp.value, [3, 4], 'the loop ran in the named conversation');
  });
});

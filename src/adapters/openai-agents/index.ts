import { tool, type FunctionTool, type RunContext } from '@openai/agents';
import { bindTool, type AdapterOptions } from '../shared/conversation.js';
import { pythonToolInput } from '../shared/python-sandbox.js';
import { renderToolOutput } from '../shared/tool-output.js';

/**
 * `micropython-sandbox/openai-agents`: an OpenAI Agents SDK function tool that runs Python in a
 * sandbox session.
 *
 *   const agent = new Agent({ name: 'analyst', tools: [pythonTool({ sandboxOptions: { timeoutMs: 5000 } })] });
 *
 * The model reads the output as text (stdout, value, error with line and hint). The SDK's call
 * signal (run cancelled, tool timeout) cancels the run. `conversationId` may be a function of the
 * run context (`(ctx) => ctx.context.chatId`).
 */

export type AgentsPythonToolOptions<Context = unknown> = AdapterOptions<RunContext<Context> | undefined>;

export function pythonTool<Context = unknown>(options: AgentsPythonToolOptions<Context> = {}): FunctionTool<Context, typeof pythonToolInput, string> {
  const bound = bindTool(options);
  return tool({
    name: bound.name,
    description: bound.description,
    parameters: pythonToolInput,
    execute: async ({ code }, runContext, details) => {
      const output = await bound.sandbox.execute(code, { conversationId: bound.conversationFor(runContext), signal: details?.signal });
      return renderToolOutput(output);
    },
  });
}

export * from '../shared/index.js';

import { tool, type Tool, type ToolExecutionOptions } from 'ai';
import { bindTool, type AdapterOptions } from '../shared/conversation.js';
import { pythonToolInput, type PythonToolInput } from '../shared/python-sandbox.js';
import { renderToolOutput, type ToolOutput } from '../shared/tool-output.js';

/**
 * `micropython-sandbox/ai`: a Vercel AI SDK tool that runs Python in a sandbox session.
 *
 *   const python = pythonTool({ sandboxOptions: { timeoutMs: 5000 } });
 *   await generateText({ model, tools: { python }, prompt });
 *
 * The model gets the output as text (stdout, value, error with line and hint); the step's
 * tool result keeps the structured ToolOutput. The call's abortSignal cancels the run.
 */

export type AiPythonToolOptions = AdapterOptions<ToolExecutionOptions>;

export function pythonTool(options: AiPythonToolOptions = {}): Tool<PythonToolInput, ToolOutput> {
  const bound = bindTool(options);
  return tool({
    description: bound.description,
    inputSchema: pythonToolInput,
    execute: async ({ code }, call) => bound.sandbox.execute(code, { conversationId: bound.conversationFor(call), signal: call.abortSignal }),
    toModelOutput: ({ output }) => ({ type: 'text', value: renderToolOutput(output) }),
  });
}

export * from '../shared/index.js';

import { tool } from '@langchain/core/tools';
import type { ToolRunnableConfig } from '@langchain/core/tools';
import { bindTool, type AdapterOptions } from '../shared/conversation.js';
import { pythonToolInput } from '../shared/python-sandbox.js';
import { renderToolOutput } from '../shared/tool-output.js';

/**
 * `micropython-sandbox/langchain`: a LangChain.js tool that runs Python in a sandbox session.
 *
 *   const python = pythonTool({ sandboxOptions: { timeoutMs: 5000 } });
 *   const model = chatModel.bindTools([python]);
 *
 * Conversations: unless `conversationId` is given, a call with `configurable.thread_id` (the
 * LangGraph convention) uses that thread's session, otherwise the tool's own. The model reads the
 * output as text; the structured ToolOutput is the tool message's artifact. `config.signal`
 * cancels the run.
 */

export type LangChainPythonToolOptions = AdapterOptions<ToolRunnableConfig>;

function threadOf(config: ToolRunnableConfig | undefined): string | undefined {
  const thread = (config?.configurable as Record<string, unknown> | undefined)?.['thread_id'];
  return typeof thread === 'string' && thread.length > 0 ? thread : undefined;
}

export function pythonTool(options: LangChainPythonToolOptions = {}) {
  const bound = bindTool(options);
  return tool(async ({ code }, config: ToolRunnableConfig) => {
    const output = await bound.sandbox.execute(code, { conversationId: bound.conversationFor(config, threadOf(config)), signal: config?.signal });
    return [renderToolOutput(output), output];
  }, {
    name: bound.name,
    description: bound.description,
    schema: pythonToolInput,
    responseFormat: 'content_and_artifact',
  });
}

export * from '../shared/index.js';

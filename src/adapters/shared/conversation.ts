import { PythonSandbox, type PythonSandboxOptions } from './python-sandbox.js';

/**
 * How an adapter finds the sandbox and the conversation for a call. A tool is bound to one
 * sandbox (its own unless one is passed) and, unless told otherwise, to one conversation of its
 * own: create one tool per conversation, or pass a function that reads the conversation from the
 * framework's call context.
 */

export interface AdapterOptions<Context> {
  /** The sandbox whose sessions run the code (share one between tools to bound them together). */
  sandbox?: PythonSandbox;
  /** Options for the tool's own sandbox when `sandbox` is not given. */
  sandboxOptions?: PythonSandboxOptions;
  /** A fixed conversation id, or a function of the framework's call context (undefined: the tool's own). */
  conversationId?: string | ((context: Context) => string | undefined);
  /** Tool name shown to the model (frameworks that take one). Default `run_python`. */
  name?: string;
  /** Replaces the generated description. */
  description?: string;
}

export interface BoundTool<Context> {
  sandbox: PythonSandbox;
  name: string;
  description: string;
  conversationFor(context: Context, fallback?: string): string;
}

export function bindTool<Context>(options: AdapterOptions<Context> = {}): BoundTool<Context> {
  const sandbox = options.sandbox ?? new PythonSandbox(options.sandboxOptions);
  const own = PythonSandbox.newConversationId();
  const { conversationId } = options;
  return {
    sandbox,
    name: options.name ?? 'run_python',
    description: options.description ?? sandbox.description,
    conversationFor(context, fallback) {
      if (typeof conversationId === 'string') return conversationId;
      return conversationId?.(context) ?? fallback ?? own;
    },
  };
}

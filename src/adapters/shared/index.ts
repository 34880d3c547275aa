/** Shared by the framework adapters; re-exported by each of them. */
export { PythonSandbox, createPythonSandbox, pythonToolInput } from './python-sandbox.js';
export type { PythonSandboxOptions, ExecuteOptions, PythonToolInput } from './python-sandbox.js';
export { toToolOutput, renderToolOutput } from './tool-output.js';
export type { ToolOutput, ToolError } from './tool-output.js';
export type { AdapterOptions } from './conversation.js';

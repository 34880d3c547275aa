/**
 * The differences from CPython a model trips over, each checked against the interpreter (see
 * test/mcp/mcp.test.ts, which runs every one of them). Every tool description a model reads (MCP,
 * the framework adapters) states them.
 */
export const DIALECT_NOTES = [
  'upper()/lower() know Latin, Greek and Cyrillic letters only',
  'no __del__ calls (finalizers never run)',
  'enum classes cannot be class patterns in match (case Color.RED: works)',
  'recursion depth about 2,500 frames',
];

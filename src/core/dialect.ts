/**
 * The differences from CPython a model trips over, each checked against the interpreter (see
 * test/mcp/mcp.test.ts, which runs every one of them). Every tool description a model reads (MCP,
 * the framework adapters) states them.
 */
export const DIALECT_NOTES = [
  'str.split takes no keyword arguments (s.split(None, 1), not maxsplit=1)',
  'str.upper()/lower() change ASCII letters only',
  'no exception chaining (raise X from Y raises X; __cause__ is not kept) and no __del__ calls',
  'functions have no __annotations__ (class and module annotations are kept)',
  'sys.version_info is (3, 4, 0)',
  'recursion depth about 2,500 frames',
];

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';

/**
 * The frameworks are optional peers: a program that imports only the core library loads none of
 * them (nor Redis or SQLite). A child process registers a module hook that reports every package
 * module it resolves, then imports the library the way a user would (by package name).
 */

const ROOT = new URL('../../../', import.meta.url).pathname;
const WATCHED = /\/node_modules\/((?:@ai-sdk|@langchain|@openai|@redis)\/[^/]+|ai|openai|redis|sql\.js|zod)\//;

const HOOK = `
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const m = ${WATCHED.toString()}.exec(result.url);
  if (m) process.stderr.write('PACKAGE ' + m[1] + '\\n');
  return result;
}`;

function packagesLoadedBy(program: string): Set<string> {
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `${register}\n${program}`], {
    cwd: ROOT, encoding: 'utf8', timeout: 30_000,
  });
  assert.equal(child.status, 0, child.stderr);
  assert.match(child.stdout, /^OK/m, 'the program ran to the end');
  return new Set([...child.stderr.matchAll(/^PACKAGE (\S+)$/gm)].map((m) => m[1]!));
}

describe('optional peers', () => {
  // The hook is registered after worker start-up cannot see it (hooks in worker threads are not
  // supported on Node 20), so the program imports the whole public API without running code:
  // the module graph is what decides what a user's import loads.
  test('importing the core library loads no framework, Redis, SQLite or zod', () => {
    const loaded = packagesLoadedBy(`const api = await import('micropython-sandbox'); if (typeof api.run === 'function' && typeof api.createSession === 'function') console.log('OK');`);
    assert.deepEqual([...loaded], []);
  });

  test('the hook sees a framework when an adapter is imported (the check above can fail)', () => {
    const loaded = packagesLoadedBy(`const { pythonTool } = await import('micropython-sandbox/ai'); if (typeof pythonTool === 'function') console.log('OK');`);
    assert.ok(loaded.has('ai'), [...loaded].join(', '));
    assert.ok(!loaded.has('@langchain/core') && !loaded.has('@openai/agents'), 'one adapter loads only its own framework');
  });
});

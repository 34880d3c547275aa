import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';

/**
 * Importing the library loads only the library: no MCP server, no CLI, no MCP SDK or zod. A
 * child process imports the entry point with a module hook that reports every module loaded.
 */

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));

const HOOKS = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  port.postMessage(url);
  return next(url, context);
}`;

const PROGRAM = `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const loaded = [];
const SENTINEL = 'data:text/javascript,export default 1';
const done = new Promise((resolve) => port1.on('message', (url) => {
  if (url === SENTINEL) resolve();
  else loaded.push(url);
}));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), { data: { port: port2 }, transferList: [port2] });
const lib = await import(${JSON.stringify(entry)});
const result = await lib.run('6 * 7');
await import(SENTINEL);
await done;
port1.close();
console.log(JSON.stringify({ value: result.value, loaded }));
process.exit(0);
`;

describe('the library entry point', () => {
  test('loads no MCP or CLI code and none of their dependencies, and runs code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mps-entry-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'import-library.mjs');
    writeFileSync(file, PROGRAM);
    const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const { value, loaded } = JSON.parse(child.stdout) as { value: number; loaded: string[] };
    assert.equal(value, 42);
    const ours = loaded.filter((u) => u.includes('/build/src/'));
    assert.ok(ours.length > 10, `the hook saw the library's modules: ${ours.length}`);
    const unwanted = loaded.filter((u) => /\/build\/src\/(mcp|cli)\/|@modelcontextprotocol|\/zod\//.test(u));
    assert.deepEqual(unwanted, []);
  });
});

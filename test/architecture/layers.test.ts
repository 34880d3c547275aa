import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';

/**
 * The folder layout is the architecture (ARCHITECTURE.md): each room of src/ may import only the
 * rooms listed for it here, so imports point one way, from the public API down to the shared
 * vocabulary, and no two modules import each other, directly or in a circle.
 */

const SRC = resolve(new URL('../../../src', import.meta.url).pathname);

/** Which rooms each room may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  vfs: ['core'],
  net: ['core'],
  engine: ['core'],
  'host-calls': ['core', 'net'],
  host: ['core', 'vfs'],
  interpreter: ['core', 'engine', 'host', 'host-calls', 'vfs'],
  worker: ['core', 'engine', 'host', 'host-calls', 'interpreter', 'vfs'],
  sandbox: ['core', 'engine', 'host-calls', 'interpreter', 'net', 'vfs', 'worker'],
  cli: ['core', 'engine', 'interpreter', 'mcp', 'sandbox'],
  mcp: ['core', 'sandbox', 'store'],
  store: ['core', 'sandbox'],
  adapters: ['core', 'sandbox'],
  types: [],
  '.': ['core', 'host-calls', 'net', 'sandbox'],
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function roomOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.split('/')[0]! : '.';
}

/** Relative imports of a file, resolved to .ts source paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  test('every room imports only the rooms below it', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      const room = roomOf(file);
      const allowed = ALLOWED[room];
      assert.ok(allowed, `src/${relative(SRC, file)} is in a room ARCHITECTURE.md does not list (${room})`);
      for (const target of imports) {
        const targetRoom = roomOf(target);
        if (targetRoom !== room && !allowed.includes(targetRoom)) violations.push(`src/${relative(SRC, file)} imports src/${relative(SRC, target)}`);
      }
    }
    assert.deepEqual(violations, []);
  });

  test('the public API (sandbox) is imported by nothing below it', () => {
    const importers = [...graph].filter(([file, imports]) => !['sandbox', 'cli', 'mcp', 'store', 'adapters', '.'].includes(roomOf(file))
      && imports.some((t) => roomOf(t) === 'sandbox'));
    assert.deepEqual(importers.map(([f]) => relative(SRC, f)), []);
  });

  test('no module imports itself through a circle of imports', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map((f) => relative(SRC, f)).join(' -> '));
        else if (!state.has(target) && graph.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    assert.deepEqual(cycles, []);
  });
});

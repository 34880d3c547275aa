import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';

/**
 * Every ```js example in the README runs as written (against this build) and prints what its
 * comments say it prints.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const entry = join(root, 'build', 'src', 'index.js');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'mps-readme-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** `console.log(...); // a b c` -> the commented text, with quotes removed. */
function expectations(code: string): string[] {
  return [...code.matchAll(/console\.log\(.*\);\s*\/\/\s*(.+)$/gm)].map((m) => m[1]!.replace(/["']/g, '').replace(/\\n/g, ' ').trim());
}

function runModule(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('README examples', () => {
  test('there are examples to check', () => {
    assert.ok(blocks.length >= 8, `found ${blocks.length} js blocks`);
  });

  blocks.forEach((block, index) => {
    test(`example ${index + 1}: ${block.split('\n').find((l) => l.includes('import {'))?.trim() ?? ''}`, async () => {
      const file = join(dir, `example-${index}.mjs`);
      writeFileSync(file, block.replaceAll("from 'micropython-sandbox'", `from ${JSON.stringify(entry)}`));
      const result = await runModule(file);
      assert.equal(result.code, 0, result.stderr);
      const printed = result.stdout.replace(/["'\n]/g, ' ').replace(/\s+/g, ' ');
      for (const expected of expectations(block)) {
        for (const token of expected.split(/\s+/).filter((t) => t.length > 0)) {
          assert.ok(printed.includes(token.replace(/[[\],{}]/g, '').trim()) || /^[[\]{},:]+$/.test(token), `expected "${token}" in output:\n${result.stdout}`);
        }
      }
    });
  });
});

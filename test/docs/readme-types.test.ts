import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';

/**
 * Every ```js example in the README type-checks as TypeScript under `strict` (with this
 * project's own stricter flags) against the published declarations: a user who pastes one into
 * a .ts file gets no errors. One more snippet pins the narrowing the result types promise.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'mps-readme-types-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const NARROWING = `import { run, createSession, type RunResult } from 'micropython-sandbox';
const r: RunResult = await run('1');
if (!r.ok) {
  const type: string = r.error.type;
  if (r.error.kind === 'limit') console.log(r.error.limit satisfies 'fuel' | 'timeout' | 'memory' | 'cancelled');
  console.log(type);
} else {
  const none: null = r.error;
  console.log(none, r.value);
}
const s = await createSession();
const sr = await s.run('1');
if (!sr.ok) console.log(sr.error.message, sr.recovered);
await s.close();
`;

describe('README examples as TypeScript', () => {
  test('type-check under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
    const files = blocks.map((block, i) => {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(file, `${block}\nexport {};\n`);
      return file;
    });
    writeFileSync(join(dir, 'narrowing.ts'), NARROWING);
    files.push(join(dir, 'narrowing.ts'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023'], types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
        strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: true,
        baseUrl: '.', paths: { 'micropython-sandbox': [join(root, 'build', 'src', 'index.d.ts')] },
      },
      files,
    }));
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
    const errors = tsc.stdout.replaceAll(`${dir}/`, '');
    assert.equal(tsc.status, 0, `README examples do not type-check:\n${errors}`);
  });
});

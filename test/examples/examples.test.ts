import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';

/**
 * Every program in examples/ runs as a real process, importing the package by its name as a user
 * would, and prints what its comments promise.
 */

const ROOT = new URL('../../../', import.meta.url).pathname;

async function runExample(name: string): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [`examples/${name}`], { cwd: ROOT, timeout: 30_000 });
  assert.equal(stderr, '', `${name} wrote to stderr`);
  return stdout;
}

describe('examples', { concurrency: true }, () => {
  test('quick-start.mjs: run once, a session keeps state, errors and limits are results', async () => {
    const out = await runExample('quick-start.mjs');
    assert.match(out, /^stdout: 1\.4142135623730951 \| value: 42$/m);
    assert.match(out, /^session value: 42$/m);
    assert.match(out, /^error: IndexError at line 2$/m);
    assert.match(out, /^limit: Timeout \| state kept: 2$/m);
  });

  test('data-agent.mjs: Python calls query() on a real SQLite database, transforms rows, returns a value', async () => {
    const out = await runExample('data-agent.mjs');
    assert.match(out, /^rows: 196$/m);
    const value = JSON.parse(/^value: (.*)$/m.exec(out)![1]!) as { best_region: string; revenue: number; regions: string[] };
    assert.deepEqual(value.regions, ['east', 'north', 'south', 'west']);
    assert.ok(value.regions.includes(value.best_region));
    assert.equal(typeof value.revenue, 'number');
    assert.equal(JSON.parse(/^follow-up: (.*)$/m.exec(out)![1]!).length, 3, 'state (rows) persisted to the second call');
    assert.match(out, /^refused: HostError - only SELECT queries are allowed$/m);
    assert.match(out, /^orders still there: 400$/m);
  });

  test('file-processing.mjs: a read-only mount in, results in /tmp read back by the host', async () => {
    const out = await runExample('file-processing.mjs');
    assert.match(out, /^write to \/data refused: errno 30$/m);
    assert.match(out, /^csv files: 2$/m);
    const summary = JSON.parse(/^summary: (.*)$/m.exec(out)![1]!) as { files: string[]; totals: Record<string, number> };
    assert.deepEqual(summary, { files: ['feb.csv', 'jan.csv'], totals: { apple: 7, plum: 2, pear: 5 } });
    assert.match(out, /^apple +7\npear +5\nplum +2$/m);
    assert.match(out, /^files in \/tmp: \["\/tmp\/report\.txt","\/tmp\/summary\.json"\]$/m);
    assert.match(out, /^host folder unchanged: \["feb\.csv","jan\.csv","notes\.txt"\]$/m);
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parseOptions } from '../../bench/options.js';
import { SPEED_PROGRAMS } from '../../bench/programs/index.js';
import type { ProgramRun } from '../../bench/programs/index.js';
import { buildRow } from '../../bench/speed/rows.js';
import type { ProgramRuns } from '../../bench/speed/run-programs.js';
import { baselineVerdict, cExceptionsVerdict, cpythonVerdict, glueVerdict } from '../../bench/speed/verdicts.js';

/**
 * The benchmark's own logic (no engine runs here): its command line, how a row's outputs and
 * ratios are judged, and the rule that the official glue is only ever loaded by its child process.
 */

const SECTIONS = ['speed', 'tiering'];

function run(program: string, ms: number, stdout = '42\n', ok = true): ProgramRun {
  return { program, ok, samplesMs: [ms], bestMs: ok ? ms : NaN, stdout, ...(ok ? {} : { error: 'RuntimeError: maximum recursion depth exceeded' }) };
}

function row(name: string, runs: ProgramRuns, tags: string[] = []) {
  return buildRow({ name, about: '', source: '', tags }, runs);
}

describe('bench options', () => {
  test('--native and --baseline take a value with or without =', () => {
    const a = parseOptions(['--native', '/tmp/native/micropython', '--baseline=/tmp/baseline'], SECTIONS);
    assert.notEqual(a, 'help');
    if (a === 'help') return;
    assert.equal(a.native, '/tmp/native/micropython');
    assert.equal(a.baseline, '/tmp/baseline');
    assert.equal(a.reps, 5);
  });

  test('bad values, missing values, unknown options and sections are refused', () => {
    assert.throws(() => parseOptions(['--reps=0'], SECTIONS), /positive integer/);
    assert.throws(() => parseOptions(['--native'], SECTIONS), /needs a value/);
    assert.throws(() => parseOptions(['--no-fuel'], SECTIONS), /unknown option/);
    assert.throws(() => parseOptions(['--sections=speed,gc'], SECTIONS), /unknown section/);
    assert.equal(parseOptions(['--help'], SECTIONS), 'help');
  });
});

describe('bench rows and speed verdicts', () => {
  test('ratios use only runs that succeeded with the reference output', () => {
    const r = row('p', { ours: run('p', 200), cpython: run('p', 100), glue: run('p', 1000, '41\n'), native: run('p', 50), baseline: run('p', 0, '', false) });
    assert.equal(r.reference, 'cpython');
    assert.deepEqual(r.mismatched, ['glue']);
    assert.equal(r.ratios.oursOverCPython, 2);
    assert.equal(r.ratios.oursOverNative, 4);
    assert.ok(Number.isNaN(r.ratios.glueOverOurs));
    assert.ok(Number.isNaN(r.ratios.oursOverBaseline));
  });

  test('a program a reference engine cannot run is named, not counted', () => {
    const rows = [
      row('a', { ours: run('a', 100), glue: run('a', 300), baseline: run('a', 100), cpython: run('a', 50) }),
      row('deep', { ours: run('deep', 100), glue: run('deep', 0, '', false), baseline: run('deep', 0, '', false), cpython: run('deep', 50) }),
    ];
    const glue = glueVerdict(rows, true);
    assert.equal(glue.status, 'PASS');
    assert.match(glue.detail ?? '', /cannot run them: deep/);
    assert.equal(baselineVerdict(rows, true).status, 'PASS');
    assert.equal(cpythonVerdict(rows, true).status, 'PASS');
  });

  test('the targets fail where they should', () => {
    const rows = [
      row('slow', { ours: run('slow', 112), glue: run('slow', 200), baseline: run('slow', 100), cpython: run('slow', 30) }, ['c-exceptions']),
    ];
    assert.equal(glueVerdict(rows, true).status, 'FAIL'); // 1.79x
    assert.equal(baselineVerdict(rows, true).status, 'FAIL'); // 12% slower
    assert.equal(cpythonVerdict(rows, true).status, 'FAIL'); // 3.7x
    assert.equal(cExceptionsVerdict(rows, true).status, 'PASS'); // 3.7x <= 4
    assert.equal(baselineVerdict(rows, false).status, 'N/A');
  });

  test('ours failing fails every target about ours', () => {
    const rows = [row('p', { ours: run('p', 0, '', false), glue: run('p', 300), baseline: run('p', 100), cpython: run('p', 50) })];
    assert.equal(glueVerdict(rows, true).status, 'FAIL');
    assert.equal(baselineVerdict(rows, true).status, 'FAIL');
    assert.equal(cpythonVerdict(rows, true).status, 'FAIL');
  });
});

describe('bench programs and engines', () => {
  test('22 programs with unique names, each printing, one judged as C-raised exceptions', () => {
    assert.equal(SPEED_PROGRAMS.length, 22);
    assert.equal(new Set(SPEED_PROGRAMS.map((p) => p.name)).size, SPEED_PROGRAMS.length);
    for (const program of SPEED_PROGRAMS) assert.match(program.source, /^print\(/m, program.name);
    assert.ok(SPEED_PROGRAMS.some((p) => p.tags?.includes('c-exceptions')));
  });

  test('the official glue is loaded only by its child-process runner', () => {
    const bench = resolve(new URL('../../../bench', import.meta.url).pathname);
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
      });
    })(bench);
    const loaders = files.filter((file) => /micropython\.mjs/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(loaders.map((f) => relative(bench, f)).sort(), ['engines/glue-runner.ts', 'engines/glue.ts']);
    // glue.ts only resolves the path to read the version; it must never import() it.
    assert.doesNotMatch(readFileSync(join(bench, 'engines', 'glue.ts'), 'utf8'), /import\(/);
  });
});

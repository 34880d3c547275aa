/**
 * `npm run test:upstream -- <micropython-1.28.0 source dir> [-j N] [--results dir] [dir...]`
 *
 * Runs MicroPython's own test suite (tests/basics, float, misc, extmod by default) against our
 * build, with MicroPython's runner (tests/run-tests.py) and its skip rules. Our executable is the
 * shim next to this file; expected outputs come from the .exp files or from CPython (`python3`),
 * as run-tests.py does. The source tree is only read; results go to a temporary directory.
 *
 * Failures are compared with expected-failures.json: tests that fail because we deliberately
 * follow CPython (each with its reason). Any other failure, or an expected failure that now
 * passes, makes the command exit 1.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPinnedRelease } from '../build-wasm/source.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..', '..');
const DEFAULT_DIRS = ['basics', 'float', 'misc', 'extmod'];

interface Args {
  source: string;
  jobs: number;
  dirs: string[];
  /** Keep run-tests.py's result directory (*.out/*.exp of failures) here instead of deleting it. */
  results: string | undefined;
}

function parseArgs(argv: string[]): Args {
  let source: string | undefined;
  let jobs = 2;
  let results: string | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-j') jobs = Number(argv[++i]);
    else if (a === '--results') results = resolve(argv[++i] ?? '.');
    else if (source === undefined) source = resolve(a);
    else dirs.push(a);
  }
  if (!source) throw new Error('usage: npm run test:upstream -- <micropython-1.28.0 source dir> [-j N] [--results dir] [dir...]');
  return { source, jobs, dirs: dirs.length > 0 ? dirs : DEFAULT_DIRS, results };
}

interface Tally {
  pass: string[];
  fail: string[];
  skip: string[];
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', () => resolvePromise(output));
  });
}

function tally(output: string): Tally {
  const t: Tally = { pass: [], fail: [], skip: [] };
  for (const line of output.split('\n')) {
    const m = /^(pass|FAIL|skip)\s+(\S+)/.exec(line);
    if (!m) continue;
    if (m[1] === 'pass') t.pass.push(m[2]!);
    else if (m[1] === 'FAIL') t.fail.push(m[2]!);
    else t.skip.push(m[2]!);
  }
  return t;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  checkPinnedRelease(args.source);
  const scratch = mkdtempSync(join(tmpdir(), 'mps-upstream-'));
  try {
    const shim = join(scratch, 'micropython');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(HERE, 'shim.js')}" "$@"\n`);
    chmodSync(shim, 0o755);
    const output = await run('python3', ['run-tests.py', '-j', String(args.jobs), '--result-dir', args.results ?? join(scratch, 'results'), '-d', ...args.dirs], {
      cwd: join(args.source, 'tests'),
      env: { ...process.env, MICROPY_MICROPYTHON: shim, MICROPY_CPYTHON3: 'python3', MPS_UPSTREAM_ROOT: args.source },
    });
    const t = tally(output);
    const expected = JSON.parse(readFileSync(join(REPO, 'tools', 'upstream-tests', 'expected-failures.json'), 'utf8')) as Record<string, string>;
    const unexpected = t.fail.filter((f) => !(f in expected));
    const fixed = Object.keys(expected).filter((f) => t.pass.includes(f));
    process.stdout.write('\ntest:upstream summary\n');
    for (const dir of args.dirs) {
      const inDir = (list: string[]) => list.filter((f) => f.startsWith(`${dir}/`)).length;
      process.stdout.write(`  ${dir.padEnd(8)} ${inDir(t.pass)} pass, ${inDir(t.fail)} fail, ${inDir(t.skip)} skipped\n`);
    }
    for (const f of t.fail.filter((x) => x in expected)) process.stdout.write(`  deliberate: ${f}: ${expected[f]}\n`);
    for (const f of unexpected) process.stdout.write(`  UNEXPECTED FAILURE: ${f}\n`);
    for (const f of fixed) process.stdout.write(`  now passing (remove from expected-failures.json): ${f}\n`);
    if (unexpected.length > 0 || fixed.length > 0) process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`test:upstream: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

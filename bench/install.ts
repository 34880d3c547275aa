import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildFailure, RESULT_MARKER, runChild } from './child.js';
import { fmtMiB, fmtMs, loudBlock, oneLine, renderTable } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';

/**
 * Section "install": what a user gets from `npm install`. Packs this checkout (`npm pack`, scripts
 * skipped: build/ is already built by `npm run bench`), installs the tarball into an empty temp
 * project from the registry, then times fresh node processes that do
 * `import { run } from 'micropython-sandbox'; await run('print(1)')`. The first of them is the
 * first run after install (the previous engine spent 15-28 s there transforming the wasm).
 * Also the package's size: the tarball, unpacked, and installed with its dependencies.
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIRST_RUN_TARGET_MS = 1000;
const PROCESSES = 3;
const FIRST_RUN_TARGET = `first run after npm install of a packed tarball < ${FIRST_RUN_TARGET_MS / 1000} s (fresh node process: start, import, await run('print(1)'))`;

const SCRIPT = `
const t0 = performance.now();
const { run } = await import('micropython-sandbox');
const t1 = performance.now();
const r = await run('print(1)');
const t2 = performance.now();
console.log(${JSON.stringify(RESULT_MARKER)} + JSON.stringify({ importMs: t1 - t0, runMs: t2 - t1, sinceStartMs: t2, ok: r.ok, stdout: r.stdout }));
`;

interface PackInfo {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
}

interface ProbeRun {
  /** Spawn to exit, measured here: what `node app.js` costs the user, process teardown included. */
  wallMs: number;
  /** Inside the process: import(), then run('print(1)'), and process start to the result (the target's measure). */
  importMs: number;
  runMs: number;
  sinceStartMs: number;
  ok: boolean;
}

function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** Bytes of every regular file under `dir` (symlinks not followed). */
function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

interface Installed {
  pack: PackInfo;
  packMs: number;
  installMs: number;
  project: string;
  packageBytes: number;
  nodeModulesBytes: number;
}

/** npm pack this checkout into `temp`, and npm install the tarball into an empty project there. */
function installPackage(temp: string, progress: (message: string) => void): Installed {
  progress('install: npm pack');
  let started = performance.now();
  const pack = (JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', temp], REPO)) as PackInfo[])[0]!;
  const packMs = performance.now() - started;
  const project = join(temp, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'install-probe', private: true, type: 'module' }));
  writeFileSync(join(project, 'probe.mjs'), SCRIPT);
  progress(`install: npm install ${pack.filename} into an empty project (registry)`);
  started = performance.now();
  npm(['install', join(temp, pack.filename), '--no-audit', '--no-fund', '--loglevel=error'], project);
  const installMs = performance.now() - started;
  return {
    pack, packMs, installMs, project,
    packageBytes: treeBytes(join(project, 'node_modules', 'micropython-sandbox')),
    nodeModulesBytes: treeBytes(join(project, 'node_modules')),
  };
}

async function probe(project: string): Promise<ProbeRun> {
  // A script file, as an application would be (node -e with --input-type=module would also pass
  // --input-type to the pool's worker threads, which refuse it).
  const out = await runChild({ command: process.execPath, args: ['probe.mjs'], input: undefined, timeoutMs: 120_000, cwd: project });
  const line = out.stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (out.code !== 0 || !line) throw new ChildFailure(`probe exited with ${out.signal ?? out.code}: ${oneLine(out.stderr, 300)}`, out.stderr);
  const answer = JSON.parse(line.slice(RESULT_MARKER.length)) as Omit<ProbeRun, 'wallMs'> & { stdout: string };
  return { wallMs: out.wallMs, importMs: answer.importMs, runMs: answer.runMs, sinceStartMs: answer.sinceStartMs, ok: answer.ok && answer.stdout === '1\n' };
}

export const installSection: BenchSection = {
  id: 'install',
  title: "First run after install: npm pack, npm install <tgz>, then import + run('print(1)') in fresh processes",
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const temp = mkdtempSync(join(tmpdir(), 'mps-bench-install-'));
    const warnings: string[] = [];
    try {
      let installed: Installed;
      try {
        installed = installPackage(temp, ctx.progress);
      } catch (error) {
        const message = oneLine(error instanceof Error ? `${error.message} ${(error as { stderr?: string }).stderr ?? ''}` : String(error), 400);
        return {
          lines: [`could not pack and install this checkout: ${message}`],
          verdicts: [{ id: 'first-run-after-install', issue: 11, target: FIRST_RUN_TARGET, status: 'FAIL', measured: 'not measured', detail: message }],
          warnings: [`npm pack / npm install failed: ${message}`],
          data: { error: message },
        };
      }
      const { pack, packMs, installMs, project, packageBytes, nodeModulesBytes } = installed;

      const runs: ProbeRun[] = [];
      for (let i = 0; i < PROCESSES; i++) {
        ctx.progress(`install: fresh process ${i + 1}/${PROCESSES}: import + run('print(1)')`);
        try {
          runs.push(await probe(project));
        } catch (error) {
          warnings.push(`process ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
          break;
        }
      }
      const first = runs[0];
      const verdict: Verdict = {
        id: 'first-run-after-install',
        issue: 11,
        target: FIRST_RUN_TARGET,
        status: first && first.ok && first.sinceStartMs < FIRST_RUN_TARGET_MS ? 'PASS' : 'FAIL',
        measured: first
          ? `${fmtMs(first.sinceStartMs)} ms from process start to the result (import ${fmtMs(first.importMs)} ms + run ${fmtMs(first.runMs)} ms; spawn to exit ${fmtMs(first.wallMs)} ms)`
          : 'not measured',
        ...(first && !first.ok ? { detail: 'run() did not print 1' } : warnings.length ? { detail: warnings[0]! } : {}),
      };
      const lines = [
        `package: ${pack.filename}, ${pack.entryCount} files, tarball ${fmtMiB(pack.size)} MiB, unpacked ${fmtMiB(pack.unpackedSize)} MiB; ` +
          `installed ${fmtMiB(packageBytes)} MiB, with its dependencies ${fmtMiB(nodeModulesBytes)} MiB (node_modules)`,
        `npm pack ${fmtMs(packMs)} ms, npm install ${fmtMs(installMs)} ms (registry and cache: not part of any target)`,
        '',
        ...renderTable(
          ['fresh process', 'import ms', "run('print(1)') ms", 'start to result ms', 'spawn to exit ms', 'result to exit ms', 'ok'],
          runs.map((r, i) => [
            i === 0 ? '1 (first after install)' : String(i + 1),
            fmtMs(r.importMs), fmtMs(r.runMs), fmtMs(r.sinceStartMs), fmtMs(r.wallMs), fmtMs(r.wallMs - r.sinceStartMs), r.ok ? 'yes' : 'NO',
          ]),
        ),
      ];
      if (warnings.length) lines.push('', ...loudBlock('install: failures', warnings));
      return {
        lines,
        verdicts: [verdict],
        warnings,
        data: { pack, packMs, installMs, packageBytes, nodeModulesBytes, runs },
      };
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  },
};

import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getCompiledArtifact, type CompiledArtifact } from '../src/artifact/module-cache.js';
import { loudBlock, machineInfo, machineLines, renderVerdicts, watchCpu, writeResults } from './report.js';
import type { BenchContext, BenchOptions, BenchSection, SectionOutcome, Verdict } from './section.js';
import { gcSection } from './gc.js';
import { poolSection } from './pool.js';
import { speedSection } from './speed.js';
import { startupSection } from './startup.js';

/**
 * `npm run bench`: measures our engine against the official MicroPython glue and CPython in one
 * run on this machine, prints a report with a PASS/FAIL line per target, and writes
 * bench/results/latest.json plus a timestamped copy.
 *
 * The exit code is 0 whatever the verdicts (this is a report, not a gate); it is 1 only when the
 * harness itself breaks.
 *
 * To add a measurement: write a BenchSection (see section.ts) and append it to SECTIONS.
 * Sections run in order, in this process; one that needs a clean process (e.g. RSS of many idle
 * sessions) should spawn its own child, as glue.ts and cpython.ts do.
 */

const SECTIONS: readonly BenchSection[] = [speedSection, startupSection, gcSection, poolSection];

const USAGE = `usage: npm run bench -- [options]
  --quick            2 repetitions everywhere and 200 latency iterations (for checking the harness)
  --reps=N           best-of-N for the speed programs on ours and CPython (default 5)
  --glue-reps=N      best-of-N on the official glue (default 3)
  --gc-reps=N        best-of-N for the speed programs with vs without mid-run GC (default 3)
  --iterations=N     timed iterations for latency measurements (default 1000)
  --only=a,b         only these speed programs
  --no-glue          skip the official glue
  --no-cpython       skip CPython
  --sections=a,b     only these sections (${SECTIONS.map((s) => s.id).join(', ')})`;

function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    reps: 5,
    gcReps: 3,
    glueReps: 3,
    latencyIterations: 1000,
    latencyWarmup: 100,
    only: undefined,
    sections: undefined,
    glue: true,
    cpython: true,
    programTimeoutMs: 180_000,
  };
  const positive = (flag: string, text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer, got ${text}`);
    return value;
  };
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2) as [string, string?];
    switch (flag) {
      case '--quick': options.reps = 2; options.gcReps = 2; options.glueReps = 2; options.latencyIterations = 200; options.latencyWarmup = 20; break;
      case '--reps': options.reps = positive(flag, value); break;
      case '--glue-reps': options.glueReps = positive(flag, value); break;
      case '--gc-reps': options.gcReps = positive(flag, value); break;
      case '--iterations': options.latencyIterations = positive(flag, value); break;
      case '--only': options.only = value.split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--no-glue': options.glue = false; break;
      case '--no-cpython': options.cpython = false; break;
      case '--sections': {
        const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = ids.filter((id) => !SECTIONS.some((section) => section.id === id));
        if (unknown.length) throw new Error(`unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((section) => section.id).join(', ')}`);
        options.sections = ids;
        break;
      }
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const started = performance.now();
  const date = new Date();
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  const cpu = watchCpu();
  let compiled: Promise<CompiledArtifact> | undefined;
  const ctx: BenchContext = {
    options,
    artifact: () => (compiled ??= getCompiledArtifact()),
    progress: (message) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`),
  };

  const outcomes: { section: BenchSection; outcome: SectionOutcome }[] = [];
  for (const section of SECTIONS.filter((s) => !options.sections || options.sections.includes(s.id))) {
    ctx.progress(`== ${section.title}`);
    outcomes.push({ section, outcome: await section.run(ctx) });
  }

  const verdicts: Verdict[] = outcomes.flatMap((o) => o.outcome.verdicts);
  const warnings = outcomes.flatMap((o) => o.outcome.warnings.map((w) => `[${o.section.id}] ${w}`));
  const out: string[] = ['', ...machineLines(machine)];
  const busy = cpu.note('during the whole run');
  if (busy) out.push(busy);
  for (const { section, outcome } of outcomes) out.push('', `== ${section.title}`, '', ...outcome.lines);
  out.push('', '== Targets', '', ...renderVerdicts(verdicts));
  if (warnings.length) out.push('', ...loudBlock(`${warnings.length} problem(s) -- numbers involving these are not comparable`, warnings));

  const durationMs = performance.now() - started;
  const resultsDir = fileURLToPath(new URL('../../bench/results/', import.meta.url));
  const document = {
    schemaVersion: 1,
    date: date.toISOString(),
    durationMs,
    machine: { ...machine, loadAverageAtEnd: loadavg(), otherProcessesCpus: cpu.otherCpus() ?? null },
    options,
    verdicts,
    warnings,
    sections: Object.fromEntries(outcomes.map(({ section, outcome }) => [section.id, outcome.data])),
  };
  const written = writeResults(resultsDir, document, date);
  out.push('', `results: ${written.latest} (copy: ${written.stamped}); took ${(durationMs / 1000).toFixed(1)} s`);
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench: harness failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});

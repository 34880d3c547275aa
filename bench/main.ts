import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getCompiledEngine, type CompiledEngine } from '../src/engine/module.js';
import { parseOptions, usage } from './options.js';
import { loudBlock, machineInfo, machineLines, renderVerdicts, watchCpu, writeResults } from './report.js';
import type { BenchContext, BenchSection, SectionOutcome, Verdict } from './section.js';
import { gcSection } from './gc.js';
import { installSection } from './install.js';
import { poolSection } from './pool/section.js';
import { speedSection } from './speed/section.js';
import { startupSection } from './startup.js';
import { tieringSection } from './tiering.js';
import { clusterSection } from './cluster.js';

/**
 * `npm run bench`: measures our engine against CPython, the official MicroPython glue, and (when
 * given) the native unix port and the previous engine, in one run on this machine; prints a
 * report with a PASS/FAIL line per target, and writes bench/results/latest.json and latest.txt
 * plus timestamped copies.
 *
 * The exit code is 0 whatever the verdicts (this is a report, not a gate); it is 1 only when the
 * harness itself breaks.
 *
 * To add a measurement: write a BenchSection (see section.ts) and append it to SECTIONS.
 * Sections run in order, in this process; one that needs a clean process (RSS of many idle
 * sessions, a cold V8) spawns its own child, as the pool and tiering sections do.
 */

const SECTIONS: readonly BenchSection[] = [speedSection, startupSection, gcSection, poolSection, tieringSection, installSection, clusterSection];
const SECTION_IDS = SECTIONS.map((s) => s.id);

/** Issue 11's targets first, then the ones from earlier work. */
function verdictLines(verdicts: readonly Verdict[]): string[] {
  const fromIssue = verdicts.filter((v) => v.issue === 11);
  const others = verdicts.filter((v) => v.issue !== 11);
  const out = ['== Targets (issue 11)', '', ...(fromIssue.length ? renderVerdicts(fromIssue) : ['(none in the sections that ran)'])];
  if (others.length) out.push('', '== Other targets (earlier work)', '', ...renderVerdicts(others));
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  const date = new Date();
  const parsed = parseOptions(process.argv.slice(2), SECTION_IDS);
  if (parsed === 'help') {
    console.log(usage(SECTION_IDS));
    return;
  }
  const options = parsed;
  const machine = machineInfo();
  const cpu = watchCpu();
  let compiled: Promise<CompiledEngine> | undefined;
  const ctx: BenchContext = {
    options,
    artifact: () => (compiled ??= getCompiledEngine()),
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
  out.push('', ...verdictLines(verdicts));
  if (warnings.length) out.push('', ...loudBlock(`${warnings.length} problem(s) -- numbers involving these are not comparable`, warnings));

  const durationMs = performance.now() - started;
  const resultsDir = fileURLToPath(new URL('../../bench/results/', import.meta.url));
  const document = {
    schemaVersion: 2,
    date: date.toISOString(),
    durationMs,
    machine: { ...machine, loadAverageAtEnd: loadavg(), otherProcessesCpus: cpu.otherCpus() ?? null },
    options,
    verdicts,
    warnings,
    sections: Object.fromEntries(outcomes.map(({ section, outcome }) => [section.id, outcome.data])),
  };
  out.push('', `took ${(durationMs / 1000).toFixed(1)} s`);
  const written = writeResults(resultsDir, document, out.join('\n'), date);
  out.push(`results: ${written.json} and ${written.text} (copies: ${written.stamp}.*)`);
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench: harness failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});

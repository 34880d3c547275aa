import { loadBaselineEngine } from '../engines/baseline.js';
import { cpythonEngine } from '../engines/cpython.js';
import { glueEngine } from '../engines/glue.js';
import { nativeEngine } from '../engines/native.js';
import { oursEngine, SPEED_VM_CONFIG } from '../engines/ours.js';
import { SPEED_LIMITS } from '../engines/interpreter-engine.js';
import type { SpeedEngine } from '../engines/types.js';
import { selectPrograms } from '../programs/index.js';
import { fmtRatio, loudBlock, watchCpu } from '../report.js';
import type { BenchContext, BenchSection, SectionOutcome } from '../section.js';
import { buildRow, ratioGeomeans, timeGeomeans } from './rows.js';
import { runPrograms } from './run-programs.js';
import { referenceFailures, speedProblems, speedTable, spreadLines } from './table.js';
import { baselineVerdict, cExceptionsVerdict, cpythonVerdict, fuelVerdict, glueVerdict } from './verdicts.js';

/**
 * Section "speed": the Python programs on every engine in the same run (ours; the previous engine
 * with --baseline; the native unix port with --native; the official glue; CPython), outputs
 * cross-checked, and the ratios the speed targets are stated in.
 */

async function engines(ctx: BenchContext): Promise<{ list: SpeedEngine[]; notes: string[] }> {
  const { options } = ctx;
  const list: SpeedEngine[] = [oursEngine(await ctx.artifact())];
  const notes: string[] = [];
  if (options.baseline) {
    ctx.progress(`speed: loading the previous engine from ${options.baseline}`);
    list.push(await loadBaselineEngine(options.baseline, SPEED_VM_CONFIG.memoryLimitBytes));
  }
  if (options.native) list.push(nativeEngine(options.native, options.programTimeoutMs));
  if (options.glue) {
    const glue = glueEngine(options.programTimeoutMs);
    if (glue) list.push(glue);
    else notes.push('glue: @micropython/micropython-webassembly-pyscript is not installed (npm ci installs it as a devDependency)');
  }
  if (options.cpython) {
    const cpython = cpythonEngine(options.programTimeoutMs);
    if (cpython) list.push(cpython);
    else notes.push('cpython: python3 is not on PATH');
  }
  return { list, notes };
}

export const speedSection: BenchSection = {
  id: 'speed',
  title: 'Python speed programs: ours vs CPython, the official glue, the native unix port, the previous engine',
  async run(ctx: BenchContext): Promise<SectionOutcome> {
    const { options } = ctx;
    const cpu = watchCpu();
    const programs = selectPrograms(options.only);
    const { list, notes } = await engines(ctx);
    ctx.progress(`speed: ${programs.length} programs on ${list.map((e) => e.id).join(', ')}; best of ${options.reps} (glue ${options.glueReps})`);

    const allRuns = await runPrograms(programs, list, { reps: options.reps, glueReps: options.glueReps }, ctx.progress);
    const rows = programs.map((program, index) => buildRow(program, allRuns[index]!));
    const geo = ratioGeomeans(rows);
    const ids = list.map((e) => e.id);

    const warnings = speedProblems(rows);
    const unable = referenceFailures(rows);
    const lines = [
      `best of ${options.reps} (glue: ${options.glueReps}), program by program, every engine interleaved repetition by repetition; compile + run timed, process start-up never`,
      ...list.map((e) => `  ${e.id.padEnd(8)} ${e.description}`),
      ...notes.map((n) => `  not measured: ${n}`),
      `  ours/prev VM: memory cap ${SPEED_VM_CONFIG.memoryLimitBytes / 2 ** 20} MiB (the product default; GC every cap / 8 allocated), fuel ${SPEED_LIMITS.fuel.toExponential()} (never binds)`,
      '',
      ...speedTable(rows, ids, geo),
      '',
      `geomeans: ours/cpython ${fmtRatio(geo.oursOverCPython.value)}, glue/ours ${fmtRatio(geo.glueOverOurs.value)}, ` +
        `ours/native ${fmtRatio(geo.oursOverNative.value)}, ours/prev ${fmtRatio(geo.oursOverBaseline.value)} ` +
        '(a count in parentheses: over that many programs, the others could not be compared)',
      'fuel: fuel ours used (~ = it varied between repetitions); peak MiB: ours\' peak linear memory; (!) a program whose outputs differ',
      ...spreadLines(rows, ids),
      `outputs: ${rows.some((r) => r.mismatched.length) ? 'MISMATCH (see below)' : 'identical on every engine that ran'}`,
    ];
    if (unable.length) lines.push('', 'programs a reference engine could not run (not counted in its ratios):', ...unable.map((l) => `  ${l}`));
    const note = cpu.note('during this section');
    if (note) lines.push(note);
    if (warnings.length) lines.push('', ...loudBlock('speed: failures / output mismatches', warnings));

    const measuredCPython = ids.includes('cpython');
    return {
      lines,
      verdicts: [
        cpythonVerdict(rows, measuredCPython),
        glueVerdict(rows, ids.includes('glue')),
        baselineVerdict(rows, ids.includes('baseline')),
        cExceptionsVerdict(rows, measuredCPython),
        fuelVerdict(rows, options.reps),
      ].map((v) => ({ ...v, issue: 11 })),
      warnings,
      data: {
        reps: options.reps,
        glueReps: options.glueReps,
        otherCpus: cpu.otherCpus() ?? null,
        engines: Object.fromEntries(list.map((e) => [e.id, e.description])),
        oursVmConfig: SPEED_VM_CONFIG,
        oursLimits: SPEED_LIMITS,
        programs: rows.map((row) => ({
          name: row.program,
          about: row.about,
          tags: row.tags,
          source: programs.find((p) => p.name === row.program)!.source,
          reference: row.reference ?? null,
          mismatched: row.mismatched,
          ratios: row.ratios,
          fuelDeterministic: row.fuelDeterministic ?? null,
          runs: row.runs,
        })),
        geomeans: { ratios: geo, timesMs: timeGeomeans(rows) },
      },
    };
  },
};

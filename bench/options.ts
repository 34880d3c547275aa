import type { BenchOptions } from './section.js';

/** The benchmark's command line. */

export const DEFAULT_OPTIONS: BenchOptions = {
  reps: 5,
  glueReps: 3,
  latencyIterations: 1000,
  latencyWarmup: 100,
  tieringProcesses: 3,
  only: undefined,
  sections: undefined,
  glue: true,
  cpython: true,
  native: undefined,
  baseline: undefined,
  programTimeoutMs: 300_000,
};

export function usage(sectionIds: readonly string[]): string {
  return `usage: npm run bench -- [options]
  --native <path>      MicroPython's unix port built from the same source and patches (the
                       micropython executable, or the directory build:wasm --native wrote it to):
                       adds ours/native per program
  --baseline <dir>     a built checkout of an earlier version of this project (git worktree add
                       <dir> <commit> && cd <dir> && npm ci): adds ours/previous engine per program
  --quick              2 repetitions everywhere, 200 latency iterations, 1 tiering process
  --reps=N             best-of-N for the speed programs (default ${DEFAULT_OPTIONS.reps})
  --glue-reps=N        best-of-N on the official glue (default ${DEFAULT_OPTIONS.glueReps})
  --iterations=N       timed iterations for latency measurements (default ${DEFAULT_OPTIONS.latencyIterations})
  --tiering-processes=N  fresh processes per tiering configuration (default ${DEFAULT_OPTIONS.tieringProcesses})
  --only=a,b           only these speed programs
  --no-glue            skip the official glue
  --no-cpython         skip CPython
  --sections=a,b       only these sections (${sectionIds.join(', ')})`;
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer, got ${text}`);
  return value;
}

function list(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Parses argv; `--flag value` and `--flag=value` both work for flags that take a value. */
export function parseOptions(argv: readonly string[], sectionIds: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = { ...DEFAULT_OPTIONS };
  const args = [...argv];
  while (args.length) {
    const arg = args.shift()!;
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = args.shift();
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--native': options.native = value(); break;
      case '--baseline': options.baseline = value(); break;
      case '--quick':
        Object.assign(options, { reps: 2, glueReps: 2, latencyIterations: 200, latencyWarmup: 20, tieringProcesses: 1 });
        break;
      case '--reps': options.reps = positive(flag, value()); break;
      case '--glue-reps': options.glueReps = positive(flag, value()); break;
      case '--iterations': options.latencyIterations = positive(flag, value()); break;
      case '--tiering-processes': options.tieringProcesses = positive(flag, value()); break;
      case '--only': options.only = list(value()); break;
      case '--no-glue': options.glue = false; break;
      case '--no-cpython': options.cpython = false; break;
      case '--sections': {
        const ids = list(value());
        const unknown = ids.filter((id) => !sectionIds.includes(id));
        if (unknown.length) throw new Error(`unknown section(s): ${unknown.join(', ')}; known: ${sectionIds.join(', ')}`);
        options.sections = ids;
        break;
      }
      case '--help': case '-h': return 'help';
      default: throw new Error(`unknown option ${arg}\n${usage(sectionIds)}`);
    }
  }
  return options;
}

import { spawnSync } from 'node:child_process';
import { RESULT_MARKER, runProgramInChild, type TimedAnswer } from './child.js';
import { oneLine } from './report.js';
import type { ProgramRun, SpeedProgram } from './programs.js';

/**
 * CPython as the "how fast is normal Python" reference: `python3` from PATH, if there is one.
 * One process per program (a small driver passed with -c), timing exec(compile(...)) with
 * perf_counter so that, as on the MicroPython engines, compiling the source is inside the timed
 * region and process start-up is not.
 */

const PYTHON = 'python3';

const DRIVER = `
import contextlib, io, json, sys, time
req = json.load(sys.stdin)
res = {"samplesMs": [], "stdout": ""}
for rep in range(req["reps"]):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            t0 = time.perf_counter()
            exec(compile(req["source"], "<bench>", "exec"), {"__name__": "__main__"})
            t1 = time.perf_counter()
    except BaseException as e:
        res["error"] = type(e).__name__ + ": " + str(e)
        break
    out = buf.getvalue()
    if rep == 0:
        res["stdout"] = out
    elif out != res["stdout"]:
        res["error"] = "output changed between repetitions"
        break
    res["samplesMs"].append((t1 - t0) * 1000.0)
sys.stdout.write(${JSON.stringify(RESULT_MARKER)} + json.dumps(res) + "\\n")
`;

/** The CPython version string, or undefined when python3 is not on PATH. */
export function findCPython(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.status !== 0 || typeof probe.stdout !== 'string') return undefined;
  return probe.stdout.trim() || undefined;
}

export async function measureCPython(
  programs: readonly SpeedProgram[],
  reps: number,
  timeoutMs: number,
  progress: (message: string) => void,
): Promise<ProgramRun[]> {
  const runs: ProgramRun[] = [];
  for (const program of programs) {
    const run = await runProgramInChild<TimedAnswer>(program.name, 'python3', {
      command: PYTHON,
      // -I: ignore PYTHON* environment variables and user site-packages; -S: no site import.
      args: ['-I', '-S', '-c', DRIVER],
      input: { source: program.source, reps },
      timeoutMs,
    });
    runs.push(run);
    progress(`  ${program.name}: cpython ${run.ok ? `${run.bestMs.toFixed(1)} ms` : `FAILED (${oneLine(run.error ?? '', 120)})`}`);
  }
  return runs;
}

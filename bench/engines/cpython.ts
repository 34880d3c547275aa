import { spawnSync } from 'node:child_process';
import { RESULT_MARKER, runProgramInChild, type TimedAnswer } from '../child.js';
import type { SpeedProgram } from '../programs/index.js';
import type { ChildEngine } from './types.js';

/**
 * CPython as the "how fast is normal Python" reference: `python3` from PATH, if there is one.
 * One process per program (a small driver passed with -c), timing exec(compile(...)) with
 * perf_counter so that, as on the MicroPython engines, compiling the source is inside the timed
 * region and process start-up is not. Each repetition gets fresh globals.
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

/** CPython as a speed engine, or undefined when python3 is missing. */
export function cpythonEngine(timeoutMs: number): ChildEngine | undefined {
  const version = findCPython();
  if (!version) return undefined;
  return {
    kind: 'child',
    id: 'cpython',
    description: `CPython ${version} (python3 -I -S), exec(compile()) timed with perf_counter, one process per program`,
    measure: (program: SpeedProgram, reps: number) => runProgramInChild<TimedAnswer>(program.name, 'python3', {
      command: PYTHON,
      // -I: ignore PYTHON* environment variables and user site-packages; -S: no site import.
      args: ['-I', '-S', '-c', DRIVER],
      input: { source: program.source, reps },
      timeoutMs,
    }),
  };
}

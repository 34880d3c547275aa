import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, HEAP_INITIAL_BYTES, PYSTACK_WORDS } from '../src/core/limits.js';
import { getCompiledEngine } from '../src/engine/module.js';
import { Interpreter } from '../src/interpreter/interpreter.js';
import { run } from '../src/index.js';
import { RESULT_MARKER } from './child.js';
import { SPEED_LIMITS } from './engines/interpreter-engine.js';

/**
 * Child process for the tiering section: one program run several times in a process that has
 * run nothing before, so V8 starts from cold code (bench/tiering.ts starts it, with or without
 * V8 flags). Two paths:
 *  - api: the public `run()` (a worker thread, a fresh sandbox per run); a first `run('pass')`
 *    starts the pool and is timed on its own, so the program's runs measure the code, not the
 *    worker start;
 *  - interpreter: the synchronous Interpreter on this thread, a fresh VM per run (created outside
 *    the timed region).
 * Protocol: one TieringRequest as JSON on stdin; one TieringResponse on stdout after RESULT_MARKER.
 */

export interface TieringRequest {
  mode: 'api' | 'interpreter';
  source: string;
  runs: number;
}

export interface TieringResponse {
  /** api: the first run('pass') (pool, worker, module); interpreter: compiling the module. */
  startMs: number;
  /** Wall time of each run, in order. */
  runsMs: number[];
  /** api only: each run's own durationMs (inside the worker). */
  innerMs?: number[];
  stdout: string;
  error?: string;
}

async function viaApi(request: TieringRequest): Promise<TieringResponse> {
  let started = performance.now();
  await run('pass');
  const response: TieringResponse = { startMs: performance.now() - started, runsMs: [], innerMs: [], stdout: '' };
  for (let i = 0; i < request.runs; i++) {
    started = performance.now();
    const result = await run(request.source, { fuel: SPEED_LIMITS.fuel, timeoutMs: SPEED_LIMITS.timeoutMs });
    response.runsMs.push(performance.now() - started);
    response.innerMs!.push(result.durationMs);
    if (!result.ok) return { ...response, error: `${result.error?.type}: ${result.error?.message}` };
    if (i === 0) response.stdout = result.stdout;
  }
  return response;
}

async function viaInterpreter(request: TieringRequest): Promise<TieringResponse> {
  let started = performance.now();
  const engine = await getCompiledEngine();
  const response: TieringResponse = { startMs: performance.now() - started, runsMs: [], stdout: '' };
  const config = { memoryLimitBytes: DEFAULT_LIMITS.memoryLimit, heapInitialBytes: HEAP_INITIAL_BYTES, pystackWords: PYSTACK_WORDS };
  for (let i = 0; i < request.runs; i++) {
    const vm = new Interpreter(engine, config);
    try {
      started = performance.now();
      const outcome = vm.exec(request.source, SPEED_LIMITS);
      response.runsMs.push(performance.now() - started);
      if (!outcome.ok) return { ...response, error: `${outcome.error?.type}: ${outcome.error?.message}` };
      if (i === 0) response.stdout = outcome.stdout;
    } finally {
      vm.dispose();
    }
  }
  return response;
}

async function main(): Promise<void> {
  const request = JSON.parse(readFileSync(0, 'utf8')) as TieringRequest;
  const response = request.mode === 'api' ? await viaApi(request) : await viaInterpreter(request);
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(response)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`tiering child failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RESULT_MARKER } from '../child.js';
import type { GlueRequest, GlueResponse } from './glue-protocol.js';

/**
 * Child process that runs one program on the OFFICIAL MicroPython glue
 * (@micropython/micropython-webassembly-pyscript), for comparison only.
 *
 * This file must only ever run in its own process (bench/engines/glue.ts spawns it). The glue gives the
 * guest the host (`import js` reaches globalThis), which is exactly what the product exists to
 * prevent, so nothing in src/ or the harness process may import it.
 *
 * Protocol: one GlueRequest as JSON on stdin; one GlueResponse as JSON on stdout, on a line
 * starting with RESULT_MARKER.
 */

interface GlueInstance {
  runPython(code: string): unknown;
}

interface GlueModule {
  loadMicroPython(options: {
    heapsize?: number;
    pystack?: number;
    linebuffer?: boolean;
    stdout?: (chunk: Uint8Array) => void;
    stderr?: (chunk: Uint8Array) => void;
  }): Promise<GlueInstance>;
}

const PACKAGE = '@micropython/micropython-webassembly-pyscript';

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'type' in error && 'message' in error) {
    // The glue's PythonError: `message` is usually the whole traceback, ending in "Type: text".
    const message = String(error.message);
    return message.includes(String(error.type)) ? message : `${String(error.type)}: ${message}`;
  }
  return String(error);
}

async function main(): Promise<void> {
  const request = JSON.parse(readFileSync(0, 'utf8')) as GlueRequest;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve(`${PACKAGE}/micropython.mjs`);
  const glueVersion = (JSON.parse(readFileSync(join(dirname(gluePath), 'package.json'), 'utf8')) as { version: string }).version;
  const glue = (await import(pathToFileURL(gluePath).href)) as GlueModule;

  const response: GlueResponse = { glueVersion, samplesMs: [], loadMs: [], stdout: '' };
  for (let rep = 0; rep < request.reps; rep++) {
    // Unbuffered byte callbacks: the exact output, including a last line without a newline.
    const bytes: number[] = [];
    const loadStarted = performance.now();
    // A fresh instance per repetition, so no state (heap, globals, garbage) carries over.
    const mp = await glue.loadMicroPython({
      heapsize: request.heapBytes,
      pystack: request.pystackWords,
      linebuffer: false,
      stdout: (chunk) => { for (const b of chunk) bytes.push(b); },
      stderr: () => {},
    });
    response.loadMs.push(performance.now() - loadStarted);

    const started = performance.now();
    let error: string | undefined;
    try {
      mp.runPython(request.source);
    } catch (thrown) {
      error = describe(thrown);
    }
    const ms = performance.now() - started;
    const stdout = new TextDecoder().decode(new Uint8Array(bytes));

    if (error !== undefined) {
      response.error = error;
      break;
    }
    if (rep === 0) response.stdout = stdout;
    else if (stdout !== response.stdout) {
      response.error = `output changed between repetitions: ${JSON.stringify(response.stdout)} then ${JSON.stringify(stdout)}`;
      break;
    }
    response.samplesMs.push(ms);
  }
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(response)}\n`);
}

main().then(
  () => process.exit(0), // the glue may leave handles open; the answer is already written
  (error: unknown) => {
    process.stderr.write(`glue-runner failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);

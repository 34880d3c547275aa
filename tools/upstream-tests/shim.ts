/**
 * A stand-in for MicroPython's unix executable, for tests/run-tests.py (MICROPY_MICROPYTHON):
 * `shim [-X option]... (file | -c code) [args...]` runs the code in a sandbox session through
 * this library's public API, prints what the guest printed, and exits like the unix port
 * (1 after an uncaught exception, with its traceback on stderr; n after sys.exit(n)).
 *
 * The MicroPython source tree is mounted read-only at its own path, and the script's directory is
 * the guest's working directory and sys.path[0], so tests find their data files and helper modules.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createSession } from '../../src/index.js';

function parse(argv: string[]): { code: string; file: string | undefined; args: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-X') i++;
    else if (a.startsWith('-X')) continue;
    else if (a === '-c') return { code: argv[i + 1] ?? '', file: undefined, args: argv.slice(i + 2) };
    else if (a.startsWith('-')) throw new Error(`unsupported option ${a}`);
    else return { code: readFileSync(a, 'utf8'), file: resolve(a), args: argv.slice(i + 1) };
  }
  // No program: MicroPython would start its REPL. This stand-in has none (run-tests.py only asks
  // for it in feature checks of the REPL tests, which we do not run), so it reads a program from
  // a pipe. On a terminal (run-tests.py's REPL feature checks open a pty and wait for a banner
  // before typing) it prints a banner and runs nothing, so those checks find no REPL.
  if (process.stdin.isTTY) return { code: 'print("MicroPython sandbox shim (no REPL)")', file: undefined, args: [] };
  return { code: readFileSync(0, 'utf8'), file: undefined, args: [] };
}

async function main(): Promise<number> {
  const { code, file, args } = parse(process.argv.slice(2));
  const root = process.env['MPS_UPSTREAM_ROOT'];
  if (!root) throw new Error('MPS_UPSTREAM_ROOT is not set (run through npm run test:upstream)');
  const session = await createSession({
    // MicroPython's unix port runs its tests in a heap of a few MiB; tests that fill the heap
    // until MemoryError take minutes in a much larger one.
    memoryLimit: 64 * 1024 * 1024,
    mounts: [{ hostPath: root, guestPath: root, mode: 'ro' }],
  });
  // Tracebacks name the script as the unix port does (the library runs code as "<stdin>").
  const named = (text: string) => (file ? text.replace(/^(\s*File )"<stdin>"/gm, (_m, head: string) => `${head}${JSON.stringify(file)}`) : text);
  try {
    const where = file ? dirname(file) : process.cwd();
    const setup = await session.run([
      'import os, sys',
      `os.chdir(${JSON.stringify(where.startsWith(root) ? where : '/tmp')})`,
      `sys.path[0] = os.getcwd()`,
      `sys.argv[:] = ${JSON.stringify([file ?? '', ...args])}`,
      'del os, sys',
    ].join('\n'));
    if (!setup.ok) throw new Error(`setup failed: ${setup.error?.traceback ?? setup.error?.message}`);
    const result = await session.run(code, {
      fuel: 1e15,
      timeoutMs: 120_000,
      stdoutLimit: 64 * 1024 * 1024,
      stderrLimit: 64 * 1024 * 1024,
      onStdout: (text) => process.stdout.write(named(text)),
      onStderr: (text) => process.stdout.write(named(text)),
    });
    const error = result.error;
    if (!error) return 0;
    if (error.type === 'SystemExit') {
      const status = /^-?\d+$/.test(error.message) ? Number(error.message) : error.message === '' ? 0 : 1;
      if (status === 1 && error.message !== '1') process.stdout.write(`${error.message}\n`);
      return status;
    }
    process.stdout.write(`${named(error.traceback) || `${error.type}: ${error.message}`}\n`);
    return 1;
  } finally {
    await session.close();
  }
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`shim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});

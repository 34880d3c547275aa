import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BIN } from '../support/cli.js';
import { Terminal as PtyTerminal } from '../support/terminal.js';

/**
 * The REPL driven through a real pseudo-terminal (see support/terminal.ts), so Ctrl-C and Ctrl-D
 * go through the terminal's line discipline exactly as for a person at a keyboard.
 */

const home = mkdtempSync(join(tmpdir(), 'mps-repl-'));
after(() => rmSync(home, { recursive: true, force: true }));
const HISTORY = join(home, 'history');

class Terminal extends PtyTerminal {
  constructor(args: string[] = []) {
    super(args, { MICROPYTHON_SANDBOX_HISTORY: HISTORY });
  }
}

describe('REPL on a terminal', () => {
  test('multi-line def, echo of values, Ctrl-C interrupts running code and keeps state, Ctrl-D exits', async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/Ctrl-D to exit\.\n>>> $/);
      t.type('def double(n):\r');
      await t.waitFor(/\.\.\. $/);
      t.type('    return n * 2\r');
      await t.waitFor(/\.\.\. $/);
      t.type('\r');
      await t.waitFor(/>>> $/);
      t.type('kept = double(21)\r');
      await t.waitFor(/>>> kept = double\(21\)\n>>> $/);
      t.type('kept\r');
      await t.waitFor(/>>> kept\n42\n>>> $/);
      t.type('while True: pass\r');
      await new Promise((r) => setTimeout(r, 400));
      t.type('\x03');
      await t.waitFor(/KeyboardInterrupt\n>>> $/);
      t.type('double(kept)\r');
      await t.waitFor(/>>> double\(kept\)\n84\n>>> $/);
      t.type('[x for x in (1,\r');
      await t.waitFor(/\.\.\. $/);
      t.type('  2)]\r');
      await t.waitFor(/\[1, 2\]\n>>> $/);
      t.type('1 / 0\r');
      await t.waitFor(/ZeroDivisionError: division by zero\n>>> $/);
      t.type('\x04');
      assert.equal(await t.exited(), 0);
    } finally {
      t.child.kill();
    }
    const history = readFileSync(HISTORY, 'utf8');
    assert.match(history, /kept = double\(21\)\n/);
  });

  test('history from earlier sessions is available with the up arrow', async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/>>> $/);
      t.type('\x1b[A');
      await t.waitFor(/>>> 1 \/ 0$/);
      t.type('\r');
      await t.waitFor(/ZeroDivisionError: division by zero\n>>> $/);
      t.type('\x04');
      assert.equal(await t.exited(), 0);
    } finally {
      t.child.kill();
    }
  });

  test('Ctrl-C at the prompt clears the pending input', async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/>>> $/);
      t.type('if True:\r');
      await t.waitFor(/\.\.\. $/);
      t.type('\x03');
      await t.waitFor(/KeyboardInterrupt\n>>> $/);
      t.type('"fresh"\r');
      await t.waitFor(/'fresh'\n>>> $/);
      t.type('\x04');
      assert.equal(await t.exited(), 0);
    } finally {
      t.child.kill();
    }
  });
});

describe('REPL on a terminal: editing, output, completion, leaving', () => {
  test('Ctrl-C discards a half-typed line', async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/>>> $/);
      t.type('abc');
      await t.waitFor(/>>> abc$/);
      t.type('\x03');
      await t.waitFor(/KeyboardInterrupt\n>>> $/);
      t.type('1+1\r');
      await t.waitFor(/>>> 1\+1\n2\n>>> $/);
      assert.doesNotMatch(t.text, /NameError/);
      t.type('\x04');
      assert.equal(await t.exited(), 0);
    } finally {
      t.child.kill();
    }
  });

  test('output without a trailing newline stays on screen before the next prompt', async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/>>> $/);
      t.type('print("partial", end="")\r');
      await t.waitFor(/\npartial\n>>> $/);
      t.type('\x04');
      assert.equal(await t.exited(), 0);
    } finally {
      t.child.kill();
    }
  });

  test('Tab completes globals, attributes and module names', async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/>>> $/);
      t.type('my_long_variable = 41\r');
      await t.waitFor(/= 41\n>>> $/);
      t.type('my_lo\t');
      await t.waitFor(/>>> my_long_variable$/);
      t.type(' + 1\r');
      await t.waitFor(/\n42\n>>> $/);
      t.type('import colle\t');
      await t.waitFor(/>>> import collections$/);
      t.type('\r');
      await t.waitFor(/import collections\n>>> $/);
      t.type('import math\r');
      await t.waitFor(/import math\n>>> $/);
      t.type('math.sq\t');
      await t.waitFor(/>>> math\.sqrt$/);
      t.type('\x03');
      await t.waitFor(/KeyboardInterrupt\n>>> $/);
      t.type('\x04');
      assert.equal(await t.exited(), 0);
    } finally {
      t.child.kill();
    }
  });

  test('exit(), quit() and sys.exit(n) leave the REPL with their exit code', async () => {
    for (const [line, code] of [['exit()', 0], ['quit()', 0], ['import sys; sys.exit(3)', 3]] as const) {
      const t = new Terminal();
      try {
        await t.waitFor(/>>> $/);
        t.type('exit\r');
        await t.waitFor(/Use exit\(\) or Ctrl-D \(i\.e\. EOF\) to exit\n>>> $/);
        t.type(`${line}\r`);
        assert.equal(await t.exited(), code, line);
      } finally {
        t.child.kill();
      }
    }
  });
});

describe('REPL without a terminal', () => {
  test('--repl reads lines from a pipe, keeps state and stops on SIGINT without losing it', async () => {
    const child = spawn(process.execPath, [BIN, '--repl'], { env: { ...process.env, MICROPYTHON_SANDBOX_HISTORY: HISTORY } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const waitFor = async (pattern: RegExp) => {
      const started = Date.now();
      while (!pattern.test(out)) {
        if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${pattern}: ${out}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    child.stdin.write('x = 5\n');
    child.stdin.write('while True: pass\n');
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGINT');
    child.stdin.write('x * 3\n');
    await waitFor(/15\n/);
    child.stdin.end();
    const code = await new Promise((r) => child.on('exit', r));
    assert.equal(code, 0);
  });
});

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { cli } from '../support/cli.js';
import { Terminal } from '../support/terminal.js';
import { attack } from './harness.js';

/**
 * Terminal escapes from guest output, through the real CLI on a real pseudo-terminal. Written
 * raw, the guest could retitle the terminal (OSC 0), write the clipboard (OSC 52), clear the
 * screen, colour or overwrite the CLI's own messages (a lone CR, cursor moves), or reorder text
 * (U+202E, and C1 controls some terminals obey like ESC sequences). On a terminal the CLI shows
 * them instead; `--raw-output` and pipes pass them through unchanged.
 */

const HOSTILE = [
  'import sys',
  'print("A\\x1b]0;PWNED-TITLE\\x07B")',
  'print("C\\x1b]52;c;ZXZpbA==\\x07D")',
  'sys.stdout.write("E\\x1b[2J\\x1b[H\\x1b[31mF\\n")',
  'print("progress\\rmicropython-sandbox: fake message")',
  'print("G\\x9b31mH\\u202eI\\x7fJ\\x00K\\tL")',
  'sys.stderr.write("err\\x1b]0;STDERR-TITLE\\x07\\n")',
  'raise ValueError("boom\\x1b]0;TRACEBACK-TITLE\\x07\\x1b[1A")',
].join('\n');

/** What a terminal received, with the line discipline's own CR LF line ends back to LF. */
async function onTerminal(args: string[]): Promise<{ code: number | null; shown: string }> {
  const terminal = new Terminal(args);
  try {
    const code = await terminal.exited(20_000);
    return { code, shown: terminal.output.replace(/\r\n/g, '\n') };
  } finally {
    terminal.child.kill();
  }
}

function assertNothingActive(shown: string): void {
  for (const [what, char] of [['ESC', '\x1b'], ['BEL', '\x07'], ['NUL', '\x00'], ['DEL', '\x7f'], ['C1 CSI', '\x9b'], ['RLO', '\u202e'], ['a lone CR', '\r']]) {
    assert.ok(!shown.includes(char!), `${what} reached the terminal: ${JSON.stringify(shown)}`);
  }
}

describe('terminal escapes from guest output (CLI on a pty)', () => {
  attack('control characters in stdout, stderr and the traceback are shown, not obeyed', async () => {
    const { code, shown } = await onTerminal(['-c', HOSTILE]);
    assert.equal(code, 1);
    assertNothingActive(shown);
    for (const visible of [
      'A^[]0;PWNED-TITLE^GB\n',
      'C^[]52;c;ZXZpbA==^GD\n',
      'E^[[2J^[[H^[[31mF\n',
      'progress^Mmicropython-sandbox: fake message\n',
      'G<U+009B>31mH<U+202E>I^?J^@K\tL\n',
      'err^[]0;STDERR-TITLE^G\n',
      'ValueError: boom^[]0;TRACEBACK-TITLE^G^[[1A\n',
    ]) {
      assert.ok(shown.includes(visible), `missing ${JSON.stringify(visible)} in ${JSON.stringify(shown)}`);
    }
  });

  attack('limit messages and --json on a terminal carry no active characters either', async () => {
    const limit = await onTerminal(['--timeout', '200ms', '-c', 'import sys\nsys.stdout.write("x\\x1b]0;T\\x07\\r")\nwhile True:\n    try:\n        while True: pass\n    except BaseException:\n        print("\\x1b[2J\\x9b2J", end="\\r")']);
    assert.equal(limit.code, 3);
    assertNothingActive(limit.shown);
    const json = await onTerminal(['--json', '-c', 'print("\\x1b]0;T\\x07\\x9b2J\\u202e\\x7f")\n"\\x1b[2J\\u2066"']);
    assert.equal(json.code, 0);
    assertNothingActive(json.shown);
    const result = JSON.parse(json.shown.slice(json.shown.indexOf('{'))) as { stdout: string; value: string };
    assert.equal(result.stdout, '\x1b]0;T\x07\x9b2J\u202e\x7f\n', 'the JSON still carries the exact text');
    assert.equal(result.value, '\x1b[2J\u2066');
  });

  attack('the REPL shows control characters in output and errors too', async () => {
    const terminal = new Terminal(['--repl']);
    try {
      await terminal.waitFor(/>>> $/);
      terminal.type('print("\\x1b]0;REPL-TITLE\\x07x\\ry")\r');
      await terminal.waitFor(/\^\[\]0;REPL-TITLE\^Gx\^My\n>>> $/);
      terminal.type('raise OSError("\\x1b]52;c;ZXZpbA==\\x07")\r');
      await terminal.waitFor(/OSError: \^\[\]52;c;ZXZpbA==\^G\n>>> $/);
      terminal.type('\x04');
      assert.equal(await terminal.exited(), 0);
      const afterBanner = terminal.output.slice(terminal.output.indexOf('Ctrl-D to exit')).replace(/\r\n/g, '\n');
      // The REPL's own line editing writes ESC sequences and CRs; the guest's text must not.
      assert.ok(!afterBanner.includes('REPL-TITLE\x07') && !afterBanner.includes('\x1b]0;REPL') && !afterBanner.includes('\x1b]52'));
    } finally {
      terminal.child.kill();
    }
  });

  attack('--raw-output, and output to a pipe, pass the bytes through unchanged', async () => {
    const raw = await onTerminal(['--raw-output', '-c', 'print("A\\x1b]0;RAW-TITLE\\x07B")']);
    assert.equal(raw.code, 0);
    assert.ok(raw.shown.includes('A\x1b]0;RAW-TITLE\x07B'), JSON.stringify(raw.shown));
    const piped = await cli(['-c', 'print("A\\x1b]0;T\\x07B\\rC")']);
    assert.equal(piped.stdout, 'A\x1b]0;T\x07B\rC\n');
  });
});

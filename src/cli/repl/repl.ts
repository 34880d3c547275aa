import { createInterface, type Interface } from 'node:readline';
import type { Session } from '../../sandbox/session.js';
import type { RunResult } from '../../sandbox/result.js';
import { programExit } from '../system-exit.js';
import { InputBuffer } from './input-buffer.js';
import { appendHistory, loadHistory } from './history.js';
import { Completer } from './completion.js';
import { guestWriter, type TextSink } from '../visible-text.js';

/**
 * The interactive REPL: a resident session, `>>>` / `...` prompts, multi-line blocks, values of
 * expressions echoed, history across runs, Tab completion. Ctrl-C interrupts running code (the
 * session keeps its state) or discards the current input; Ctrl-D, exit(), quit() and sys.exit()
 * end it.
 */

export interface ReplIo {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  errors: NodeJS.WritableStream & { isTTY?: boolean };
}

export function describeFailure(result: RunResult): string {
  if (result.ok) return '';
  const { error } = result;
  if (error.kind === 'exception') return `${error.traceback}\n`;
  const detail = error.type === 'Cancelled' ? 'KeyboardInterrupt' : `${error.type}: ${error.message}`;
  return `${detail}${error.stop === 'hard' ? ' (the interpreter was reset to its state before this input)' : ''}\n`;
}

/**
 * Both streams show on the same screen: remembers whether the last thing written ended a line,
 * so the next prompt starts on a line of its own instead of overwriting `print("x", end="")`.
 */
class Screen {
  atLineStart = true;

  sink(stream: NodeJS.WritableStream & { isTTY?: boolean }): TextSink {
    return {
      isTTY: stream.isTTY === true,
      write: (text: string) => {
        if (text.length > 0) this.atLineStart = text.endsWith('\n');
        return stream.write(text);
      },
    };
  }
}

/** Empties what readline holds of the line being typed (readline has no call for it). */
function discardLine(rl: Interface): void {
  const state = rl as unknown as { line: string; cursor: number };
  state.line = '';
  state.cursor = 0;
}

/** Runs the REPL until the user leaves; resolves with the process exit code. */
export async function runRepl(session: Session, io: ReplIo, banner: string, rawOutput = false,
  probe?: (code: string) => Promise<RunResult>): Promise<number> {
  const terminal = io.input.isTTY === true && io.output.isTTY === true;
  const screen = new Screen();
  const output = guestWriter(screen.sink(io.output), rawOutput);
  const errors = guestWriter(screen.sink(io.errors), rawOutput);
  let running: AbortController | undefined;
  let busy = false;
  const completer = probe ? new Completer(session, () => busy, probe) : undefined;
  const rl = createInterface({
    input: io.input,
    output: io.output,
    terminal,
    history: terminal ? loadHistory() : [],
    historySize: 1000,
    prompt: '>>> ',
    ...(terminal && completer
      ? { completer: (line: string, done: (error: null, result: [string[], string]) => void) => void completer.complete(line).then((r) => done(null, r), () => done(null, [[], line])) }
      : {}),
  });
  const buffer = new InputBuffer();
  let closed = false;
  let exitCode = 0;
  let programExited = false;

  const prompt = () => {
    if (closed) return;
    if (!screen.atLineStart) {
      io.output.write('\n');
      screen.atLineStart = true;
    }
    rl.setPrompt(buffer.prompt);
    rl.prompt();
  };

  const interrupt = () => {
    if (running) {
      running.abort();
      return;
    }
    buffer.clear();
    discardLine(rl);
    io.output.write('\nKeyboardInterrupt\n');
    screen.atLineStart = true;
    prompt();
  };
  rl.on('SIGINT', interrupt);
  // Without a terminal readline sees no Ctrl-C; the signal itself still arrives.
  const onSignal = () => interrupt();
  if (!terminal) process.on('SIGINT', onSignal);

  io.output.write(banner);
  prompt();

  const done = new Promise<void>((resolve) => rl.once('close', () => {
    closed = true;
    resolve();
  }));

  // Lines are handled one at a time, in order, even when code takes a while to run.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      // Lines read before the input ended still run; none after the program asked to exit.
      if (programExited) return;
      if (terminal) appendHistory(line);
      const source = buffer.push(line);
      if (source !== undefined) {
        running = new AbortController();
        busy = true;
        try {
          const result = await session.run(source, {
            signal: running.signal,
            onStdout: (text) => output.write(text),
            onStderr: (text) => errors.write(text),
          });
          output.end();
          const exit = result.ok ? undefined : programExit(result.error);
          if (exit) {
            if (exit.message !== undefined) errors.write(`${exit.message}\n`);
            exitCode = exit.code;
            programExited = true;
            rl.close();
            return;
          }
          if (!result.ok) errors.write(describeFailure(result));
          else if (result.valueRepr !== undefined) output.write(`${result.valueRepr}\n`);
        } catch (error) {
          errors.write(`micropython-sandbox: ${(error as Error).message}\n`);
        } finally {
          output.end();
          errors.end();
          running = undefined;
          busy = false;
        }
      }
      prompt();
    });
  });

  await done;
  await queue;
  if (!terminal) process.off('SIGINT', onSignal);
  // Ctrl-D leaves the cursor after a prompt; exit() after a line of its own.
  if (!programExited || !screen.atLineStart) io.output.write('\n');
  return exitCode;
}

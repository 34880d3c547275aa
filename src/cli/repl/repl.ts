import { createInterface } from 'node:readline';
import type { Session } from '../../sandbox/session.js';
import type { RunResult } from '../../sandbox/result.js';
import { InputBuffer } from './input-buffer.js';
import { appendHistory, loadHistory } from './history.js';
import { guestWriter } from '../visible-text.js';

/**
 * The interactive REPL: a resident session, `>>>` / `...` prompts, multi-line blocks, values of
 * expressions echoed, history across runs. Ctrl-C interrupts running code (the session keeps its
 * state) or clears the current input; Ctrl-D exits.
 */

export interface ReplIo {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  errors: NodeJS.WritableStream & { isTTY?: boolean };
}

export function describeFailure(result: RunResult): string {
  const error = result.error!;
  if (error.kind === 'exception') return `${error.traceback}\n`;
  const detail = error.type === 'Cancelled' ? 'KeyboardInterrupt' : `${error.type}: ${error.message}`;
  return `${detail}${error.stop === 'hard' ? ' (the interpreter was reset to its state before this input)' : ''}\n`;
}

export async function runRepl(session: Session, io: ReplIo, banner: string, rawOutput = false): Promise<void> {
  const terminal = io.input.isTTY === true && io.output.isTTY === true;
  const output = guestWriter(io.output, rawOutput);
  const errors = guestWriter(io.errors, rawOutput);
  const rl = createInterface({
    input: io.input,
    output: io.output,
    terminal,
    history: terminal ? loadHistory() : [],
    historySize: 1000,
    prompt: '>>> ',
  });
  const buffer = new InputBuffer();
  let running: AbortController | undefined;
  let closed = false;

  const interrupt = () => {
    if (running) {
      running.abort();
      return;
    }
    buffer.clear();
    io.output.write('\nKeyboardInterrupt\n');
    rl.setPrompt(buffer.prompt);
    rl.prompt();
  };
  rl.on('SIGINT', interrupt);
  // Without a terminal readline sees no Ctrl-C; the signal itself still arrives.
  const onSignal = () => interrupt();
  if (!terminal) process.on('SIGINT', onSignal);

  io.output.write(banner);
  rl.prompt();

  const done = new Promise<void>((resolve) => rl.once('close', () => {
    closed = true;
    resolve();
  }));

  // Lines are handled one at a time, in order, even when code takes a while to run.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      if (terminal) appendHistory(line);
      const source = buffer.push(line);
      if (source !== undefined) {
        running = new AbortController();
        try {
          const result = await session.run(source, {
            signal: running.signal,
            onStdout: (text) => output.write(text),
            onStderr: (text) => errors.write(text),
          });
          output.end();
          if (result.error) errors.write(describeFailure(result));
          else if (result.valueRepr !== undefined) output.write(`${result.valueRepr}\n`);
        } catch (error) {
          errors.write(`micropython-sandbox: ${(error as Error).message}\n`);
        } finally {
          output.end();
          errors.end();
          running = undefined;
        }
      }
      if (!closed) {
        rl.setPrompt(buffer.prompt);
        rl.prompt();
      }
    });
  });

  await done;
  await queue;
  if (!terminal) process.off('SIGINT', onSignal);
  io.output.write('\n');
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN } from './cli.js';

/**
 * The CLI on a real pseudo-terminal (util-linux `script` allocates it): its stdin, stdout and
 * stderr are a terminal, and keys go through the terminal's line discipline exactly as for a
 * person at a keyboard.
 */
export class Terminal {
  /** Everything the terminal showed, byte for byte (as UTF-8 text). */
  output = '';
  readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[] = [], env: Record<string, string> = {}) {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    this.child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...process.env, TERM: 'xterm', ...env } });
    this.child.stdout.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  /** Screen text without terminal control sequences. */
  get text(): string {
    return this.output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  }

  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (!pattern.test(this.text)) {
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}; screen:\n${this.text}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  exited(timeoutMs = 10_000): Promise<number | null> {
    return new Promise((resolve, reject) => {
      if (this.child.exitCode !== null) return resolve(this.child.exitCode);
      const timer = setTimeout(() => reject(new Error(`the CLI did not exit; screen:\n${this.text}`)), timeoutMs);
      this.child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }
}

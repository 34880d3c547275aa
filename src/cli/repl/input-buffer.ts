import { logicalLines } from '../../interpreter/last-expression.js';

/**
 * Decides when the lines typed at the REPL form a complete input, the way Python's own REPL does:
 * open brackets, strings or a trailing backslash continue; a compound statement (a line ending in
 * `:`) continues until an empty line; anything else runs at once.
 */
export class InputBuffer {
  private lines: string[] = [];

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  get prompt(): string {
    return this.lines.length === 0 ? '>>> ' : '... ';
  }

  clear(): void {
    this.lines = [];
  }

  /** Adds a line; returns the complete source when the input is finished, else undefined. */
  push(line: string): string | undefined {
    if (this.lines.length === 0 && line.trim() === '') return undefined;
    this.lines.push(line);
    const source = this.lines.join('\n');
    if (line.endsWith('\\')) return undefined;
    const logical = logicalLines(`${source}\n`);
    if (logical === undefined) return undefined; // bracket or string still open
    // A compound statement (or decorated definition) continues until an empty line.
    const first = logical[0]?.text ?? '';
    const compound = /:\s*(#.*)?$/.test(first) || first.startsWith('@');
    if (compound && line.trim() !== '') return undefined;
    this.lines = [];
    return source;
  }
}

import { PRELUDE_FILE } from './prelude.js';

/**
 * Splits MicroPython's printed exception into the parts a result reports. Frames of the
 * sandbox's own Python (value capture, host calls) are left out: they are not the guest's code.
 */

export interface GuestErrorInfo {
  type: string;
  message: string;
  traceback: string;
  line?: number;
}

const FRAME = /^\s*File "([^"]*)", line (\d+)/;

export function parseGuestException(type: string, printed: string, sourceName = '<stdin>'): GuestErrorInfo {
  const lines = collapseRepeats(printed.replace(/\n+$/, '').split('\n').filter((text) => FRAME.exec(text)?.[1] !== PRELUDE_FILE));
  const traceback = lines.join('\n');
  const last = lines[lines.length - 1] ?? '';
  let message = '';
  if (last.startsWith(`${type}: `)) message = last.slice(type.length + 2);
  else if (last !== type && !FRAME.test(last) && !last.startsWith('Traceback')) message = last;

  let line: number | undefined;
  for (const text of lines) {
    const match = FRAME.exec(text);
    if (match && match[1] === sourceName) line = Number(match[2]);
  }
  return line === undefined ? { type, message, traceback } : { type, message, traceback, line };
}

/** As CPython does: a frame line repeated more than 3 times in a row is shown 3 times and counted. */
function collapseRepeats(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i + 1;
    while (j < lines.length && lines[j] === lines[i]) j++;
    const run = j - i;
    if (run > 3 && FRAME.test(lines[i]!)) {
      out.push(lines[i]!, lines[i]!, lines[i]!, `  [Previous line repeated ${run - 3} more times]`);
    } else {
      for (let k = i; k < j; k++) out.push(lines[k]!);
    }
    i = j;
  }
  return out;
}

/** Splits MicroPython's printed exception into the parts a result reports. */

export interface GuestErrorInfo {
  type: string;
  message: string;
  traceback: string;
  line?: number;
}

const FRAME = /^\s*File "([^"]*)", line (\d+)/;

export function parseGuestException(type: string, printed: string, sourceName = '<stdin>'): GuestErrorInfo {
  const traceback = printed.replace(/\n+$/, '');
  const lines = traceback.split('\n');
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

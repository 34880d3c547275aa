import type { RunError } from '../../core/result.js';

/**
 * One sentence per failure telling a model how to change its code. Keyed by the Python exception
 * type or the limit; the message is looked at only to pick between known causes.
 */

const BY_TYPE: Record<string, string> = {
  SyntaxError: 'Fix the syntax at the line shown; MicroPython has no `match` statement (use if/elif).',
  IndentationError: 'Indent blocks consistently with 4 spaces.',
  NameError: 'Define the name first; variables from earlier calls in this conversation persist, but only if that call succeeded.',
  ImportError: 'Only MicroPython\'s standard library is available (json, re, math, collections, itertools, datetime, csv, ...); no pip packages such as numpy or pandas.',
  AttributeError: 'This object or module does not have that attribute in MicroPython; use a simpler built-in alternative.',
  TypeError: 'Check argument types and counts at the line shown.',
  ValueError: 'Check the value passed at the line shown.',
  KeyError: 'The key is missing: use dict.get(key, default) or check `key in d` first.',
  IndexError: 'The index is out of range: check len() first.',
  ZeroDivisionError: 'Guard the division against a zero divisor.',
  NotImplementedError: 'MicroPython lacks this feature: write it with simpler built-ins.',
  OSError: 'The path may not exist or be read-only: write to /tmp, and list folders with os.listdir() first.',
  RecursionError: 'Recursion is too deep: rewrite it as a loop.',
  MemoryError: 'The data does not fit in the memory limit: process it in smaller pieces or keep less in memory.',
  FuelExhausted: 'The code used its CPU budget: use a faster algorithm, or split the work over several calls (state persists).',
  Timeout: 'The code ran past its time limit: make it faster or split the work over several calls (state persists).',
  Cancelled: 'The call was cancelled by the caller; run it again only if still needed.',
  HostError: 'A host function failed: check the arguments you passed to it.',
  InterpreterCrash: 'The interpreter failed; the session was rebuilt. Run the code again, in smaller steps.',
};

export function hintFor(error: RunError): string {
  return BY_TYPE[error.type] ?? (error.kind === 'limit' ? BY_TYPE['Timeout']! : 'Read the error message and change the code at the line shown.');
}

/**
 * Finds the last top-level statement of a Python source, so a run can report the value of a final
 * expression the way a REPL or notebook does. This is a tokenizer-level scan (strings, comments,
 * brackets, line continuations), not a parser: it only proposes a candidate. The guest's own
 * compiler has the last word; if the rewritten source does not compile, the original runs as is.
 */

const STATEMENT_KEYWORDS = new Set([
  'def', 'class', 'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'import',
  'from', 'return', 'pass', 'break', 'continue', 'raise', 'del', 'global', 'nonlocal', 'assert',
  'async', 'yield', 'match', 'case',
]);

export interface LogicalLine {
  start: number; // offset of the first character
  line: number; // 1-based line number of the first character
  indented: boolean;
  text: string;
}

/**
 * Splits source into logical lines (joining bracketed and backslash-continued physical lines).
 * Returns undefined when a bracket or string is still open at the end (the source is unfinished).
 */
export function logicalLines(src: string): LogicalLine[] | undefined {
  const lines: LogicalLine[] = [];
  let depth = 0;
  let i = 0;
  let line = 1;
  let current: LogicalLine | undefined;
  while (i < src.length) {
    const c = src[i]!;
    if (current === undefined) {
      // At the start of a physical line outside any open construct.
      let j = i;
      while (j < src.length && (src[j] === ' ' || src[j] === '\t')) j++;
      if (j >= src.length) break;
      if (src[j] === '\n' || src[j] === '\r' || src[j] === '#') {
        while (j < src.length && src[j] !== '\n') j++;
        i = j + 1;
        line++;
        continue;
      }
      current = { start: j, line, indented: j > i, text: '' };
      i = j;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))) {
      i += src[i + 1] === '\n' ? 2 : 3;
      line++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = skipString(src, i);
      if (end < 0) return undefined;
      for (let k = i; k < end; k++) if (src[k] === '\n') line++;
      i = end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\n') {
      line++;
      if (depth === 0) {
        current.text = src.slice(current.start, i);
        lines.push(current);
        current = undefined;
      }
    }
    i++;
  }
  if (current) {
    current.text = src.slice(current.start);
    lines.push(current);
  }
  return depth === 0 ? lines : undefined;
}

/** Returns the offset just past the string literal starting at `i` (prefix letters excluded). */
function skipString(src: string, i: number): number {
  const quote = src[i]!;
  const triple = src.startsWith(quote.repeat(3), i);
  const raw = /[rR][bB]?$|[bB][rR]$/.test(src.slice(Math.max(0, i - 2), i));
  let j = i + (triple ? 3 : 1);
  while (j < src.length) {
    const c = src[j]!;
    if (c === '\\' && !raw) {
      j += 2;
      continue;
    }
    if (c === '\\' && raw) {
      j += 2; // a raw string still cannot end with an escaped quote
      continue;
    }
    if (triple) {
      if (src.startsWith(quote.repeat(3), j)) return j + 3;
    } else {
      if (c === quote) return j + 1;
      if (c === '\n') return -1;
    }
    j++;
  }
  return -1;
}

/** True when the statement clearly is not an expression (keyword statement or assignment). */
function clearlyNotExpression(text: string): boolean {
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text)?.[0];
  if (word && STATEMENT_KEYWORDS.has(word)) return true;
  if (text.startsWith('@')) return true;
  // A top-level `=` (not ==, <=, >=, !=, :=) or augmented assignment marks an assignment.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = skipString(text, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (c === '#') {
      break;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === ';') return true;
    else if (depth === 0 && c === '=' && text[i + 1] !== '=' && !'=<>!:'.includes(text[i - 1] ?? '')) return true;
  }
  return /:\s*(#.*)?$/.test(text); // a compound statement header
}

export interface LastExpression {
  /** Source with the final expression wrapped in `wrapper(( ... ))`, line numbers unchanged. */
  rewritten: string;
  line: number;
}

export function wrapLastExpression(src: string, wrapper: string): LastExpression | undefined {
  const lines = logicalLines(src);
  const last = lines?.[lines.length - 1];
  if (!last || last.indented || clearlyNotExpression(last.text)) return undefined;
  const rewritten = `${src.slice(0, last.start)}${wrapper}((${src.slice(last.start).replace(/\s+$/, '')}\n))\n`;
  return { rewritten, line: last.line };
}

/**
 * Guest text bound for a terminal, with every control character made visible. Written raw, guest
 * output could retitle the terminal (OSC 0), write the clipboard (OSC 52), clear the screen, move
 * the cursor over the CLI's own messages, or reorder what is shown (bidirectional overrides).
 *
 * Rendering, as `cat -v` does for C0: ESC is `^[`, BEL `^G`, NUL `^@`, DEL `^?`. Newline and tab
 * are kept. A carriage return is kept only as part of CR LF (a line end); a lone one, which would
 * let later text overwrite the line, shows as `^M`. C1 controls (U+0080-U+009F, which some
 * terminals obey like ESC sequences), bidirectional controls and other invisible format
 * characters show as `<U+XXXX>`.
 */

/** C0 controls except tab, newline and carriage return (handled apart), and DEL. */
const C0_OR_DEL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** C1 controls, bidi embeddings/overrides/isolates, marks, and line/paragraph separators. */
const INVISIBLE = /[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufff9-\ufffb]/g;
const LONE_CR = /\r(?!\n)/g;

function caret(char: string): string {
  const code = char.charCodeAt(0);
  return code === 0x7f ? '^?' : `^${String.fromCharCode(code + 0x40)}`;
}

function codePoint(char: string): string {
  return `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** `text` made safe for a terminal; a CR at its very end counts as lone. */
export function visibleText(text: string): string {
  return text.replace(C0_OR_DEL, caret).replace(LONE_CR, '^M').replace(INVISIBLE, codePoint);
}

/**
 * The same for a stream that arrives in pieces: a CR ending one piece is held back until the
 * next shows whether a LF follows it.
 */
export class VisibleStream {
  private heldCr = false;

  push(text: string): string {
    let input = this.heldCr ? `\r${text}` : text;
    this.heldCr = input.endsWith('\r');
    if (this.heldCr) input = input.slice(0, -1);
    return visibleText(input);
  }

  /** What is still held back, at the end of the stream. */
  end(): string {
    const rest = this.heldCr ? '^M' : '';
    this.heldCr = false;
    return rest;
  }
}

/**
 * JSON text with the characters a terminal may act on written as `\uXXXX` escapes. JSON.stringify
 * already escapes C0 controls; DEL, C1 and the invisible format characters it leaves raw. Only
 * string contents can hold them, where the escape means the same character, so the JSON still
 * parses to the same value.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\u007f]/g, jsonEscape).replace(INVISIBLE, jsonEscape);
}

function jsonEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Where the CLI writes guest text: made visible on a terminal unless raw output was asked for. */
export interface GuestWriter {
  write(text: string): void;
  /** Writes what a stream still held back; the writer can be used again afterwards. */
  end(): void;
}

/** Where text goes: a stream, or anything with its `write`. */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function guestWriter(stream: TextSink, raw: boolean): GuestWriter {
  if (raw || stream.isTTY !== true) return { write: (text) => void stream.write(text), end: () => {} };
  const visible = new VisibleStream();
  return {
    write: (text) => void stream.write(visible.push(text)),
    end: () => {
      const rest = visible.end();
      if (rest !== '') stream.write(rest);
    },
  };
}

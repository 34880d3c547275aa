/**
 * Numbers on the command line: sizes (`64M`, `64MiB`, `512k`, plain bytes), durations (`5s`,
 * `500ms`, `2m`, plain seconds) and counts (`1e9`, `100_000_000`), and the same numbers written
 * back for people (`64 MiB`, `5 s`) in messages.
 */

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Bytes for `64M`, `64MiB`, `64MB` (all powers of 1024), `512k`, `1.5G` or plain bytes; undefined for anything else. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|(b))?$/i.exec(text.trim());
  if (!match) return undefined;
  const scale = SIZE_UNITS[(match[2] ?? match[3] ?? '').toLowerCase()]!;
  const bytes = Number(match[1]) * scale;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds for `500ms`, `5s`, `2m`, `1h`, or a plain number of seconds (`5`, `0.5`); undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Math.round(Number(match[1]) * DURATION_UNITS[match[2] ?? 's']!);
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** A non-negative integer (underscores and `e` notation allowed, e.g. 100_000_000, 1e8). */
export function parseCount(text: string): number | undefined {
  const clean = text.trim().replace(/_/g, '');
  if (!/^\d+(\.\d+)?(e\d+)?$/i.test(clean)) return undefined;
  const n = Number(clean);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `64 MiB`, `1.5 KiB`, `100 bytes`. */
export function formatSize(bytes: number): string {
  for (const [unit, scale] of [['TiB', 1024 ** 4], ['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (Math.abs(bytes) >= scale) {
      const value = bytes / scale;
      return `${Number.isInteger(value) ? value : Number(value.toFixed(2))} ${unit}`;
    }
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** `5 s`, `500 ms`, `2 min`, `24 h`. */
export function formatDuration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${Number((ms / 1000).toFixed(3))} s`;
  return `${ms} ms`;
}

/** `100,000,000`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

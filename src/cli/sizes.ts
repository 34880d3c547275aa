/** Parses sizes like `64M`, `512k`, `1G` or plain bytes. Returns undefined for anything else. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Number(match[1]) * scale;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** Parses a non-negative integer (underscores and `e` notation allowed, e.g. 100_000_000, 1e8). */
export function parseCount(text: string): number | undefined {
  const clean = text.replace(/_/g, '');
  if (!/^\d+(\.\d+)?(e\d+)?$/i.test(clean)) return undefined;
  const n = Number(clean);
  return Number.isSafeInteger(n) ? n : undefined;
}

import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** REPL history in the user's config directory, kept across runs. Failures to read or write are ignored. */

const MAX_ENTRIES = 1000;

export function historyPath(): string {
  const configured = process.env['MICROPYTHON_SANDBOX_HISTORY'];
  if (configured) return configured;
  const base = process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
  return join(base, 'micropython-sandbox', 'history');
}

/** Most recent first, as node:readline expects. */
export function loadHistory(path = historyPath()): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0).slice(-MAX_ENTRIES).reverse();
  } catch {
    return [];
  }
}

export function appendHistory(line: string, path = historyPath()): void {
  if (line.trim() === '' || line.includes('\n')) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, `${line}\n`, { mode: 0o600 });
  } catch {
    // history is a convenience
  }
}

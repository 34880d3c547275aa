import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, arch, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from './section.js';

/** Console formatting and the JSON results file. Nothing here measures anything. */

// ---------- cell formatting ----------

export function fmtMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

export function fmtRatio(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(2)}x`;
}

/** 54008562 -> "54.0M": fuel counts are only compared by order of magnitude on screen. */
export function fmtCount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)}G`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  return String(value);
}

export function fmtMiB(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return 'n/a';
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Multi-line text (a traceback) on one line, cut to `max` characters. */
export function oneLine(text: string, max = 400): string {
  const flat = text.trim().replace(/\s*\n\s*/g, ' | ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

// ---------- tables ----------

/** A plain-text table: first column left-aligned, the rest right-aligned (they are numbers). */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], separatorBefore: readonly number[] = []): string[] {
  const widths = headers.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(headers), rule];
  rows.forEach((row, index) => {
    if (separatorBefore.includes(index)) out.push(rule);
    out.push(line(row));
  });
  return out;
}

export function renderVerdicts(verdicts: readonly Verdict[]): string[] {
  return verdicts.map((v) => {
    const detail = v.detail ? ` -- ${v.detail}` : '';
    return `${v.status.padEnd(4)}  ${v.target}: ${v.measured}${detail}`;
  });
}

/** A block that is hard to miss in a scrolling terminal. */
export function loudBlock(title: string, lines: readonly string[]): string[] {
  const bar = '!'.repeat(78);
  return [bar, `!!! ${title}`, ...lines.map((l) => `!!!   ${l}`), bar];
}

// ---------- machine and environment ----------

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  totalMemBytes: number;
  node: string;
  platform: string;
  osRelease: string;
  arch: string;
  loadAverageAtStart: number[];
  gitCommit?: string;
  gitDirty?: boolean;
}

export function machineInfo(): MachineInfo {
  const info: MachineInfo = {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpuCount: cpus().length,
    totalMemBytes: totalmem(),
    node: process.version,
    platform: platform(),
    osRelease: release(),
    arch: arch(),
    loadAverageAtStart: loadavg(),
  };
  // Which code was measured; the working tree is often dirty while someone is optimising.
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  if (head.status === 0) {
    info.gitCommit = head.stdout.trim();
    const status = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' });
    if (status.status === 0) info.gitDirty = status.stdout.trim() !== '';
  }
  return info;
}

/** Load averages above this (per core) make timings unreliable; the report says so. */
export const BUSY_LOAD_PER_CPU = 0.3;

export function machineLines(info: MachineInfo): string[] {
  const perCpu = (info.loadAverageAtStart[0] ?? 0) / Math.max(1, info.cpuCount);
  const lines = [
    `machine: ${info.cpuModel}, ${info.cpuCount} cpus, ${(info.totalMemBytes / 2 ** 30).toFixed(1)} GiB, node ${info.node}, ${info.platform} ${info.arch}`,
    `commit:  ${info.gitCommit ?? 'unknown'}${info.gitDirty ? ' (src/ has uncommitted changes)' : ''}`,
  ];
  if (perCpu > BUSY_LOAD_PER_CPU) {
    lines.push(`note:    load average was ${info.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at start: other work is running, timings are noisy`);
  }
  return lines;
}

// ---------- results file ----------

/** Writes `latest.json` and a timestamped copy; returns both paths. */
export function writeResults(dir: string, document: unknown, date: Date): { latest: string; stamped: string } {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(document, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
  const stamp = date.toISOString().replace(/[:.]/g, '-');
  const latest = join(dir, 'latest.json');
  const stamped = join(dir, `bench-${stamp}.json`);
  writeFileSync(stamped, text);
  writeFileSync(latest, text);
  return { latest, stamped };
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// ---------- other work on the machine ----------

interface CpuTicks {
  /** Busy ticks of the whole machine (all cpus), from /proc/stat. */
  machineBusy: number;
  /** Ticks used by this process (all threads) and its reaped children, from /proc/self/stat. */
  own: number;
  at: number;
}

function readCpuTicks(): CpuTicks | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    const self = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3 (state).
    const rest = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number);
    const [utime = 0, stime = 0, cutime = 0, cstime = 0] = rest.slice(11, 15);
    return { machineBusy: user + nice + system + irq + softirq + steal, own: utime + stime + cutime + cstime, at: performance.now() };
  } catch {
    return undefined; // not Linux
  }
}

/** Clock ticks per second of /proc/stat and /proc/self/stat (USER_HZ; 100 on every Linux we know). */
const USER_HZ = 100;

/** Average cpus that OTHER processes kept busy; above this a section's timings get a note. */
export const BUSY_OTHER_CPUS = 0.3;

export interface CpuWatch {
  /** Average number of cpus busy with other processes' work since the watch started (undefined off Linux). */
  otherCpus(): number | undefined;
  /** A note line when other work was significant, else undefined. */
  note(label: string): string | undefined;
}

/**
 * Watches how much cpu OTHER processes use while a section runs. The load average cannot tell:
 * the benchmark itself (and its worker threads and children) raises it. Machine-wide busy time
 * minus our own (threads and reaped children included) is what someone else took.
 */
export function watchCpu(): CpuWatch {
  const start = readCpuTicks();
  const otherCpus = (): number | undefined => {
    const now = readCpuTicks();
    if (!start || !now || now.at - start.at < 100) return undefined;
    const other = Math.max(0, (now.machineBusy - start.machineBusy) - (now.own - start.own));
    return other / USER_HZ / ((now.at - start.at) / 1000);
  };
  return {
    otherCpus,
    note(label) {
      const value = otherCpus();
      if (value === undefined || value <= BUSY_OTHER_CPUS) return undefined;
      return `note: other processes kept ${value.toFixed(2)} of ${cpus().length} cpus busy on average ${label}: timings are noisy`;
    },
  };
}

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

/** Writes `latest.json` and `latest.txt` (the printed report) and timestamped copies of both. */
export function writeResults(dir: string, document: unknown, report: string, date: Date): { json: string; text: string; stamp: string } {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(document, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
  const stamp = join(dir, `bench-${date.toISOString().replace(/[:.]/g, '-')}`);
  const paths = { json: join(dir, 'latest.json'), text: join(dir, 'latest.txt'), stamp };
  writeFileSync(`${stamp}.json`, json);
  writeFileSync(`${stamp}.txt`, `${report}\n`);
  writeFileSync(paths.json, json);
  writeFileSync(paths.text, `${report}\n`);
  return paths;
}

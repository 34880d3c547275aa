import * as fs from 'node:fs';
import { hostFailure, isVisible } from './host-confinement.js';
import type { HostDirectory } from './host-directory.js';

/**
 * Reading host directories in bounded steps: a mount may hold far more entries than the guest is
 * allowed to see, and readdirSync would load all of them at once. Directories are read and their
 * entries examined through the open directory (see host-directory.ts), never by path.
 */

export interface HostEntry {
  name: string;
  stats: fs.Stats;
}

/**
 * At most `cap` entries of `dir` are examined; those the confinement policy hides are left
 * out. Sorted by name so listings do not depend on the host filesystem's order.
 */
export function listVisible(dir: HostDirectory, cap: number): HostEntry[] {
  const visible: HostEntry[] = [];
  forEachName(dir, cap, (name) => {
    // Node decodes non-UTF-8 names lossily; such a name would not lead back to the same file.
    if (name.includes('\uFFFD')) return;
    let stats: fs.Stats;
    try {
      stats = fs.lstatSync(dir.entry(name));
    } catch {
      return; // vanished between readdir and lstat
    }
    if (isVisible(stats)) visible.push({ name, stats });
  });
  return visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Entries of `dir`, hidden ones included, counting no further than `cap`. */
export function countEntries(dir: HostDirectory, cap: number): number {
  let count = 0;
  forEachName(dir, cap, () => count++);
  return count;
}

function forEachName(dir: HostDirectory, cap: number, visit: (name: string) => void): void {
  let reader: fs.Dir;
  try {
    reader = fs.opendirSync(dir.self);
  } catch (error) {
    throw hostFailure(error);
  }
  try {
    for (let seen = 0; seen < cap; seen++) {
      const entry = reader.readSync();
      if (entry === null) break;
      visit(entry.name);
    }
  } catch (error) {
    throw hostFailure(error);
  } finally {
    reader.closeSync();
  }
}

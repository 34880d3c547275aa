import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { hostFailure, isVisible } from './host-confinement.js';

/**
 * Reading host directories in bounded steps: a mount may hold far more entries than the guest is
 * allowed to see, and readdirSync would load all of them at once.
 */

export interface HostEntry {
  name: string;
  stats: fs.Stats;
}

/**
 * At most `cap` entries of `hostDir` are examined; those the confinement policy hides are left
 * out. Sorted by name so listings do not depend on the host filesystem's order.
 */
export function listVisible(hostDir: string, cap: number): HostEntry[] {
  const visible: HostEntry[] = [];
  forEachName(hostDir, cap, (name) => {
    // Node decodes non-UTF-8 names lossily; such a name would not lead back to the same file.
    if (name.includes('\uFFFD')) return;
    let stats: fs.Stats;
    try {
      stats = fs.lstatSync(nodePath.join(hostDir, name));
    } catch {
      return; // vanished between readdir and lstat
    }
    if (isVisible(stats)) visible.push({ name, stats });
  });
  return visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Entries of `hostDir`, hidden ones included, counting no further than `cap`. */
export function countEntries(hostDir: string, cap: number): number {
  let count = 0;
  forEachName(hostDir, cap, () => count++);
  return count;
}

function forEachName(hostDir: string, cap: number, visit: (name: string) => void): void {
  let dir: fs.Dir;
  try {
    dir = fs.opendirSync(hostDir);
  } catch (error) {
    throw hostFailure(error);
  }
  try {
    for (let seen = 0; seen < cap; seen++) {
      const entry = dir.readSync();
      if (entry === null) break;
      visit(entry.name);
    }
  } catch (error) {
    throw hostFailure(error);
  } finally {
    dir.closeSync();
  }
}

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sha256Hex } from './inputs.js';

/**
 * The MicroPython release we build, and how a pristine copy of it becomes our patched tree.
 * The build takes the source directory as an argument and refuses anything but this release,
 * byte for byte (a tree hash over every file).
 */
export const PINNED_RELEASE = {
  version: '1.28.0',
  sourceTreeSha256: '69403c9abc32580b6cee039b8988f1215296ec3db49fd38979bdd95878ef751c',
} as const;

const SKIPPED = new Set(['.git', '__pycache__']);

function listFiles(dir: string, root: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (SKIPPED.has(name) || name.startsWith('build')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) listFiles(path, root, out);
    else if (st.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
}

/** sha256 over `path NUL sha256(content) LF` for every file, sorted by path. */
export function sourceTreeSha256(root: string): string {
  const files: string[] = [];
  listFiles(root, root, files);
  files.sort();
  return sha256Hex(files.map((f) => `${f}\0${sha256Hex(readFileSync(join(root, f)))}\n`).join(''));
}

export function releaseVersion(root: string): string {
  const config = readFileSync(join(root, 'py', 'mpconfig.h'), 'utf8');
  const part = (name: string) => config.match(new RegExp(`#define MICROPY_VERSION_${name} (\\d+)`))?.[1];
  return [part('MAJOR'), part('MINOR'), part('MICRO')].join('.');
}

/** Throws unless `root` is exactly the pinned release. */
export function checkPinnedRelease(root: string): { version: string; sourceTreeSha256: string } {
  if (!existsSync(join(root, 'py', 'mpconfig.h'))) {
    throw new Error(`${root} is not a MicroPython source tree (no py/mpconfig.h)`);
  }
  const version = releaseVersion(root);
  if (version !== PINNED_RELEASE.version) {
    throw new Error(`${root} is MicroPython ${version}; this build needs ${PINNED_RELEASE.version}`);
  }
  const tree = sourceTreeSha256(root);
  if (tree !== PINNED_RELEASE.sourceTreeSha256) {
    throw new Error(`${root} differs from the pinned MicroPython ${version} release (tree sha256 ${tree}, expected ${PINNED_RELEASE.sourceTreeSha256}); use a pristine copy`);
  }
  return { version, sourceTreeSha256: tree };
}

/** Copies the release to `dest` (writable) and applies our patches in name order. */
export function preparePatchedTree(root: string, dest: string, patchDir: string): string[] {
  cpSync(root, dest, { recursive: true, filter: (src) => !SKIPPED.has(src.split(sep).pop() ?? '') });
  execFileSync('chmod', ['-R', 'u+w', dest]);
  const patches = readdirSync(patchDir).filter((f) => f.endsWith('.patch')).sort();
  for (const patch of patches) {
    try {
      execFileSync('patch', ['-p1', '--forward', '--fuzz=0', '--no-backup-if-mismatch', '-s', '-i', join(patchDir, patch)], { cwd: dest, stdio: 'pipe' });
    } catch (error) {
      const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
      throw new Error(`patch ${patch} does not apply: ${output.trim()}`);
    }
  }
  return patches;
}

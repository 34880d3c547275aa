import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file of this repository that the wasm build reads: the port, our patches to MicroPython,
 * the frozen Python modules, and the build tool itself. The manifest records their hashes; a test
 * recomputes them, so editing any of them without rebuilding fails the test suite.
 */
export const BUILD_INPUT_ROOTS = ['native/port', 'native/patches', 'native/lib', 'tools/build-wasm'] as const;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === '__pycache__' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** Repository-relative path (with `/`) -> sha256 of the file, for every build input. */
export function hashBuildInputs(repoRoot: string): Record<string, string> {
  const files: string[] = [];
  for (const root of BUILD_INPUT_ROOTS) walk(join(repoRoot, root), files);
  const out: Record<string, string> = {};
  for (const file of files.sort()) out[relative(repoRoot, file).split(sep).join('/')] = sha256Hex(readFileSync(file));
  return out;
}

import { VfsError } from './types.js';

/**
 * Guest path resolution. Paths are normalised lexically, before any lookup, so `..` can never
 * climb out of a mount through the host's own resolution: by the time a host mount sees a path it
 * is a plain list of names, none of which is `.`, `..`, empty or contains `/` or NUL.
 */

/** Linux's NAME_MAX; host filesystems refuse longer names anyway, so refuse them uniformly. */
export const MAX_NAME_BYTES = 255;

export interface ParsedPath {
  /** Names from the root down; `[]` is `/`. */
  readonly components: readonly string[];
  /** The guest wrote `name/`: the target must turn out to be a directory. */
  readonly trailingSlash: boolean;
  /** The last name the guest wrote was `.`; Linux refuses `rmdir("dir/.")` with EINVAL. */
  readonly endsWithDot: boolean;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A lone surrogate cannot be encoded as UTF-8, so two different guest strings would alias. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Resolves `input` against `cwd` (already normalised components) and validates it.
 * `maxPathBytes` bounds both what the guest passed and the resolved absolute path, so a guest
 * cannot build an ever-deeper tree through relative paths and `chdir`.
 */
export function parseGuestPath(input: string, cwd: readonly string[], maxPathBytes: number): ParsedPath {
  if (input.length === 0) throw new VfsError('ENOENT', 'empty path');
  if (input.includes('\0')) throw new VfsError('EINVAL', 'path contains NUL');
  if (LONE_SURROGATE.test(input)) throw new VfsError('EINVAL', 'path is not valid Unicode');
  if (utf8Length(input) > maxPathBytes) throw new VfsError('ENAMETOOLONG', 'path too long');

  const components = input.startsWith('/') ? [] : [...cwd];
  const names = input.split('/');
  for (const name of names) {
    if (name === '' || name === '.') continue;
    if (utf8Length(name) > MAX_NAME_BYTES) throw new VfsError('ENAMETOOLONG', 'path component too long');
    if (name === '..') components.pop();
    else components.push(name);
  }
  if (utf8Length(formatGuestPath(components)) > maxPathBytes) {
    throw new VfsError('ENAMETOOLONG', 'resolved path too long');
  }
  const last = names[names.length - 1];
  return {
    components,
    trailingSlash: input.length > 1 && input.endsWith('/'),
    endsWithDot: last === '.',
  };
}

export function formatGuestPath(components: readonly string[]): string {
  return '/' + components.join('/');
}

/** True when `inner` is `outer` itself or lies beneath it. */
export function isWithin(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length < outer.length) return false;
  return outer.every((name, i) => inner[i] === name);
}

/**
 * Validates a path supplied by the embedding application (placed files, mount points). Those
 * must already be absolute and normalised, because silently rewriting them would hide mistakes.
 */
export function parseHostSuppliedPath(path: string, what: string, maxPathBytes: number): string[] {
  if (!path.startsWith('/')) throw new Error(`${what} must be an absolute guest path: ${JSON.stringify(path)}`);
  let parsed: ParsedPath;
  try {
    parsed = parseGuestPath(path, [], maxPathBytes);
  } catch (error) {
    throw new Error(`${what} is not a valid guest path (${(error as Error).message}): ${JSON.stringify(path)}`);
  }
  if (formatGuestPath(parsed.components) !== path) {
    throw new Error(`${what} must be normalised (no '.', '..', '//' or trailing '/'): ${JSON.stringify(path)}`);
  }
  return [...parsed.components];
}

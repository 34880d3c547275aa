import { ByteReader, ByteWriter, crc32, invalid } from './binary-codec.js';
import type { MemoryDirectory, MemoryFile, Times } from './memory-nodes.js';
import type { MemoryTree } from './memory-tree.js';
import { MAX_NAME_BYTES, formatGuestPath, parseHostSuppliedPath, utf8Length } from './path.js';
import { TMP } from './tree-setup.js';
import { VfsError, type FsLimits } from './types.js';

/**
 * Snapshot format, all integers little-endian:
 *
 *   magic    8 bytes  "\x89MPYVFS\n" (the high byte and newline catch text-mode mangling)
 *   version  u16      2 (version 1 is still read)
 *   length   u32      payload length; must match the bytes that follow exactly
 *   crc      u32      CRC-32 of the payload
 *   payload:
 *     cwd      u32 length + UTF-8, absolute and normalised
 *     count    u32      number of entries, at most the restoring filesystem's maxEntries
 *     entries  in pre-order (every directory before its contents), numbered from 1, each:
 *       kind   u8       1 = directory, 2 = regular file
 *       parent u32      0 for the root, else the number of an earlier directory entry
 *       name   u32 length + UTF-8, one path component
 *       times  3 × f64  atime, mtime, ctime (ms)
 *       dir:   u8       1 if the guest may change its entries
 *       file:  u32 length + content
 *
 * Each entry carries its own name only, so a snapshot's size is its content plus a bounded
 * amount per entry, however deep the tree (version 1 wrote every entry's full path, which made
 * a deep tree's snapshot grow with the product of entries and depth). In version 1 an entry is
 * `kind`, `path` (u32 length + UTF-8, absolute and normalised) in place of `parent` and `name`,
 * then the same times and body.
 *
 * The root is implicit and always read-only; mount points and open descriptors are not saved.
 */

const MAGIC = Uint8Array.of(0x89, 0x4d, 0x50, 0x59, 0x56, 0x46, 0x53, 0x0a);
const VERSION = 2;
const KIND_DIR = 1;
const KIND_FILE = 2;
/** The smallest entry in either version (kind, a 1-byte name or path, times, smallest body). */
const MIN_ENTRY_BYTES = 1 + 4 + 1 + 24 + 1;

export interface SnapshotEntry {
  kind: 'dir' | 'file';
  /** 0 for the root, else the (1-based) number of the directory entry holding this one. */
  parent: number;
  name: string;
  times: Times;
  writable: boolean;
  content: Uint8Array;
}

export interface Snapshot {
  cwd: string[];
  entries: SnapshotEntry[];
}

export function encodeState(tree: MemoryTree, cwd: readonly string[]): Uint8Array {
  const payload = new ByteWriter();
  payload.string(formatGuestPath(cwd));
  const entries: Array<[number, string, StoredNode]> = [];
  collect(tree.root, 0, entries);
  payload.u32(entries.length);
  for (const [parent, name, node] of entries) {
    payload.u8(node.kind === 'dir' ? KIND_DIR : KIND_FILE);
    payload.u32(parent);
    payload.string(name);
    payload.f64(node.times.atimeMs);
    payload.f64(node.times.mtimeMs);
    payload.f64(node.times.ctimeMs);
    if (node.kind === 'dir') payload.u8(node.writable ? 1 : 0);
    else payload.block(node.contents());
  }
  const body = payload.finish();
  const out = new ByteWriter();
  out.bytes(MAGIC);
  out.u16(VERSION);
  out.u32(body.length);
  out.u32(crc32(body));
  out.bytes(body);
  return out.finish();
}

type StoredNode = MemoryDirectory | MemoryFile;

/** Pre-order: each entry is numbered (from 1) as it is added; `number` is `dir`'s own. */
function collect(dir: MemoryDirectory, number: number, into: Array<[number, string, StoredNode]>): void {
  for (const [name, child] of dir.children) {
    if (child.kind === 'mount') continue;
    into.push([number, name, child]);
    if (child.kind === 'dir') collect(child, into.length, into);
  }
}

/**
 * Parses and validates a snapshot without touching any tree. Throws VfsError('EINVAL') for
 * malformed bytes, and VfsError('ENOSPC') for more entries than `limits.maxEntries`, before
 * reading any of them.
 */
export function decodeState(bytes: Uint8Array, limits: FsLimits): Snapshot {
  if (!(bytes instanceof Uint8Array)) throw invalid('expected a Uint8Array');
  const header = new ByteReader(bytes);
  if (bytes.length < MAGIC.length + 10 || !MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw invalid('not a filesystem snapshot');
  }
  header.bytes(MAGIC.length);
  const version = header.u16();
  if (version !== 1 && version !== VERSION) throw invalid(`unsupported version ${version}`);
  const length = header.u32();
  const checksum = header.u32();
  if (length !== header.remaining) throw invalid(length > header.remaining ? 'truncated data' : 'trailing bytes');
  const body = header.bytes(length);
  if (crc32(body) !== checksum) throw invalid('checksum mismatch');

  const reader = new ByteReader(body);
  const cwd = pathField(reader, limits, true);
  const count = reader.u32();
  if (count > reader.remaining / MIN_ENTRY_BYTES) throw invalid('entry count exceeds the data');
  if (count > limits.maxEntries) {
    throw new VfsError('ENOSPC', `snapshot does not fit the filesystem limits: ${count} entries, more than ${limits.maxEntries}`);
  }
  const entries = version === 1 ? readEntriesV1(reader, count, limits) : readEntries(reader, count, limits);
  if (reader.remaining !== 0) throw invalid('trailing bytes');
  return { cwd, entries };
}

function readEntries(reader: ByteReader, count: number, limits: FsLimits): SnapshotEntry[] {
  const entries: SnapshotEntry[] = [];
  /** UTF-8 length of each directory entry's full path (index 0: the root); -1 for files. */
  const pathBytes = [0];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const kind = kindField(reader);
    const parent = reader.u32();
    if (parent > entries.length || pathBytes[parent] === -1) throw invalid(`entry ${i + 1} names a parent that is not an earlier directory`);
    const name = nameField(reader);
    const fullBytes = pathBytes[parent]! + 1 + utf8Length(name);
    if (fullBytes > limits.maxPathBytes) throw invalid(`entry ${i + 1} has a path longer than ${limits.maxPathBytes} bytes`);
    const key = `${parent}/${name}`;
    if (seen.has(key)) throw invalid(`duplicate entry ${name}`);
    seen.add(key);
    entries.push(entryBody(reader, kind, parent, name));
    pathBytes.push(kind === 'dir' ? fullBytes : -1);
  }
  return entries;
}

function readEntriesV1(reader: ByteReader, count: number, limits: FsLimits): SnapshotEntry[] {
  const entries: SnapshotEntry[] = [];
  /** Path of every entry so far, to its number (0: the root) and kind. */
  const numbers = new Map<string, { number: number; kind: 'dir' | 'file' }>([['/', { number: 0, kind: 'dir' }]]);
  for (let i = 0; i < count; i++) {
    const kind = kindField(reader);
    const components = pathField(reader, limits, false);
    const path = formatGuestPath(components);
    if (numbers.has(path)) throw invalid(`duplicate entry ${path}`);
    const parent = numbers.get(formatGuestPath(components.slice(0, -1)));
    if (parent?.kind !== 'dir') throw invalid(`entry ${path} precedes or lacks its directory`);
    const name = components[components.length - 1]!;
    entries.push(entryBody(reader, kind, parent.number, name));
    numbers.set(path, { number: entries.length, kind });
  }
  return entries;
}

function kindField(reader: ByteReader): 'dir' | 'file' {
  const kindByte = reader.u8();
  if (kindByte !== KIND_DIR && kindByte !== KIND_FILE) throw invalid(`unknown entry kind ${kindByte}`);
  return kindByte === KIND_DIR ? 'dir' : 'file';
}

function nameField(reader: ByteReader): string {
  const name = reader.string(MAX_NAME_BYTES);
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw invalid(`bad entry name ${JSON.stringify(name)}`);
  }
  return name;
}

/** Times and the kind's body, after the entry's place. */
function entryBody(reader: ByteReader, kind: 'dir' | 'file', parent: number, name: string): SnapshotEntry {
  const times = { atimeMs: timeField(reader), mtimeMs: timeField(reader), ctimeMs: timeField(reader) };
  let writable = true;
  let content: Uint8Array = new Uint8Array(0);
  if (kind === 'dir') {
    const flag = reader.u8();
    if (flag > 1) throw invalid('bad directory flag');
    writable = flag === 1;
  } else {
    content = reader.block(reader.remaining);
  }
  return { kind, parent, name, times, writable, content };
}

function pathField(reader: ByteReader, limits: FsLimits, allowRoot: boolean): string[] {
  const text = reader.string(limits.maxPathBytes);
  let components: string[];
  try {
    components = parseHostSuppliedPath(text, 'path', limits.maxPathBytes);
  } catch (error) {
    throw invalid((error as Error).message);
  }
  if (components.length === 0 && !allowRoot) throw invalid('entry for /');
  return components;
}

function timeField(reader: ByteReader): number {
  const value = reader.f64();
  if (!Number.isFinite(value)) throw invalid('timestamp is not finite');
  return value;
}

/**
 * Fills a fresh tree (holding only its root) with a decoded snapshot. The new limits apply: a
 * snapshot that does not fit them is refused rather than restored past them.
 */
export function loadSnapshot(tree: MemoryTree, snapshot: Snapshot): void {
  /** The directory each entry number names (index 0: the root); undefined for files. */
  const dirs: Array<MemoryDirectory | undefined> = [tree.root];
  const restoredTimes: Array<[{ times: Times }, Times]> = [];
  for (const entry of snapshot.entries) {
    const parent = dirs[entry.parent]!;
    try {
      if (entry.kind === 'dir') {
        const dir = tree.createDirectory(parent, entry.name, entry.writable);
        dirs.push(dir);
        restoredTimes.push([dir, entry.times]);
      } else {
        tree.quota.assertRoomFor(entry.content.length);
        const file = tree.createFile(parent, entry.name);
        file.write(0, entry.content, tree.quota);
        dirs.push(undefined);
        restoredTimes.push([file, entry.times]);
      }
    } catch (error) {
      if (!(error instanceof VfsError)) throw error;
      throw new VfsError(error.errno, `snapshot does not fit the filesystem limits: ${error.message}`);
    }
  }
  // Creating children touched their parents; put the saved times back afterwards.
  for (const [node, times] of restoredTimes) node.times = { ...times };
  const tmp = tree.root.children.get(TMP[0]!);
  if (tmp !== undefined && (tmp.kind !== 'dir' || !tmp.writable)) throw invalid('/tmp is not a writable directory');
}

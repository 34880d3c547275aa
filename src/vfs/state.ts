import { ByteReader, ByteWriter, crc32, invalid } from './binary-codec.js';
import type { MemoryDirectory, MemoryFile, Times } from './memory-nodes.js';
import type { MemoryTree } from './memory-tree.js';
import { formatGuestPath, parseHostSuppliedPath } from './path.js';
import { TMP } from './tree-setup.js';
import { VfsError, type FsLimits } from './types.js';

/**
 * Snapshot format (version 1), all integers little-endian:
 *
 *   magic    8 bytes  "\x89MPYVFS\n" (the high byte and newline catch text-mode mangling)
 *   version  u16
 *   length   u32      payload length; must match the bytes that follow exactly
 *   crc      u32      CRC-32 of the payload
 *   payload:
 *     cwd      u32 length + UTF-8
 *     count    u32      number of entries
 *     entries  in pre-order (every directory before its contents), each:
 *       kind   u8       1 = directory, 2 = regular file
 *       path   u32 length + UTF-8, absolute and normalised
 *       times  3 × f64  atime, mtime, ctime (ms)
 *       dir:   u8       1 if the guest may change its entries
 *       file:  u32 length + content
 *
 * The root is implicit and always read-only; mount points and open descriptors are not saved.
 */

const MAGIC = Uint8Array.of(0x89, 0x4d, 0x50, 0x59, 0x56, 0x46, 0x53, 0x0a);
const VERSION = 1;
const KIND_DIR = 1;
const KIND_FILE = 2;
/** kind + empty path + times + smallest body: bounds the entry count by the payload size. */
const MIN_ENTRY_BYTES = 1 + 4 + 24 + 1;

export interface SnapshotEntry {
  kind: 'dir' | 'file';
  components: string[];
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
  const entries: Array<[string[], StoredNode]> = [];
  collect(tree.root, [], entries);
  payload.u32(entries.length);
  for (const [components, node] of entries) {
    payload.u8(node.kind === 'dir' ? KIND_DIR : KIND_FILE);
    payload.string(formatGuestPath(components));
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

function collect(dir: MemoryDirectory, at: string[], into: Array<[string[], StoredNode]>): void {
  for (const [name, child] of dir.children) {
    if (child.kind === 'mount') continue;
    const components = [...at, name];
    into.push([components, child]);
    if (child.kind === 'dir') collect(child, components, into);
  }
}

/** Parses and validates a snapshot without touching any tree. Throws VfsError('EINVAL'). */
export function decodeState(bytes: Uint8Array, limits: FsLimits): Snapshot {
  if (!(bytes instanceof Uint8Array)) throw invalid('expected a Uint8Array');
  const header = new ByteReader(bytes);
  if (bytes.length < MAGIC.length + 10 || !MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw invalid('not a filesystem snapshot');
  }
  header.bytes(MAGIC.length);
  const version = header.u16();
  if (version !== VERSION) throw invalid(`unsupported version ${version}`);
  const length = header.u32();
  const checksum = header.u32();
  if (length !== header.remaining) throw invalid(length > header.remaining ? 'truncated data' : 'trailing bytes');
  const body = header.bytes(length);
  if (crc32(body) !== checksum) throw invalid('checksum mismatch');

  const reader = new ByteReader(body);
  const cwd = pathField(reader, limits, true);
  const count = reader.u32();
  if (count > reader.remaining / MIN_ENTRY_BYTES) throw invalid('entry count exceeds the data');
  const kinds = new Map<string, 'dir' | 'file'>([['/', 'dir']]);
  const entries: SnapshotEntry[] = [];
  for (let i = 0; i < count; i++) {
    const kindByte = reader.u8();
    if (kindByte !== KIND_DIR && kindByte !== KIND_FILE) throw invalid(`unknown entry kind ${kindByte}`);
    const kind = kindByte === KIND_DIR ? 'dir' : 'file';
    const components = pathField(reader, limits, false);
    const path = formatGuestPath(components);
    if (kinds.has(path)) throw invalid(`duplicate entry ${path}`);
    if (kinds.get(formatGuestPath(components.slice(0, -1))) !== 'dir') throw invalid(`entry ${path} precedes or lacks its directory`);
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
    kinds.set(path, kind);
    entries.push({ kind, components, times, writable, content });
  }
  if (reader.remaining !== 0) throw invalid('trailing bytes');
  return { cwd, entries };
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
  const dirs = new Map<string, MemoryDirectory>([['/', tree.root]]);
  const restoredTimes: Array<[{ times: Times }, Times]> = [];
  for (const entry of snapshot.entries) {
    const parent = dirs.get(formatGuestPath(entry.components.slice(0, -1)))!;
    const name = entry.components[entry.components.length - 1]!;
    try {
      if (entry.kind === 'dir') {
        const dir = tree.createDirectory(parent, name, entry.writable);
        dirs.set(formatGuestPath(entry.components), dir);
        restoredTimes.push([dir, entry.times]);
      } else {
        tree.quota.assertRoomFor(entry.content.length);
        const file = tree.createFile(parent, name);
        file.write(0, entry.content, tree.quota);
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

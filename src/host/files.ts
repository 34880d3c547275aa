import { Errno } from '../core/errno.js';
import { ModeBits, VfsError, type DirEntry, type FileStat, type GuestFileSystem, type Whence } from '../vfs/types.js';
import type { GuestMemory } from './guest-memory.js';

/**
 * `mps.fs_*` (native/port/file.c, modos.c, loader.c): the guest's files, over the virtual
 * filesystem. Paths arrive as (pointer, length) and are decoded as strict UTF-8; every pointer
 * and length is checked; failures are `-errno` (Linux numbering, as CPython's errno module).
 */

/** mps_stat_t in native/port/imports.h: 4 x u32, then 4 x f64. */
const STAT_BYTES = 48;
/** mps_dirent_info_t: type, inode. */
const DIRENT_INFO_BYTES = 8;
/** Largest single read or write served at once; the guest loops for more. */
const MAX_IO_BYTES = 64 << 20;

/** Filesystem failures become -errno; anything unexpected from a host folder becomes EIO. */
export function errnoOf(error: unknown): number {
  if (error instanceof VfsError) return Errno[error.errno];
  return Errno.EIO;
}

const CHAR_DEVICE_STAT: FileStat = {
  dev: 1, ino: 1, mode: ModeBits.IFCHR | 0o620, nlink: 1, size: 0, blocks: 0, atimeMs: 0, mtimeMs: 0, ctimeMs: 0,
};

export function createFileImports(mem: GuestMemory, currentFs: () => GuestFileSystem, maxPathBytes: () => number) {
  /** Directory listings being read, by fd: taken at the first read, consumed entry by entry. */
  const listings = new Map<number, { entries: DirEntry[]; next: number }>();

  function readPath(ptr: number, len: number): string | number {
    if (len > maxPathBytes()) return -Errno.ENAMETOOLONG;
    if (!mem.inBounds(ptr, len)) return -Errno.EFAULT;
    if (len === 0) return -Errno.ENOENT;
    const path = mem.readStrictString(ptr, len);
    if (path === undefined) return -Errno.EILSEQ;
    if (path.includes('\0')) return -Errno.EINVAL;
    return path;
  }

  /** Runs a filesystem operation on a decoded path, mapping its failure to -errno. */
  function onPath(ptr: number, len: number, op: (path: string) => number | void): number {
    const path = readPath(ptr, len);
    if (typeof path === 'number') return path;
    try {
      return op(path) ?? 0;
    } catch (error) {
      return -errnoOf(error);
    }
  }

  function run(op: () => number | void): number {
    try {
      return op() ?? 0;
    } catch (error) {
      return -errnoOf(error);
    }
  }

  function writeStat(out: number, st: FileStat): void {
    mem.setU32(out, st.mode >>> 0);
    mem.setU32(out + 4, st.nlink >>> 0);
    mem.setU32(out + 8, st.ino >>> 0);
    mem.setU32(out + 12, st.dev >>> 0);
    mem.setF64(out + 16, st.size);
    mem.setF64(out + 24, st.atimeMs);
    mem.setF64(out + 32, st.mtimeMs);
    mem.setF64(out + 40, st.ctimeMs);
  }

  return {
    fs_open(ptr: number, len: number, flags: number, mode: number): number {
      return onPath(ptr, len, (path) => currentFs().open(path, flags, mode & 0o7777));
    },
    fs_close(fd: number): number {
      listings.delete(fd);
      return run(() => currentFs().close(fd));
    },
    fs_read(fd: number, ptr: number, len: number): number {
      if (!mem.inBounds(ptr, len)) return -Errno.EFAULT;
      return run(() => currentFs().read(fd, mem.view8(ptr, Math.min(len, MAX_IO_BYTES))));
    },
    fs_write(fd: number, ptr: number, len: number): number {
      if (!mem.inBounds(ptr, len)) return -Errno.EFAULT;
      return run(() => currentFs().write(fd, mem.view8(ptr, Math.min(len, MAX_IO_BYTES))));
    },
    fs_seek(fd: number, offset: number, whence: number): number {
      if (whence !== 0 && whence !== 1 && whence !== 2) return -Errno.EINVAL;
      if (!Number.isSafeInteger(offset)) return -Errno.EINVAL;
      return run(() => currentFs().seek(fd, offset, whence as Whence));
    },
    fs_sync(fd: number): number {
      return run(() => currentFs().sync(fd));
    },
    fs_stat(ptr: number, len: number, follow: number, out: number): number {
      if (!mem.inBounds(out, STAT_BYTES)) return -Errno.EFAULT;
      return onPath(ptr, len, (path) => writeStat(out, currentFs().stat(path, follow !== 0)));
    },
    fs_fstat(fd: number, out: number): number {
      if (!mem.inBounds(out, STAT_BYTES)) return -Errno.EFAULT;
      return run(() => writeStat(out, fd >= 0 && fd <= 2 ? CHAR_DEVICE_STAT : currentFs().fstat(fd)));
    },
    fs_readdir(fd: number, buf: number, cap: number, info: number): number {
      if (!mem.inBounds(buf, cap) || !mem.inBounds(info, DIRENT_INFO_BYTES)) return -Errno.EFAULT;
      return run(() => {
        let listing = listings.get(fd);
        if (!listing) {
          const entries = currentFs().readDirectory(fd).entries.filter((e) => e.name !== '.' && e.name !== '..');
          listing = { entries, next: 0 };
          listings.set(fd, listing);
        }
        const entry = listing.entries[listing.next];
        if (!entry) return 0;
        listing.next++;
        const name = new TextEncoder().encode(entry.name);
        if (name.length > cap) return -Errno.ENAMETOOLONG;
        mem.copyIn(buf, name);
        mem.setU32(info, entry.type);
        mem.setU32(info + 4, entry.ino >>> 0);
        return name.length;
      });
    },
    fs_mkdir(ptr: number, len: number, mode: number): number {
      return onPath(ptr, len, (path) => currentFs().mkdir(path, mode & 0o7777));
    },
    fs_unlink(ptr: number, len: number): number {
      return onPath(ptr, len, (path) => currentFs().unlink(path));
    },
    fs_rmdir(ptr: number, len: number): number {
      return onPath(ptr, len, (path) => currentFs().rmdir(path));
    },
    fs_rename(fromPtr: number, fromLen: number, toPtr: number, toLen: number): number {
      const to = readPath(toPtr, toLen);
      if (typeof to === 'number') return to;
      return onPath(fromPtr, fromLen, (from) => currentFs().rename(from, to));
    },
    fs_chdir(ptr: number, len: number): number {
      return onPath(ptr, len, (path) => currentFs().chdir(path));
    },
    fs_getcwd(buf: number, cap: number): number {
      if (!mem.inBounds(buf, cap)) return -Errno.EFAULT;
      const cwd = new TextEncoder().encode(currentFs().getcwd());
      if (cwd.length > cap) return -Errno.ERANGE;
      mem.copyIn(buf, cwd);
      return cwd.length;
    },
    /** Forgets directory listings (between runs the VM may have been reset under them). */
    resetListings(): void {
      listings.clear();
    },
  };
}

import { DirentType, ModeBits, type FileStat, type GuestFileSystem } from '../vfs/types.js';
import { Errno } from '../core/errno.js';
import type { GuestMemory } from './guest-memory.js';
import { isStdio } from './stdio.js';
import { errnoOf } from './wasi-fds.js';

/**
 * The POSIX syscalls the build imports (Emscripten's `__syscall_*`). Each decodes and bounds-checks
 * its pointer arguments, hands plain strings and bytes to the virtual filesystem, and returns
 * `-errno` on failure, as musl expects.
 */

const AT_FDCWD = -100;
const AT_SYMLINK_NOFOLLOW = 0x100;
const AT_REMOVEDIR = 0x200;
const AT_EMPTY_PATH = 0x1000;
const O_CREAT = 0o100;
const STAT_SIZE = 96;
const DIRENT_SIZE = 280;
const DIRENT_NAME_MAX = 255;
const MAX_POLL_FDS = 1024;
const POLLIN = 0x1;
const POLLOUT = 0x4;
const POLLNVAL = 0x20;

type PathResult = string | number; // a path, or a negative errno

function writeStat(mem: GuestMemory, buf: number, st: FileStat): void {
  mem.check(buf, STAT_SIZE);
  mem.view8(buf, STAT_SIZE).fill(0);
  mem.setU32(buf, st.dev);
  mem.setU32(buf + 4, st.mode);
  mem.setU32(buf + 8, st.nlink);
  mem.setU64(buf + 24, BigInt(st.size));
  mem.setI32(buf + 32, 4096);
  mem.setI32(buf + 36, st.blocks);
  const times: Array<[number, number]> = [[40, st.atimeMs], [56, st.mtimeMs], [72, st.ctimeMs]];
  for (const [at, ms] of times) {
    const seconds = Math.floor(ms / 1000);
    mem.setU64(buf + at, BigInt(seconds));
    mem.setU32(buf + at + 8, Math.floor((ms - seconds * 1000) * 1e6));
  }
  mem.setU64(buf + 88, BigInt(st.ino));
}

const CHAR_DEVICE_STAT: FileStat = {
  dev: 1, ino: 1, mode: ModeBits.IFCHR | 0o620, nlink: 1, size: 0, blocks: 0, atimeMs: 0, mtimeMs: 0, ctimeMs: 0,
};

export function createPosixFsImports(mem: GuestMemory, currentFs: () => GuestFileSystem, maxPathBytes: () => number) {
  /** Reads a guest C string path: bounded, strict UTF-8, NUL-free by construction. */
  function readPath(ptr: number): PathResult {
    if (!mem.inBounds(ptr, 1)) return -Errno.EFAULT;
    const max = maxPathBytes();
    const len = mem.cStringLength(ptr, max);
    if (len < 0) return mem.inBounds(ptr, max + 1) ? -Errno.ENAMETOOLONG : -Errno.EFAULT;
    const path = mem.readStrictString(ptr, len);
    if (path === undefined) return -Errno.EILSEQ;
    return path;
  }

  function readPathAt(dirfd: number, ptr: number, allowEmpty = false): PathResult {
    const path = readPath(ptr);
    if (typeof path === 'number') return path;
    if (path === '' && !allowEmpty) return -Errno.ENOENT;
    if (path.startsWith('/') || dirfd === AT_FDCWD) return path;
    try {
      const base = currentFs().pathOfDirectory(dirfd);
      return path === '' ? base : `${base}/${path}`;
    } catch (error) {
      return -errnoOf(error);
    }
  }

  /** Runs a filesystem operation, mapping its failure to -errno. */
  function run(op: () => number | void): number {
    try {
      return op() ?? 0;
    } catch (error) {
      return -errnoOf(error);
    }
  }

  function statInto(buf: number, get: () => FileStat): number {
    if (!mem.inBounds(buf, STAT_SIZE)) return -Errno.EFAULT;
    return run(() => writeStat(mem, buf, get()));
  }

  return {
    __syscall_openat(dirfd: number, pathPtr: number, flags: number, varargs: number): number {
      const path = readPathAt(dirfd, pathPtr);
      if (typeof path === 'number') return path;
      let mode = 0o644;
      if (flags & O_CREAT && varargs !== 0) {
        if (!mem.inBounds(varargs, 4)) return -Errno.EFAULT;
        mode = mem.getU32(varargs) & 0o7777;
      }
      return run(() => currentFs().open(path, flags, mode));
    },

    __syscall_stat64(pathPtr: number, buf: number): number {
      const path = readPath(pathPtr);
      return typeof path === 'number' ? path : statInto(buf, () => currentFs().stat(path, true));
    },

    __syscall_lstat64(pathPtr: number, buf: number): number {
      const path = readPath(pathPtr);
      return typeof path === 'number' ? path : statInto(buf, () => currentFs().stat(path, false));
    },

    __syscall_fstat64(fd: number, buf: number): number {
      return statInto(buf, () => (isStdio(fd) ? CHAR_DEVICE_STAT : currentFs().fstat(fd)));
    },

    __syscall_newfstatat(dirfd: number, pathPtr: number, buf: number, flags: number): number {
      if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -Errno.EINVAL;
      const path = readPathAt(dirfd, pathPtr, (flags & AT_EMPTY_PATH) !== 0);
      if (typeof path === 'number') return path;
      return statInto(buf, () => currentFs().stat(path, (flags & AT_SYMLINK_NOFOLLOW) === 0));
    },

    __syscall_getdents64(fd: number, dirp: number, count: number): number {
      if (!mem.inBounds(dirp, count)) return -Errno.EFAULT;
      return run(() => {
        const { entries, cursor } = currentFs().readDirectory(fd);
        const fit = Math.floor(count / DIRENT_SIZE);
        if (entries.length > 0 && fit === 0) return -Errno.EINVAL;
        const n = Math.min(fit, entries.length);
        const bytes = mem.view8(dirp, n * DIRENT_SIZE);
        bytes.fill(0);
        for (let i = 0; i < n; i++) {
          const entry = entries[i]!;
          const at = dirp + i * DIRENT_SIZE;
          mem.setU64(at, BigInt(entry.ino));
          mem.setU64(at + 8, BigInt(cursor + i + 1));
          mem.view8(at + 16, 2).set([DIRENT_SIZE & 0xff, DIRENT_SIZE >> 8]);
          mem.view8(at + 18, 1)[0] = entry.type ?? DirentType.UNKNOWN;
          const name = new TextEncoder().encode(entry.name).subarray(0, DIRENT_NAME_MAX);
          mem.copyIn(at + 19, name);
        }
        currentFs().setDirectoryCursor(fd, cursor + n);
        return n * DIRENT_SIZE;
      });
    },

    __syscall_mkdirat(dirfd: number, pathPtr: number, mode: number): number {
      const path = readPathAt(dirfd, pathPtr);
      return typeof path === 'number' ? path : run(() => currentFs().mkdir(path, mode & 0o7777));
    },

    __syscall_unlinkat(dirfd: number, pathPtr: number, flags: number): number {
      if (flags & ~AT_REMOVEDIR) return -Errno.EINVAL;
      const path = readPathAt(dirfd, pathPtr);
      if (typeof path === 'number') return path;
      return run(() => (flags & AT_REMOVEDIR ? currentFs().rmdir(path) : currentFs().unlink(path)));
    },

    __syscall_rmdir(pathPtr: number): number {
      const path = readPath(pathPtr);
      return typeof path === 'number' ? path : run(() => currentFs().rmdir(path));
    },

    __syscall_renameat(oldDirfd: number, oldPtr: number, newDirfd: number, newPtr: number): number {
      const from = readPathAt(oldDirfd, oldPtr);
      if (typeof from === 'number') return from;
      const to = readPathAt(newDirfd, newPtr);
      if (typeof to === 'number') return to;
      return run(() => currentFs().rename(from, to));
    },

    __syscall_chdir(pathPtr: number): number {
      const path = readPath(pathPtr);
      return typeof path === 'number' ? path : run(() => currentFs().chdir(path));
    },

    __syscall_getcwd(buf: number, size: number): number {
      if (size === 0) return -Errno.EINVAL;
      const cwd = new TextEncoder().encode(currentFs().getcwd());
      if (size < cwd.length + 1) return -Errno.ERANGE;
      if (!mem.inBounds(buf, cwd.length + 1)) return -Errno.EFAULT;
      mem.copyIn(buf, cwd);
      mem.view8(buf + cwd.length, 1)[0] = 0;
      return cwd.length + 1;
    },

    __syscall_statfs64(pathPtr: number, size: number, buf: number): number {
      const path = readPath(pathPtr);
      if (typeof path === 'number') return path;
      if (size !== 88 || !mem.inBounds(buf, 88)) return -Errno.EFAULT;
      return run(() => {
        currentFs().stat(path, true); // ENOENT for paths that do not exist
        mem.view8(buf, 88).fill(0);
        mem.setU32(buf + 4, 4096); // f_bsize
        mem.setU32(buf + 60, 4096); // f_frsize
        mem.setU32(buf + 64, 255); // f_namelen
      });
    },

    __syscall_poll(fds: number, nfds: number, _timeout: number): number {
      if (nfds < 0 || nfds > MAX_POLL_FDS || !mem.inBounds(fds, nfds * 8)) return -Errno.EINVAL;
      let ready = 0;
      for (let i = 0; i < nfds; i++) {
        const at = fds + i * 8;
        const fd = mem.getI32(at);
        const events = mem.view8(at + 4, 2);
        const requested = events[0]! | (events[1]! << 8);
        let revents: number;
        if (fd < 0) revents = 0;
        else if (fd === 0) revents = requested & POLLIN;
        else if (fd === 1 || fd === 2) revents = requested & POLLOUT;
        else {
          try {
            currentFs().fstat(fd);
            revents = requested & (POLLIN | POLLOUT);
          } catch {
            revents = POLLNVAL;
          }
        }
        mem.view8(at + 6, 2).set([revents & 0xff, revents >> 8]);
        if (revents !== 0) ready++;
      }
      return ready;
    },
  };
}

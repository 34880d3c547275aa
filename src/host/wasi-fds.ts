import type { GuestFileSystem, Whence } from '../vfs/types.js';
import { VfsError } from '../vfs/types.js';
import { Errno } from '../core/errno.js';
import type { GuestMemory } from './guest-memory.js';
import { STDERR_FD, STDIN_FD, STDOUT_FD, isStdio, type StdioPorts } from './stdio.js';

/**
 * The four WASI descriptor calls the build imports. fds 0-2 are the capped stdio ports; every
 * other fd belongs to the virtual filesystem. Return values are WASI errno numbers (0 = success).
 */

const MAX_IOVECS = 1024;
const IOVEC_SIZE = 8;

/** Filesystem failures become errno; anything unexpected from a host folder becomes EIO. */
export function errnoOf(error: unknown): number {
  if (error instanceof VfsError) return Errno[error.errno];
  return Errno.EIO;
}

interface IoVec {
  ptr: number;
  len: number;
}

function readIoVecs(mem: GuestMemory, iovs: number, count: number): IoVec[] | undefined {
  if (!Number.isInteger(count) || count < 0 || count > MAX_IOVECS) return undefined;
  if (!mem.inBounds(iovs, count * IOVEC_SIZE)) return undefined;
  const vecs: IoVec[] = [];
  for (let i = 0; i < count; i++) {
    const ptr = mem.getU32(iovs + i * IOVEC_SIZE);
    const len = mem.getU32(iovs + i * IOVEC_SIZE + 4);
    if (!mem.inBounds(ptr, len)) return undefined;
    vecs.push({ ptr, len });
  }
  return vecs;
}

export function createWasiFdImports(mem: GuestMemory, stdio: StdioPorts, currentFs: () => GuestFileSystem) {
  return {
    fd_write(fd: number, iovs: number, iovsLen: number, nwrittenPtr: number): number {
      const vecs = readIoVecs(mem, iovs, iovsLen);
      if (!vecs || !mem.inBounds(nwrittenPtr, 4)) return Errno.EFAULT;
      let written = 0;
      try {
        for (const { ptr, len } of vecs) {
          if (len === 0) continue;
          const bytes = mem.view8(ptr, len);
          if (fd === STDOUT_FD) stdio.stdout.write(bytes);
          else if (fd === STDERR_FD) stdio.stderr.write(bytes);
          else if (fd === STDIN_FD) return Errno.EBADF;
          else {
            const n = currentFs().write(fd, bytes);
            written += n;
            if (n < len) break;
            continue;
          }
          written += len;
        }
      } catch (error) {
        if (written === 0) return errnoOf(error);
      }
      mem.setU32(nwrittenPtr, written);
      return Errno.SUCCESS;
    },

    fd_read(fd: number, iovs: number, iovsLen: number, nreadPtr: number): number {
      const vecs = readIoVecs(mem, iovs, iovsLen);
      if (!vecs || !mem.inBounds(nreadPtr, 4)) return Errno.EFAULT;
      if (fd === STDOUT_FD || fd === STDERR_FD) return Errno.EBADF;
      let total = 0;
      try {
        for (const { ptr, len } of vecs) {
          if (len === 0) continue;
          const scratch = new Uint8Array(len);
          const n = fd === STDIN_FD ? stdio.stdin.read(scratch) : currentFs().read(fd, scratch);
          mem.copyIn(ptr, scratch.subarray(0, n));
          total += n;
          if (n < len) break;
        }
      } catch (error) {
        if (total === 0) return errnoOf(error);
      }
      mem.setU32(nreadPtr, total);
      return Errno.SUCCESS;
    },

    fd_seek(fd: number, offset: bigint, whence: number, newOffsetPtr: number): number {
      if (!mem.inBounds(newOffsetPtr, 8)) return Errno.EFAULT;
      if (isStdio(fd)) return Errno.ESPIPE;
      if (whence !== 0 && whence !== 1 && whence !== 2) return Errno.EINVAL;
      if (offset > BigInt(Number.MAX_SAFE_INTEGER) || offset < -BigInt(Number.MAX_SAFE_INTEGER)) return Errno.EINVAL;
      try {
        const position = currentFs().seek(fd, Number(offset), whence as Whence);
        mem.setU64(newOffsetPtr, BigInt(position));
        return Errno.SUCCESS;
      } catch (error) {
        return errnoOf(error);
      }
    },

    fd_close(fd: number): number {
      if (isStdio(fd)) return Errno.SUCCESS;
      try {
        currentFs().close(fd);
        return Errno.SUCCESS;
      } catch (error) {
        return errnoOf(error);
      }
    },

    fd_sync(fd: number): number {
      if (isStdio(fd)) return Errno.SUCCESS;
      try {
        currentFs().sync(fd);
        return Errno.SUCCESS;
      } catch (error) {
        return errnoOf(error);
      }
    },
  };
}

/**
 * errno values the host returns to the guest.
 *
 * The build's libc (musl) uses WASI numbering internally, but MicroPython's `errno` module and its
 * OSError messages use the classic Linux numbers (errno.ENOENT == 2). libc passes syscall errors
 * through unchanged, so returning Linux numbers is what makes `e.errno == errno.ENOENT` true in
 * guest code and prints `OSError: [Errno 2] ENOENT`.
 *
 * One trap: libc retries a read/write whose errno equals its own EINTR, which is 27 in WASI
 * numbering and EFBIG in Linux numbering. Returning 27 would make a write loop forever, so
 * "file too large" is reported as ENOSPC.
 */
export const Errno = {
  SUCCESS: 0,
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  E2BIG: 7,
  EBADF: 9,
  EAGAIN: 11,
  ENOMEM: 12,
  EACCES: 13,
  EFAULT: 14,
  EBUSY: 16,
  EEXIST: 17,
  EXDEV: 18,
  ENODEV: 19,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  ENFILE: 23,
  EMFILE: 24,
  ENOTTY: 25,
  EFBIG: 28, // see above: 27 would be read as EINTR by libc
  ENOSPC: 28,
  ESPIPE: 29,
  EROFS: 30,
  EMLINK: 31,
  ERANGE: 34,
  ENAMETOOLONG: 36,
  ENOSYS: 38,
  ENOTEMPTY: 39,
  ELOOP: 40,
  EILSEQ: 84,
  ENOTSUP: 95,
} as const;

export type ErrnoName = keyof typeof Errno;
export type ErrnoValue = (typeof Errno)[ErrnoName];

import { VfsError, type GuestFileSystem } from '../vfs/types.js';

/** A filesystem with nothing in it: every lookup misses, every change is refused. */
export const denyAllFileSystem: GuestFileSystem = {
  open: () => {
    throw new VfsError('ENOENT');
  },
  close: () => {
    throw new VfsError('EBADF');
  },
  read: () => {
    throw new VfsError('EBADF');
  },
  write: () => {
    throw new VfsError('EBADF');
  },
  seek: () => {
    throw new VfsError('EBADF');
  },
  sync: () => {
    throw new VfsError('EBADF');
  },
  fstat: () => {
    throw new VfsError('EBADF');
  },
  stat: () => {
    throw new VfsError('ENOENT');
  },
  readDirectory: () => {
    throw new VfsError('EBADF');
  },
  setDirectoryCursor: () => {
    throw new VfsError('EBADF');
  },
  mkdir: () => {
    throw new VfsError('EROFS');
  },
  unlink: () => {
    throw new VfsError('ENOENT');
  },
  rmdir: () => {
    throw new VfsError('ENOENT');
  },
  rename: () => {
    throw new VfsError('ENOENT');
  },
  chdir: () => {
    throw new VfsError('ENOENT');
  },
  getcwd: () => '/',
  pathOfDirectory: () => {
    throw new VfsError('EBADF');
  },
};

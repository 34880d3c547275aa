// Every function the module imports from the host, in one place. SECURITY.md lists what each
// may do; src/host/ implements them (one TypeScript file per group, named like the group here).
//
// Rules: pointers and lengths passed here are always into this module's linear memory; the host
// checks every one of them. Results >= 0 are values, results < 0 are -errno (Linux numbering).
// No import calls back into the module (the GC relies on that: see memory.c).
#ifndef MPS_IMPORTS_H
#define MPS_IMPORTS_H

#include <stddef.h>
#include <stdint.h>

#define MPS_IMPORT(name) __attribute__((import_module("mps"), import_name(#name)))

// ---- control (src/host/control.ts) ----
// Called when the fuel slice ran out; refills mps_control.fuel. Returns 1 when the run must stop
// softly (the guest gets KeyboardInterrupt), 0 to go on. A hard stop never returns: the host
// throws, and the VM is discarded.
MPS_IMPORT(fuel_exhausted) int32_t mps_host_fuel_exhausted(void);

// ---- stdio (src/host/stdio.ts) ----
// Writes to stdout (1) or stderr (2); the host caps and counts. Returns len or -errno.
MPS_IMPORT(stdio_write) int32_t mps_host_stdio_write(int32_t fd, const void *buf, size_t len);
// Reads up to len bytes of the run's stdin; 0 at the end.
MPS_IMPORT(stdin_read) int32_t mps_host_stdin_read(void *buf, size_t len);

// ---- clock and randomness (src/host/clock.ts) ----
MPS_IMPORT(time_ms) double mps_host_time_ms(void);     // wall clock, ms since the Unix epoch
MPS_IMPORT(ticks_ms) double mps_host_ticks_ms(void);   // monotonic, ms
MPS_IMPORT(sleep_ms) void mps_host_sleep_ms(double ms); // never past the run's deadline
MPS_IMPORT(random_u32) uint32_t mps_host_random_u32(void);

// ---- host calls (src/host/host-call.ts) ----
// Sends a request (count u32, then per argument: byte length u32 + UTF-8 bytes). Returns the
// byte length of the UTF-8 reply, which the host keeps until host_reply copies it out, or -1.
MPS_IMPORT(host_call) int32_t mps_host_call(const void *request, size_t len);
MPS_IMPORT(host_reply) int32_t mps_host_reply(void *buf, size_t len);

// ---- files (src/host/files.ts): paths are UTF-8, not NUL-terminated ----
MPS_IMPORT(fs_open) int32_t mps_host_fs_open(const char *path, size_t path_len, int32_t flags, int32_t mode);
MPS_IMPORT(fs_close) int32_t mps_host_fs_close(int32_t fd);
MPS_IMPORT(fs_read) int32_t mps_host_fs_read(int32_t fd, void *buf, size_t len);
MPS_IMPORT(fs_write) int32_t mps_host_fs_write(int32_t fd, const void *buf, size_t len);
// Returns the new position, or -errno.
MPS_IMPORT(fs_seek) double mps_host_fs_seek(int32_t fd, double offset, int32_t whence);
MPS_IMPORT(fs_sync) int32_t mps_host_fs_sync(int32_t fd);
// Fill an mps_stat_t (below).
MPS_IMPORT(fs_stat) int32_t mps_host_fs_stat(const char *path, size_t path_len, int32_t follow, void *out);
MPS_IMPORT(fs_fstat) int32_t mps_host_fs_fstat(int32_t fd, void *out);
// Next entry of a directory opened with fs_open(O_DIRECTORY): writes the name into buf and its
// type and inode into *info; returns the name's length, 0 at the end, or -errno.
MPS_IMPORT(fs_readdir) int32_t mps_host_fs_readdir(int32_t fd, void *buf, size_t cap, void *info);
MPS_IMPORT(fs_mkdir) int32_t mps_host_fs_mkdir(const char *path, size_t path_len, int32_t mode);
MPS_IMPORT(fs_unlink) int32_t mps_host_fs_unlink(const char *path, size_t path_len);
MPS_IMPORT(fs_rmdir) int32_t mps_host_fs_rmdir(const char *path, size_t path_len);
MPS_IMPORT(fs_rename) int32_t mps_host_fs_rename(const char *from, size_t from_len, const char *to, size_t to_len);
MPS_IMPORT(fs_chdir) int32_t mps_host_fs_chdir(const char *path, size_t path_len);
MPS_IMPORT(fs_getcwd) int32_t mps_host_fs_getcwd(char *buf, size_t cap);

typedef struct _mps_stat_t {
    uint32_t mode;     // type bits | permission bits, as POSIX st_mode
    uint32_t nlink;
    uint32_t ino;
    uint32_t dev;
    double size;
    double atime_ms;
    double mtime_ms;
    double ctime_ms;
} mps_stat_t;

typedef struct _mps_dirent_info_t {
    uint32_t type;     // DT_* value: 4 directory, 8 regular file, 10 symlink, 0 unknown
    uint32_t ino;
} mps_dirent_info_t;

// Open flags, as the host's filesystem layer (src/vfs/types.ts) numbers them.
#define MPS_O_RDONLY    (00)
#define MPS_O_WRONLY    (01)
#define MPS_O_RDWR      (02)
#define MPS_O_CREAT     (0100)
#define MPS_O_EXCL      (0200)
#define MPS_O_TRUNC     (01000)
#define MPS_O_APPEND    (02000)
#define MPS_O_DIRECTORY (0200000)

#endif // MPS_IMPORTS_H

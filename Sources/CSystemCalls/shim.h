#ifndef ECVETKIT_CSYSTEMCALLS_SHIM_H
#define ECVETKIT_CSYSTEMCALLS_SHIM_H
/* System calls Swift cannot reach: renameat2 is not declared without _GNU_SOURCE, syscall() is
   variadic, malloc_trim is not in the Glibc module. The renames return 0, or -1 with errno set
   (ENOSYS or EINVAL where the system or the file system cannot do it). */
#if defined(__linux__)
#include <fcntl.h>
#include <malloc.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Swaps two paths in one step (RENAME_EXCHANGE): each names what the other named. */
static inline int ecvetkit_rename_exchange(const char *first, const char *second) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 2);
}

/* Renames unless the destination exists (RENAME_NOREPLACE), which fails with EEXIST. */
static inline int ecvetkit_rename_no_replace(const char *from, const char *to) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1);
}

/* Hands the free memory of every malloc arena back to the system (glibc's malloc_trim, which
   Swift's Glibc module does not declare). */
static inline void ecvetkit_return_free_memory(void) {
    malloc_trim(0);
}
#elif defined(__APPLE__)
#include <stdio.h>

static inline int ecvetkit_rename_exchange(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}

static inline int ecvetkit_rename_no_replace(const char *from, const char *to) {
    return renamex_np(from, to, RENAME_EXCL);
}

/* The system allocator hands free memory back by itself. */
static inline void ecvetkit_return_free_memory(void) {}
#endif
#endif

/* Giving up what reading logs never needs: writing files, running programs. */
#ifdef __linux__
/* For syscall(), which Landlock is reached through. */
/* NOLINTNEXTLINE(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp) */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stddef.h>

#include "sandbox.h"

#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/landlock.h>)
#include <sys/syscall.h>
#ifdef SYS_landlock_create_ruleset
#define HAVE_LANDLOCK	1
#endif
#endif
#endif

#if defined(__OpenBSD__)
#include <unistd.h>

/*
 * Reading FILE operands needs "rpath"; standard input alone needs only
 * "stdio".  unveil of "/" read-only keeps every path readable and none
 * writable, creatable or executable.
 */
int
sandbox_enter(int reads_files)
{
	if (reads_files) {
		if (unveil("/", "r") == -1 || unveil(NULL, NULL) == -1)
			return -1;
		return pledge("stdio rpath", NULL);
	}
	return pledge("stdio", NULL);
}

#elif defined(HAVE_LANDLOCK)
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER	(1ULL << 13)	/* ABI 2 */
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE	(1ULL << 14)	/* ABI 3 */
#endif

/*
 * A Landlock ruleset that handles every change to the file system and
 * execution, with no rule allowing any: files can be read and nothing
 * else.  Reading is left unhandled, so reads_files changes nothing here.
 * A kernel without Landlock, or a system that refuses it, is not an
 * error.
 */
int
sandbox_enter(int reads_files)
{
	struct landlock_ruleset_attr	 attr;
	long				 abi;
	int				 fd;

	(void)reads_files;
	abi = syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
	/* Not built in, disabled at boot, or refused by a container's
	 * seccomp filter: there is no sandbox to enter. */
	if (abi < 1)
		return errno == ENOSYS || errno == EOPNOTSUPP || errno == EPERM ?
		    0 : -1;
	attr.handled_access_fs = LANDLOCK_ACCESS_FS_EXECUTE |
	    LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |
	    LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR |
	    LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
	    LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO |
	    LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;
	if (abi >= 2)
		attr.handled_access_fs |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3)
		attr.handled_access_fs |= LANDLOCK_ACCESS_FS_TRUNCATE;
	/* Only the field every ABI knows is passed. */
	fd = (int)syscall(SYS_landlock_create_ruleset, &attr,
	    sizeof(attr.handled_access_fs), 0);
	if (fd == -1)
		return -1;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1 ||
	    syscall(SYS_landlock_restrict_self, fd, 0) == -1) {
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

#else
/* No sandbox this system offers is known here. */
int
sandbox_enter(int reads_files)
{
	(void)reads_files;
	return 0;
}
#endif

/* Whether sandbox_enter can restrict anything on this system. */
int
sandbox_available(void)
{
#if defined(__OpenBSD__)
	return 1;
#elif defined(HAVE_LANDLOCK)
	return syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION) >= 1;
#else
	return 0;
#endif
}

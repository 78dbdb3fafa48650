/* Unit tests of the sandbox: once in it, files are read and nothing else. */
#ifdef __linux__
/* For syscall(), to ask the kernel its Landlock version. */
/* NOLINTNEXTLINE(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp) */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/syscall.h>
#if defined(__has_include)
#if __has_include(<linux/landlock.h>)
#include <linux/landlock.h>
#endif
#endif
#endif

#include "sandbox.h"
#include "unit.h"

/*
 * The Landlock ABI version of this kernel, asked directly: 3 and later
 * can refuse truncation (Documentation/userspace-api/landlock.rst).
 */
static long
landlock_abi(void)
{
#if defined(SYS_landlock_create_ruleset) && \
    defined(LANDLOCK_CREATE_RULESET_VERSION)
	return syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
#else
	return -1;
#endif
}

/*
 * Where sandbox_available says there is no sandbox, sandbox_enter must
 * succeed and leave files writable: check it in a child.
 */
static int
enter_restricts_nothing(const char *dir)
{
	char	 path[64];
	pid_t	 pid;
	int	 fd, status = -1;

	snprintf(path, sizeof(path), "%s/free", dir);
	if ((pid = fork()) == 0) {
		if (sandbox_enter(1) != 0)
			_exit(2);
		if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644)) == -1)
			_exit(3);
		close(fd);
		_exit(0);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
	unlink(path);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int
main(void)
{
	char		 dir[] = "/tmp/smtpcode-sandbox-XXXXXX";
	char		 old[64], new[64], sub[64], buf[8];
	pid_t		 pid;
	int		 fd, status;

	if (mkdtemp(dir) == NULL)
		return 1;
	if (!sandbox_available()) {
		CHECK(enter_restricts_nothing(dir));
		rmdir(dir);
		printf("test_sandbox: no Landlock here, so nothing to restrict\n");
		return unit_done("test_sandbox");
	}
	snprintf(old, sizeof(old), "%s/old", dir);
	snprintf(new, sizeof(new), "%s/new", dir);
	snprintf(sub, sizeof(sub), "%s/sub", dir);
	if ((fd = open(old, O_WRONLY | O_CREAT | O_EXCL, 0644)) == -1 ||
	    write(fd, "550\n", 4) != 4 || close(fd) == -1)
		return 1;

	pid = fork();
	if (pid == 0) {
		/* The checks run in a child, so that the parent can clean up. */
		if (sandbox_enter(1) != 0)
			_exit(2);
		fd = open(old, O_RDONLY);
		CHECK(fd != -1 && read(fd, buf, sizeof(buf)) == 4 &&
		    memcmp(buf, "550\n", 4) == 0);
		if (fd != -1)
			close(fd);
		errno = 0;
		CHECK(open(old, O_WRONLY) == -1 && errno == EACCES);
		CHECK(open(old, O_RDWR | O_APPEND) == -1 && errno == EACCES);
		CHECK(open(new, O_WRONLY | O_CREAT, 0644) == -1 &&
		    errno == EACCES);
		CHECK(access(new, F_OK) == -1);
		CHECK(mkdir(sub, 0755) == -1 && errno == EACCES);
		CHECK(unlink(old) == -1 && errno == EACCES);
		/* Truncating is writing too, where Landlock can refuse it. */
		/* The kernel's answer, which cppcheck cannot know. */
		/* cppcheck-suppress knownConditionTrueFalse */
		if (landlock_abi() >= 3) {
			CHECK(truncate(old, 0) == -1 && errno == EACCES);
			CHECK(open(old, O_RDONLY | O_TRUNC) == -1);
		}
		CHECK(rename(old, new) == -1);
		CHECK(open("/dev/null", O_WRONLY) == -1 && errno == EACCES);
		/* Nothing can be run: execve fails in a grandchild. */
		if ((pid = fork()) == 0) {
			execl("/bin/sh", "sh", "-c", "exit 0", (char *)NULL);
			_exit(errno == EACCES ? 3 : 4);
		}
		CHECK(pid > 0 && waitpid(pid, &status, 0) == pid &&
		    WIFEXITED(status) && WEXITSTATUS(status) == 3);
		status = unit_done("test_sandbox");
		fflush(stdout);
		_exit(status);
	}
	status = -1;
	if (pid > 0)
		waitpid(pid, &status, 0);
	unlink(old);
	rmdir(dir);
	return !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

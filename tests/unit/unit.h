/* A minimal harness for the C unit tests: CHECK, then a summary line. */
#ifndef UNIT_H
#define UNIT_H

#include <sys/mman.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int unit_passed, unit_failed;

#define CHECK(cond) do {						\
	if (cond)							\
		unit_passed++;						\
	else {								\
		unit_failed++;						\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
	}								\
} while (0)

/* Print the closing line and return the exit status of the test. */
static int
unit_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, unit_passed, unit_failed);
	return unit_failed > 0;
}

/*
 * A copy of the n bytes at s (two pages at most) that ends where a page
 * no one may read begins, so that reading past its end crashes the test.
 */
static inline const char *
fenced(const char *s, size_t n)
{
	static char	*page;
	static size_t	 size;
	int		 fd;

	if (page == NULL) {
		size = (size_t)sysconf(_SC_PAGESIZE) * 2;
		if ((fd = open("/dev/zero", O_RDWR)) == -1 ||
		    (page = mmap(NULL, size * 2, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE, fd, 0)) == MAP_FAILED ||
		    mprotect(page + size, size, PROT_NONE) == -1)
			abort();
		close(fd);
	}
	if (n > size)
		abort();
	memcpy(page + size - n, s, n);
	return page + size - n;
}

#endif

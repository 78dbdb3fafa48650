/* A minimal harness for the C unit tests: CHECK, then a summary line. */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>

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

#endif

/*
 * Fuzz target: the log scanner.  Every code found lies inside the input
 * and is written there as found; every output mode runs, and the JSON
 * Lines it writes parse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json_check.h"
#include "scan.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static struct scan_counts	 counts;

/* Check that c is written at its offset in the n bytes of s. */
static void
check_code(const char *s, size_t n, const struct scan_code *c)
{
	char	 want[16];
	size_t	 len;

	if (c->kind == KIND_BASIC)
		len = (size_t)snprintf(want, sizeof(want), "%d", c->value);
	else
		len = (size_t)snprintf(want, sizeof(want), "%d.%d.%d",
		    c->class, c->subject, c->detail);
	if (c->offset > n || n - c->offset < len ||
	    memcmp(s + c->offset, want, len) != 0)
		abort();
	if (c->class < 2 || c->class > 5 || (c->kind == KIND_ENHANCED &&
	    (c->class == 3 || c->subject > 7 || c->detail > 999)))
		abort();
}

static void
run_mode(const unsigned char *data, size_t size, enum scan_mode mode)
{
	struct out	 o;
	struct scan_ctx	 ctx;
	char		*buf = NULL;
	size_t		 len = 0;
	int		 p[2];

	if (size > 60000 || pipe(p) == -1)
		return;
	if (write(p[1], data, size) != (ssize_t)size) {
		close(p[0]);
		close(p[1]);
		return;
	}
	close(p[1]);
	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	if (mode == SCAN_SUMMARY)
		memset(&counts, 0, sizeof(counts));
	if ((o.fp = open_memstream(&buf, &len)) == NULL) {
		close(p[0]);
		return;
	}
	o.json = mode == SCAN_JSON;
	ctx.out = &o;
	ctx.mode = mode;
	ctx.classes = CLASS_ANY;
	ctx.kinds = KIND_ALL;
	ctx.counts = &counts;
	if (scan_fd(&ctx, p[0], mode == SCAN_JSON ? "f\"\n" : NULL) != 0)
		abort();
	close(p[0]);
	if (mode == SCAN_SUMMARY)
		scan_summary(&ctx);
	fclose(o.fp);
	if (mode == SCAN_JSON && !json_lines_valid(buf, len))
		abort();
	if (mode == SCAN_ANNOTATE && len < size)
		abort();
	free(buf);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct scan_result	 r;
	size_t			 i;

	r.n = 0;
	scan_line((const char *)data, size, 0, &r);
	for (i = 0; i < r.n; i++)
		check_code((const char *)data, size, &r.codes[i]);
	run_mode(data, size, SCAN_ANNOTATE);
	run_mode(data, size, SCAN_ONLY);
	run_mode(data, size, SCAN_SUMMARY);
	run_mode(data, size, SCAN_JSON);
	return 0;
}

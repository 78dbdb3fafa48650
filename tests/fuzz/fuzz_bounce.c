/*
 * Fuzz target: the bounce reader.  Any bytes, read as one message or an
 * mbox, in text and in JSON and through a pipe as from a file: nothing
 * crashes, records hold terminated strings, the JSON Lines parse, and
 * the text holds no raw escape character.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bounce.h"
#include "json_check.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static void
check_record(void *arg, const struct bounce_rec *r)
{
	(void)arg;
	if (memchr(r->recipient, '\0', sizeof(r->recipient)) == NULL ||
	    memchr(r->diagnostic, '\0', sizeof(r->diagnostic)) == NULL ||
	    memchr(r->subject, '\0', sizeof(r->subject)) == NULL ||
	    memchr(r->status, '\0', sizeof(r->status)) == NULL)
		abort();
	if (r->reply_code != 0 && (r->reply_code < 200 || r->reply_code > 599))
		abort();
	if (r->index == 0 || r->kind > BK_FEEDBACK)
		abort();
}

static void
run(const unsigned char *data, size_t size, int json, int by, int pipe_it)
{
	struct out		 o;
	struct bounce_ctx	 ctx;
	char			*buf = NULL;
	size_t			 len = 0;
	int			 p[2], rc;

	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	if ((o.fp = open_memstream(&buf, &len)) == NULL)
		return;
	o.json = json;
	o.lang = by == BBY_DOMAIN ? LANG_FR : LANG_EN;
	ctx.out = &o;
	ctx.by = (enum bounce_by)by;
	ctx.record = check_record;
	if (pipe_it) {
		if (size > 60000 || pipe(p) == -1) {
			fclose(o.fp);
			free(buf);
			return;
		}
		if (write(p[1], data, size) != (ssize_t)size)
			abort();
		close(p[1]);
		rc = bounce_fd(&ctx, p[0], "fuzz\"\n");
		close(p[0]);
	} else
		rc = bounce_buffer(&ctx, (const char *)data, size, "fuzz");
	/* -1: data that looks compressed but does not decode. */
	if (rc == -2)
		abort();
	bounce_summary(&ctx);
	bounce_free(&ctx);
	fclose(o.fp);
	if (json && !json_lines_valid(buf, len))
		abort();
	if (!json && memchr(buf, '\x1b', len) != NULL)
		abort();
	free(buf);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	run(data, size, 0, BBY_NONE, 0);
	run(data, size, 1, BBY_NONE, 1);
	run(data, size, 1, BBY_REASON, 0);
	run(data, size, 0, BBY_DOMAIN, 0);
	return 0;
}

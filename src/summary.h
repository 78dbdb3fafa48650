/* The summary of a log: lines counted by code, pair, reason, provider or file. */
#ifndef SUMMARY_H
#define SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "finding.h"
#include "output.h"

/* What the summary groups lines by (--by). */
enum summary_by {
	BY_CODE,	/* each code alone: 550, 5.1.1 */
	BY_PAIR,	/* a reply code with its enhanced code: 550 5.1.1 */
	BY_REASON,	/* the reason of the line's most severe finding */
	BY_PROVIDER,	/* the provider of that finding, if any */
	BY_FILE,	/* the file read */
	BY_MAX
};

struct summary;

int		 summary_by_parse(const char *, enum summary_by *);
struct summary	*summary_new(enum summary_by);
void		 summary_free(struct summary *);
unsigned	 summary_needs_text(const struct summary *);
int		 summary_file(struct summary *, const char *);
void		 summary_line(struct summary *, const struct finding *, size_t,
		    const char *, size_t);
void		 summary_lines(struct summary *, const struct finding *, size_t,
		    uint64_t);
int		 summary_codes(struct summary *, const struct scan_result *,
		    unsigned, unsigned);
int		 summary_failed(const struct summary *);
void		 summary_write(struct summary *, struct out *);

#endif

/* Reading bounce messages: one record per recipient that failed. */
#ifndef BOUNCE_H
#define BOUNCE_H

#include <stddef.h>

#include "lookup.h"
#include "output.h"
#include "reason.h"

#define BOUNCE_ADDR_MAX		256
#define BOUNCE_DIAG_MAX		1024	/* diagnostic text kept, in bytes */
#define BOUNCE_PART_MAX		((size_t)256 * 1024)	/* a part kept */
#define BOUNCE_LINE_MAX		((size_t)64 * 1024)	/* longer lines are cut */

enum bounce_kind { BK_BOUNCE, BK_AUTOREPLY, BK_FEEDBACK };

/*
 * One recipient of one message; strings are "" when absent.  A record
 * lives until the next one: copy what must last, file above all.
 */
struct bounce_rec {
	const char		*file;		/* as given; NULL for stdin */
	unsigned long		 index;		/* the message in the file, 1-based */
	enum bounce_kind	 kind;
	char			 recipient[BOUNCE_ADDR_MAX];	/* lowercased */
	char			 original_recipient[BOUNCE_ADDR_MAX];
	char			 action[32];	/* failed, delayed, ... */
	char			 status[16];	/* "5.1.1" */
	const char		*status_from;	/* "Status", "Diagnostic-Code",
						   "text" (the human part) or
						   NULL */
	int			 reply_code;	/* 550, or 0 */
	char			 diagnostic[BOUNCE_DIAG_MAX];
	char			 remote_mta[BOUNCE_ADDR_MAX];
	char			 reporting_mta[BOUNCE_ADDR_MAX];
	char			 date[128];
	char			 message_id[BOUNCE_ADDR_MAX];	/* the original's */
	char			 from[BOUNCE_ADDR_MAX];
	char			 to[BOUNCE_ADDR_MAX];
	char			 subject[512];
	struct basic		 basic;		/* valid when reply_code */
	struct enhanced		 enh;		/* valid when status[0] */
	struct verdict		 verdict;
	const char		*provider;	/* an id, or NULL */
	int			 program;	/* its Diagnostic-Code is X-Unix's */
};

/* What was wrong with a message or a file; the others are still read. */
enum bounce_problem {
	BP_EMPTY,		/* the input holds nothing */
	BP_NOT_MESSAGE,		/* no header field where the message starts */
	BP_UNCLOSED,		/* a multipart without its closing boundary */
	BP_TOO_DEEP,		/* parts nested deeper than 64 */
	BP_LONG_LINE,		/* a line over BOUNCE_LINE_MAX was cut */
	BP_HEAD_FULL,		/* header fields past MIME_HEAD_MAX dropped */
	BP_TOO_MANY,		/* more recipients than a message may list here */
	BP_UNREADABLE,		/* a file of a directory; errno says why */
	BP_MAX
};

/* What the summary counts. */
enum bounce_by { BBY_NONE, BBY_REASON, BBY_DOMAIN, BBY_STATUS };

struct bounce_sum;

struct bounce_ctx {
	struct out	*out;		/* records are written there */
	enum bounce_by	 by;		/* BBY_NONE: records, else a summary */
	int		 line_buffered;
	/* Called for each problem, with the file and the message index. */
	void		(*problem)(void *, const char *, unsigned long,
			    enum bounce_problem);
	/* Called for each record before it is written, if not NULL. */
	void		(*record)(void *, const struct bounce_rec *);
	void		*arg;
	unsigned long	 messages;	/* messages read */
	unsigned long	 records;	/* records written or counted */
	unsigned long	 problems;
	struct bounce_sum *sum;		/* allocated by the first summary use */
};

/*
 * Each returns 0, -1 with errno set if the input could not be read, or
 * -2 if writing failed; problems inside the input go to ctx->problem.
 */
int		 bounce_fd(struct bounce_ctx *, int, const char *);
int		 bounce_path(struct bounce_ctx *, const char *);
int		 bounce_buffer(struct bounce_ctx *, const char *, size_t,
		    const char *);
void		 bounce_summary(struct bounce_ctx *);
void		 bounce_free(struct bounce_ctx *);
void		 bounce_write(struct out *, const struct bounce_rec *);
const char	*bounce_kind_name(enum bounce_kind);
const char	*bounce_problem_text(enum bounce_problem, enum lang);

#endif

/* What the codes of a log line mean together: findings and their verdicts. */
#ifndef FINDING_H
#define FINDING_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "output.h"
#include "reason.h"
#include "scan.h"

/* Bytes at most between a reply code and the enhanced code of its pair. */
#define PAIR_GAP	8

/* A reply code with the enhanced code after it, or a code alone. */
struct finding {
	const struct scan_code	*bc;	/* the reply code, or NULL */
	const struct scan_code	*ec;	/* the enhanced code, or NULL */
	/* Their codes; what the table says of them after finding_rows(). */
	struct basic		 basic;
	struct enhanced		 enh;
	struct verdict		 v;
};

/*
 * A reply code and its enhanced code, either NULL, as one number: the
 * reply code in bits 24 and up, the enhanced code's class, subject and
 * detail in bits 20-23, 10-19, 0-9 (RFC 3463 allows subjects and details
 * up to 999).  Inline: summaries count each code of each line by it.
 */
static inline uint64_t
finding_num(const struct scan_code *b, const struct scan_code *e)
{
	uint64_t	 n = 0;

	if (b != NULL)
		n = (uint64_t)b->value << 24;
	if (e != NULL)
		n |= (uint64_t)e->class << 20 | (uint64_t)e->subject << 10 |
		    (uint64_t)e->detail;
	return n;
}

/* Whether --class and --kind keep the code c. */
static inline int
finding_wanted(const struct scan_code *c, unsigned classes, unsigned kinds)
{
	return (classes & CLASS_BIT(c->class)) && (kinds & (unsigned)c->kind);
}

size_t	 finding_collect(const struct scan_result *, unsigned, unsigned,
	    struct finding *, size_t);
size_t	 finding_nums(const struct scan_result *, unsigned, unsigned,
	    uint64_t *, size_t);
void	 finding_rows(struct finding *);
/* What finding_judge_all() reads: the reasons; also whose server took mail. */
#define JUDGE_TEXT	1
#define JUDGE_TAKEN	2
void	 finding_judge_all(struct finding *, size_t, const char *, size_t,
	    unsigned);
size_t	 finding_worst(const struct finding *, size_t);
void	 finding_line_verdict(const struct finding *, size_t,
	    const char *, size_t, struct verdict *);
int	 finding_class(const struct finding *);
size_t	 finding_key(const struct finding *, char *, size_t);
size_t	 finding_codes(const struct out *, const struct finding *, char *,
	    size_t);
size_t	 finding_explain(const struct out *, const struct finding *, char *,
	    size_t);
size_t	 finding_note(const struct out *, const struct finding *, char *,
	    size_t);
void	 finding_json(struct out *, const struct verdict *);
void	 finding_json_code(struct out *, struct outbuf *,
	    const struct scan_code *, const struct finding *);
const char *finding_meaning(const struct finding *, enum lang);
const char *finding_bounce(enum bounce, enum lang);

#endif

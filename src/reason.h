/* Why mail failed: reason classes, hard or soft, provider cases. */
#ifndef REASON_H
#define REASON_H

#include <stddef.h>

#include "lookup.h"

/* sisimai's reason names, in alphabetical order; data/reasons.txt too. */
enum reason {
	REASON_AUTHFAILURE,
	REASON_BADREPUTATION,
	REASON_BLOCKED,
	REASON_CONTENTERROR,
	REASON_DELIVERED,
	REASON_EXCEEDLIMIT,
	REASON_EXPIRED,
	REASON_FAILEDSTARTTLS,
	REASON_FEEDBACK,
	REASON_FILTERED,
	REASON_HASMOVED,
	REASON_HOSTUNKNOWN,
	REASON_MAILBOXFULL,
	REASON_MAILERERROR,
	REASON_MESGTOOBIG,
	REASON_NETWORKERROR,
	REASON_NORELAYING,
	REASON_NOTACCEPT,
	REASON_NOTCOMPLIANTRFC,
	REASON_ONHOLD,
	REASON_POLICYVIOLATION,
	REASON_REJECTED,
	REASON_REQUIREPTR,
	REASON_SECURITYERROR,
	REASON_SPAMDETECTED,
	REASON_SPEEDING,
	REASON_SUPPRESSED,
	REASON_SUSPEND,
	REASON_SYNTAXERROR,
	REASON_SYSTEMERROR,
	REASON_SYSTEMFULL,
	REASON_TOOMANYCONN,
	REASON_UNDEFINED,
	REASON_USERUNKNOWN,
	REASON_VACATION,
	REASON_VIRUSDETECTED,
	REASON_MAX
};

/* Whether the address itself is bad (hard), or something else (soft). */
enum bounce { BOUNCE_NONE, BOUNCE_SOFT, BOUNCE_HARD };

/*
 * A provider's own case for a code, one row of data/providers.txt.  Its
 * strings are offsets, read with pcase_str(): a table of pointers would
 * have the loader relocate each of them every time the program starts.
 */
struct pcase {
	uint32_t	 provider;	/* "gmail", "microsoft365" */
	int		 reply;		/* 550, or 0 when the provider gives none */
	int		 class;		/* 5 for 5.7.606-649; 0 when none */
	int		 subject;	/* 7 */
	int		 detail_lo;	/* 606 */
	int		 detail_hi;	/* 649; detail_lo for a single code */
	uint32_t	 marker;	/* "TSS04", "" when none */
	enum reason	 reason;
	int		 retry;		/* waiting alone may help */
	uint32_t	 meaning[LANG_MAX];
	uint32_t	 action[LANG_MAX];	/* what the sender should do */
	uint32_t	 source;	/* the provider's page */
};

/* What a code, or a reply with its text, says about a failure. */
struct verdict {
	enum reason		 reason;
	enum bounce		 bounce;
	int			 retry;		/* waiting alone may help */
	int			 from_text;	/* the text decided, not the code */
	const struct pcase	*pcase;		/* the provider's case, or NULL */
	const char		*provider;	/* the provider the text points
						   to, a case or not; NULL */
};

extern const struct pcase	 pcases[];
extern const size_t		 npcases;

/* A string of a provider case: pcase_str(c->meaning[LANG_FR]). */
const char	*pcase_str(uint32_t);
const char	*reason_name(enum reason);
const char	*reason_label(enum reason, enum lang);
const char	*reason_meaning(enum reason, enum lang);
int		 reason_parse(const char *, enum reason *);
const char	*bounce_name(enum bounce);

/* From codes alone; either may be NULL. */
void		 verdict_codes(const struct basic *, const struct enhanced *,
		    struct verdict *);
/*
 * Hard or soft again, for a failure whose class (4 or 5) something other
 * than its codes says: a bounce message's Action, say.
 */
void		 verdict_class(struct verdict *, int);
/*
 * From a reply text or a log line and the codes found in it (either may
 * be NULL); provider is an id, or NULL to recognise it from the text.
 */
void		 verdict_text(const char *, size_t, const struct basic *,
		    const struct enhanced *, const char *, struct verdict *);
/*
 * The same for other codes of the text given to the last verdict_text()
 * or verdict_text_again(), at the same address and not changed since:
 * its words are not read again.
 */
void		 verdict_text_again(const char *, size_t, const struct basic *,
		    const struct enhanced *, const char *, struct verdict *);

/* The provider a host name or reply text points to, or NULL. */
const char	*provider_of_text(const char *, size_t);
/* "Gmail / Google Workspace" for "gmail"; NULL if unknown. */
const char	*provider_name(const char *);
/* The same in a language. */
const char	*provider_label(const char *, enum lang);
/*
 * The cases of provider (NULL: any) that match the codes (either may be
 * NULL) and, when text is not NULL, whose marker the text holds.
 */
size_t		 provider_match(const char *, const struct basic *,
		    const struct enhanced *, const char *, size_t,
		    const struct pcase **, size_t);

/* A short title of a reply code, "Mailbox unavailable"; never NULL. */
const char	*reply_title(int, enum lang);

/*
 * Whether every word of the folded needle (fold_text) begins a search
 * keyword of a code: kind is KIND_BASIC with the reply value, or
 * KIND_ENHANCED with class (0 for any), subject and detail.  The keywords
 * are the code's own and those of its reason, in both languages.
 */
int		 keywords_match(int, int, int, int, const char *);
/* How many phrases were compared eight bytes at once: for tests. */
unsigned long	 reason_plain_compares(void);

#endif

/* Why mail failed: a placeholder until the data tables are generated. */
#include <string.h>

#include "reason.h"

static const char *const names[REASON_MAX] = {
	"authfailure", "badreputation", "blocked", "contenterror",
	"delivered", "exceedlimit", "expired", "failedstarttls", "feedback",
	"filtered", "hasmoved", "hostunknown", "mailboxfull", "mailererror",
	"mesgtoobig", "networkerror", "norelaying", "notaccept",
	"notcompliantrfc", "onhold", "policyviolation", "rejected",
	"requireptr", "securityerror", "spamdetected", "speeding",
	"suppressed", "suspend", "syntaxerror", "systemerror", "systemfull",
	"toomanyconn", "undefined", "userunknown", "virusdetected",
};

const struct pcase	 pcases[1];
const size_t		 npcases = 0;

const char *
reason_name(enum reason r)
{
	return r < REASON_MAX ? names[r] : names[REASON_UNDEFINED];
}

const char *
reason_label(enum reason r, enum lang lang)
{
	(void)lang;
	return reason_name(r);
}

const char *
reason_meaning(enum reason r, enum lang lang)
{
	(void)lang;
	return reason_name(r);
}

int
reason_parse(const char *s, enum reason *r)
{
	size_t	 i;

	for (i = 0; i < REASON_MAX; i++)
		if (strcmp(s, names[i]) == 0) {
			*r = (enum reason)i;
			return 1;
		}
	return 0;
}

const char *
bounce_name(enum bounce b)
{
	return b == BOUNCE_HARD ? "hard" : b == BOUNCE_SOFT ? "soft" : "none";
}

void
verdict_codes(const struct basic *b, const struct enhanced *e,
    struct verdict *v)
{
	int	 class = e != NULL ? e->class : b != NULL ? basic_class(b->value) : 0;

	memset(v, 0, sizeof(*v));
	v->reason = class == 2 ? REASON_DELIVERED : REASON_UNDEFINED;
	v->bounce = class == 4 || class == 5 ? BOUNCE_SOFT : BOUNCE_NONE;
	v->retry = class == 4;
}

void
verdict_text(const char *s, size_t n, const struct basic *b,
    const struct enhanced *e, const char *provider, struct verdict *v)
{
	(void)s;
	(void)n;
	(void)provider;
	verdict_codes(b, e, v);
}

const char *
provider_of_text(const char *s, size_t n)
{
	(void)s;
	(void)n;
	return NULL;
}

const char *
provider_name(const char *id)
{
	(void)id;
	return NULL;
}

size_t
provider_match(const char *provider, const struct basic *b,
    const struct enhanced *e, const char *s, size_t n,
    const struct pcase **out, size_t max)
{
	(void)provider;
	(void)b;
	(void)e;
	(void)s;
	(void)n;
	(void)out;
	(void)max;
	return 0;
}

const char *
reply_title(int value, enum lang lang)
{
	(void)value;
	return lang == LANG_FR ? "(sans titre)" : "(untitled)";
}

/*
 * Unit tests of the reason engine: the reasons of codes by the RFCs, the
 * phrases and provider rows of data/, hard and soft, bad input.
 */
#include <sys/mman.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reason.h"
#include "words.h"
#include "unit.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static int	 reached[REASON_MAX];

/* The verdict of a reply code and an enhanced code ("5.1.1" or NULL). */
static void
judge(const char *text, int reply, const char *esc, const char *provider,
    struct verdict *v)
{
	struct basic	 b;
	struct enhanced	 e;
	int		 c = 0, s = 0, d = 0;

	basic_set(&b, reply);
	if (esc != NULL && sscanf(esc, "%d.%d.%d", &c, &s, &d) != 3)
		abort();
	enhanced_set(&e, c, s, d);
	if (text == NULL)
		verdict_codes(reply ? &b : NULL, esc ? &e : NULL, v);
	else
		verdict_text(text, strlen(text), reply ? &b : NULL,
		    esc ? &e : NULL, provider, v);
	if ((unsigned)v->reason < REASON_MAX)
		reached[v->reason] = 1;
}

static enum reason
reason_of(const char *text, int reply, const char *esc)
{
	struct verdict	 v;

	judge(text, reply, esc, NULL, &v);
	return v.reason;
}

/*
 * "domain NAME does not exist" is the domain's for a name of up to 255
 * bytes (RFC 1035's limit), read back that far; a longer word is no name.
 */
static void
test_long_domain(void)
{
	char	 t[400];
	size_t	 len;

	for (len = 254; len <= 257; len++) {
		memcpy(t, "550 domain ", 11);
		memset(t + 11, 'a', len - 5);
		memcpy(t + 11 + len - 5, ".test", 5);
		strcpy(t + 11 + len, " does not exist");
		CHECK(reason_of(t, 550, NULL) == (len < 256 ?
		    REASON_HOSTUNKNOWN : REASON_USERUNKNOWN));
	}
}

static enum reason
named(const char *name)
{
	enum reason	 r;

	if (!reason_parse(name, &r)) {
		fprintf(stderr, "unknown reason '%s'\n", name);
		abort();
	}
	return r;
}

static int
valid_utf8(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	int			 n;

	while (*p != '\0') {
		n = *p < 0x80 ? 0 : (*p & 0xe0) == 0xc0 ? 1 :
		    (*p & 0xf0) == 0xe0 ? 2 : (*p & 0xf8) == 0xf0 ? 3 : -1;
		if (n < 0)
			return 0;
		for (p++; n > 0; n--, p++)
			if ((*p & 0xc0) != 0x80)
				return 0;
	}
	return 1;
}

/*
 * Split the next row of a data file into at most max tab-separated
 * fields; skip comments.  Return the number of fields, 0 at the end.
 */
static int
next_row(FILE *fp, char *buf, size_t size, char **f, int max)
{
	char	*p;
	int	 n;

	while (fgets(buf, (int)size, fp) != NULL) {
		buf[strcspn(buf, "\n")] = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		for (n = 0, p = buf; n < max; n++) {
			f[n] = p;
			if ((p = strchr(p, '\t')) == NULL) {
				n++;
				break;
			}
			*p++ = '\0';
		}
		return n;
	}
	return 0;
}

/* Each reason's names and texts. */
static void
test_names(void)
{
	enum reason	 r;
	int		 i;

	for (i = 0; i < REASON_MAX; i++) {
		CHECK(reason_parse(reason_name((enum reason)i), &r) &&
		    r == (enum reason)i);
		if (i > 0)
			CHECK(strcmp(reason_name((enum reason)(i - 1)),
			    reason_name((enum reason)i)) < 0);
		CHECK(*reason_label((enum reason)i, LANG_EN) != '\0');
		CHECK(*reason_label((enum reason)i, LANG_FR) != '\0');
		CHECK(*reason_meaning((enum reason)i, LANG_EN) != '\0');
		CHECK(*reason_meaning((enum reason)i, LANG_FR) != '\0');
		CHECK(strcmp(reason_meaning((enum reason)i, LANG_EN),
		    reason_meaning((enum reason)i, LANG_FR)) != 0);
		CHECK(valid_utf8(reason_label((enum reason)i, LANG_FR)));
		CHECK(valid_utf8(reason_meaning((enum reason)i, LANG_FR)));
	}
	CHECK(REASON_MAX == 36);
	CHECK(!reason_parse("mailbox", &r) && !reason_parse("", &r));
	CHECK(strcmp(reason_name(REASON_MAX), "undefined") == 0);
	/* Out of range: the undefined reason's words, in either language. */
	CHECK(reason_label(REASON_MAX, LANG_FR) ==
	    reason_label(REASON_UNDEFINED, LANG_FR));
	CHECK(reason_label((enum reason)-1, LANG_EN) ==
	    reason_label(REASON_UNDEFINED, LANG_EN));
	CHECK(reason_meaning(REASON_MAX, LANG_EN) ==
	    reason_meaning(REASON_UNDEFINED, LANG_EN));
	CHECK(reason_meaning((enum reason)-1, LANG_FR) ==
	    reason_meaning(REASON_UNDEFINED, LANG_FR));
	CHECK(reason_label(REASON_MAX - 1, LANG_EN) !=
	    reason_label(REASON_UNDEFINED, LANG_EN));
	CHECK(reason_meaning(REASON_MAX - 1, LANG_EN) !=
	    reason_meaning(REASON_UNDEFINED, LANG_EN));
	CHECK(strcmp(reason_label(REASON_MAILBOXFULL, LANG_EN),
	    "mailbox full") == 0);
	CHECK(strcmp(reason_label(REASON_MAILBOXFULL, LANG_FR),
	    "boîte pleine") == 0);
	CHECK(strcmp(bounce_name(BOUNCE_HARD), "hard") == 0 &&
	    strcmp(bounce_name(BOUNCE_SOFT), "soft") == 0 &&
	    strcmp(bounce_name(BOUNCE_NONE), "none") == 0);
}

/* Reasons of codes, from the RFCs' and the registry's own words. */
static void
test_codes(void)
{
	struct verdict	 v;
	int		 s, d, r;

	/* RFC 3463 and the IANA registry. */
	CHECK(reason_of(NULL, 0, "5.1.1") == REASON_USERUNKNOWN);
	CHECK(reason_of(NULL, 0, "5.1.2") == REASON_HOSTUNKNOWN);
	CHECK(reason_of(NULL, 0, "5.1.6") == REASON_HASMOVED);
	CHECK(reason_of(NULL, 0, "5.1.10") == REASON_NOTACCEPT);
	CHECK(reason_of(NULL, 0, "5.2.1") == REASON_SUSPEND);
	CHECK(reason_of(NULL, 0, "5.2.2") == REASON_MAILBOXFULL);
	CHECK(reason_of(NULL, 0, "4.2.2") == REASON_MAILBOXFULL);
	CHECK(reason_of(NULL, 0, "5.3.1") == REASON_SYSTEMFULL);
	CHECK(reason_of(NULL, 0, "5.3.4") == REASON_MESGTOOBIG);
	CHECK(reason_of(NULL, 0, "4.4.1") == REASON_NETWORKERROR);
	CHECK(reason_of(NULL, 0, "4.4.7") == REASON_EXPIRED);
	CHECK(reason_of(NULL, 0, "5.5.2") == REASON_SYNTAXERROR);
	CHECK(reason_of(NULL, 0, "5.6.3") == REASON_CONTENTERROR);
	CHECK(reason_of(NULL, 0, "5.7.8") == REASON_SECURITYERROR);
	CHECK(reason_of(NULL, 0, "5.7.10") == REASON_FAILEDSTARTTLS);
	CHECK(reason_of(NULL, 0, "5.7.30") == REASON_FAILEDSTARTTLS);
	/* RFC 7372: DKIM and SPF; reverse DNS. */
	for (d = 20; d <= 24; d++) {
		char	 esc[16];

		snprintf(esc, sizeof(esc), "5.7.%d", d);
		CHECK(reason_of(NULL, 0, esc) == REASON_AUTHFAILURE);
	}
	CHECK(reason_of(NULL, 0, "5.7.26") == REASON_AUTHFAILURE);
	CHECK(reason_of(NULL, 0, "5.7.25") == REASON_REQUIREPTR);
	/* RFC 7505: the sender's domain has a null MX. */
	CHECK(reason_of(NULL, 0, "5.7.27") == REASON_REJECTED);
	/* RFC 7504: 521 and 556, with or without their enhanced codes. */
	CHECK(reason_of(NULL, 521, NULL) == REASON_NOTACCEPT);
	CHECK(reason_of(NULL, 556, "5.1.10") == REASON_NOTACCEPT);
	/* RFC 5321: 551 is a referral, 552 storage, 2xx success. */
	CHECK(reason_of(NULL, 551, NULL) == REASON_HASMOVED);
	CHECK(reason_of(NULL, 552, NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of(NULL, 250, NULL) == REASON_DELIVERED);
	CHECK(reason_of(NULL, 0, "2.1.5") == REASON_DELIVERED);
	CHECK(reason_of(NULL, 250, "2.0.0") == REASON_DELIVERED);
	/* RFC 4954: authentication. */
	CHECK(reason_of(NULL, 535, "5.7.8") == REASON_SECURITYERROR);
	CHECK(reason_of(NULL, 454, "4.7.0") == REASON_SECURITYERROR);
	CHECK(reason_of(NULL, 530, "5.7.0") == REASON_SECURITYERROR);
	/* The pair decides over the enhanced code, which decides over
	 * the reply code. */
	CHECK(reason_of(NULL, 550, "5.2.2") == REASON_MAILBOXFULL);
	CHECK(reason_of(NULL, 452, "4.5.3") == REASON_EXCEEDLIMIT);
	/*
	 * 550 with 5.4.1 is Exchange Online's unknown address (Microsoft's
	 * page on NDR 5.4.1), not a host that did not answer, as 5.4.1 and
	 * 451 with it are (RFC 3463 3.5); a strong phrase still decides.
	 */
	CHECK(reason_of(NULL, 550, "5.4.1") == REASON_USERUNKNOWN);
	CHECK(reason_of("Recipient address rejected: Access denied", 550,
	    "5.4.1") == REASON_USERUNKNOWN);
	CHECK(reason_of(NULL, 451, "4.4.1") == REASON_NETWORKERROR);
	CHECK(reason_of(NULL, 554, "5.4.1") == REASON_NETWORKERROR);
	CHECK(reason_of("Relay access denied", 550, "5.4.1") ==
	    REASON_NORELAYING);
	/* An unregistered detail takes its subject's reason. */
	CHECK(reason_of(NULL, 0, "5.2.99") == reason_of(NULL, 0, "5.2.0"));
	CHECK(reason_of(NULL, 0, "4.4.200") == REASON_NETWORKERROR);
	CHECK(reason_of(NULL, 550, "5.7.509") == reason_of(NULL, 0, "5.7.0"));
	CHECK(reason_of(NULL, 550, "5.9.9") == reason_of(NULL, 550, NULL));
	CHECK(reason_of(NULL, 0, "5.9.9") == REASON_UNDEFINED);
	CHECK(reason_of(NULL, 0, NULL) == REASON_UNDEFINED);
	CHECK(reason_of(NULL, -1, NULL) == REASON_UNDEFINED);
	/* Any class of a registered detail X.S.D. */
	CHECK(reason_of(NULL, 0, "0.1.1") == REASON_USERUNKNOWN);

	/* Every code of classes 2 to 5 has a verdict within the enum. */
	for (r = 200; r <= 559; r++) {
		judge(NULL, r, NULL, NULL, &v);
		CHECK((unsigned)v.reason < REASON_MAX);
		CHECK(v.pcase == NULL && v.from_text == 0);
	}
	for (s = 0; s <= 8; s++)
		for (d = 0; d <= 40; d++) {
			struct basic	 b;
			struct enhanced	 e;

			basic_set(&b, 550);
			enhanced_set(&e, 5, s, d);
			verdict_codes(&b, &e, &v);
			reached[v.reason] = 1;
			CHECK((unsigned)v.reason < REASON_MAX);
			enhanced_set(&e, 4, s, d);
			verdict_codes(NULL, &e, &v);
			reached[v.reason] = 1;
		}
}

/* Hard only when the address itself is bad, and after a 5xx. */
static void
test_bounce(void)
{
	static const struct {
		int		 reply;
		const char	*esc;
		enum bounce	 bounce;
		int		 retry;
	} cases[] = {
		{ 550, "5.1.1", BOUNCE_HARD, 0 },	/* no such user */
		{ 550, "5.1.2", BOUNCE_HARD, 0 },	/* no such domain */
		{ 550, "5.1.6", BOUNCE_HARD, 0 },	/* moved */
		{ 556, "5.1.10", BOUNCE_HARD, 0 },	/* null MX */
		{ 551, NULL, BOUNCE_HARD, 0 },		/* referral */
		{ 550, "5.7.17", BOUNCE_HARD, 0 },	/* owner changed */
		{ 450, "4.1.1", BOUNCE_SOFT, 1 },	/* 4xx: soft */
		{ 451, "4.1.2", BOUNCE_SOFT, 1 },
		{ 552, "5.2.2", BOUNCE_SOFT, 1 },	/* full, clears */
		{ 554, "5.7.1", BOUNCE_SOFT, 0 },
		{ 550, "5.7.23", BOUNCE_SOFT, 0 },	/* SPF */
		{ 451, "4.7.24", BOUNCE_SOFT, 0 },	/* SPF, still no */
		{ 450, "4.7.25", BOUNCE_SOFT, 0 },	/* PTR, still no */
		{ 552, "5.3.4", BOUNCE_SOFT, 0 },	/* too big */
		{ 421, NULL, BOUNCE_SOFT, 1 },
		{ 451, "4.4.7", BOUNCE_SOFT, 1 },
		{ 250, "2.1.5", BOUNCE_NONE, 0 },
		{ 354, NULL, BOUNCE_NONE, 0 },
		{ 221, NULL, BOUNCE_NONE, 0 },
	};
	struct verdict	 v;
	size_t		 i;

	for (i = 0; i < NELEM(cases); i++) {
		judge(NULL, cases[i].reply, cases[i].esc, NULL, &v);
		CHECK(v.bounce == cases[i].bounce);
		CHECK(v.retry == cases[i].retry);
		if (v.bounce != cases[i].bounce || v.retry != cases[i].retry)
			fprintf(stderr, "  %d %s: %s %s retry %d\n",
			    cases[i].reply, cases[i].esc ? cases[i].esc : "",
			    reason_name(v.reason), bounce_name(v.bounce),
			    v.retry);
	}
	/* A 4xx with an address reason is soft; a 5xx otherwise too. */
	judge("450 4.1.1 <a@example.org>: Recipient address rejected: "
	    "User unknown in local recipient table", 450, "4.1.1", NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.bounce == BOUNCE_SOFT);
	judge("550 5.7.1 Client host [192.0.2.7] blocked using "
	    "bl.example.net", 550, "5.7.1", NULL, &v);
	CHECK(v.reason == REASON_BLOCKED && v.bounce == BOUNCE_SOFT &&
	    v.retry == 0);
	/* The text makes an address reason, so hard. */
	judge("550 No such user here", 550, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.bounce == BOUNCE_HARD &&
	    v.from_text == 1);
	/* No code at all: never hard. */
	judge("user unknown", 0, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.bounce == BOUNCE_SOFT);
	judge("nothing to say", 0, NULL, NULL, &v);
	CHECK(v.reason == REASON_UNDEFINED && v.bounce == BOUNCE_NONE);
}

/*
 * Whose address, which part of it, and what says how rather than why:
 * each a text, its codes and the reason they give.
 */
static const struct {
	const char	*text;
	int		 reply;
	const char	*esc;
	enum reason	 want;
} precedence_cases[] = {
	/*
	 * Words about the sender after an unknown address make it the sender's
	 * too: a callout's answer, then Exim's verdict; other general words do
	 * not.
	 */
	{ "550-Verification failed for "
	    "<a@b.example>\\n550-Response: 550 No such user here\\n550 "
	    "Sender verify failed", 550, NULL, REASON_REJECTED },
	{ "sender verify fail for <a@b.example>: response to RCPT "
	    "TO was: 550 5.1.1 User unknown",
	    550, "5.1.1", REASON_REJECTED },
	{ "451 Could not complete sender verify defer",
	    451, NULL, REASON_REJECTED },
	{ "550 5.1.1 User unknown; content filter",
	    550, "5.1.1", REASON_USERUNKNOWN },
	/*
	 * RFC 3463's X.1.2 says which part of the address is bad: words of an
	 * unknown address do not override it.
	 */
	{ "550 5.1.2 Domain example.test does not exist",
	    550, "5.1.2", REASON_HOSTUNKNOWN },
	{ "550 5.1.2 User unknown", 550, "5.1.2", REASON_HOSTUNKNOWN },
	{ "550 5.1.1 User unknown", 550, "5.1.1", REASON_USERUNKNOWN },
	/* OpenSMTPD's word for MXs that never answered; a host that does not. */
	{ "Network error on destination MXs", 0, NULL, REASON_NETWORKERROR },
	{ "451 host is unreachable", 451, NULL, REASON_NETWORKERROR },
	{ "451 remote server not responding", 451, NULL,
	    REASON_NETWORKERROR },
	{ "451 the server did not respond in time", 451, NULL,
	    REASON_NETWORKERROR },
	/* Postfix's local delivery: the failure, unless its cause is said. */
	{ "maildir delivery failed: create maildir file /m/tmp/1.x: "
	    "Permission denied", 0, "4.2.0", REASON_MAILERERROR },
	{ "maildir delivery failed: Disk quota exceeded", 0, "5.2.2",
	    REASON_MAILBOXFULL },
	/* How servers say an address is unknown, where 554 alone says blocked. */
	{ "554 <a@b.example>... Addressee unknown", 554, NULL,
	    REASON_USERUNKNOWN },
	{ "554 RESOLVER.ADR.RecipNotFound; not found", 554, NULL,
	    REASON_USERUNKNOWN },
	{ "554 No such local user", 554, NULL, REASON_USERUNKNOWN },
	{ "554 no such account here", 554, NULL, REASON_USERUNKNOWN },
	{ "554 no such person at this address", 554, NULL,
	    REASON_USERUNKNOWN },
	/*
	 * Words that name a cause where the code alone says another: a
	 * sending identity refused, a client blocked, a host that has no
	 * name (a pipe's EX_NOHOST), a sender that must authenticate first.
	 */
	{ "550 5.7.1 Sender address a@b.example is not a verified identity",
	    550, "5.7.1", REASON_REJECTED },
	{ "550 5.7.750 Service unavailable. Client blocked from sending",
	    550, "5.7.750", REASON_BLOCKED },
	{ "host name unknown. Command output: uux: unknown system", 0,
	    "5.1.2", REASON_HOSTUNKNOWN },
	{ "550 5.7.1 Unauthenticated senders not allowed", 550, "5.7.1",
	    REASON_SECURITYERROR },
	{ "554 5.2.252 SendAsDenied; a@b.example not allowed to send as "
	    "c@b.example", 554, "5.2.252", REASON_REJECTED },
	{ "554 5.2.252 a@b.example not allowed to send as c@b.example", 554,
	    "5.2.252", REASON_REJECTED },
	/*
	 * Japanese runs its words together: a phrase inside a run of text
	 * ("the mail was refused by the reception refusal setting"), the
	 * longest at one place ("spam filter" rather than "spam"), one
	 * right after ASCII.
	 */
	{ "550 \xe3\x81\x93\xe3\x81\xae\xe3\x83\xa1\xe3\x83\xbc"
	    "\xe3\x83\xab\xe3\x81\xaf\xe5\x8f\x97\xe4\xbf\xa1\xe6\x8b\x92"
	    "\xe5\x90\xa6\xe8\xa8\xad\xe5\xae\x9a\xe3\x81\xab\xe3\x82\x88"
	    "\xe3\x82\x8a\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c"
	    "\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f", 550, NULL,
	    REASON_FILTERED },
	{ "550 \xe8\xbf\xb7\xe6\x83\x91\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab"
	    "\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x82\xbf\xe3\x83\xbc"
	    "\xe3\x81\xa7\xe6\x8b\x92\xe5\x90\xa6", 550, NULL,
	    REASON_FILTERED },
	{ "452 x\xe5\xae\xb9\xe9\x87\x8f\xe8\xb6\x85\xe9\x81\x8e\xe3\x81\xa7"
	    "\xe3\x81\x99", 452, NULL, REASON_MAILBOXFULL },
	/* A header at fault, before the spam that the rule is there for. */
	{ "550-5.7.1 this message is not RFC 550-5.7.1 5322 compliant: "
	    "Multiple 'From' headers found. To reduce the amount of spam",
	    550, "5.7.1", REASON_NOTCOMPLIANTRFC },
	{ "550 5.7.1 'From' header is missing. Less spam that way", 550,
	    "5.7.1", REASON_NOTCOMPLIANTRFC },
	/*
	 * A server whose own parts fail (a scanner, a filter, upkeep) says
	 * so where its code or a word alone says another cause; a
	 * recipient's rule; other languages.
	 */
	{ "451 4.3.0 Virus scanner temporarily unavailable, retry", 451,
	    "4.3.0", REASON_SYSTEMERROR },
	{ "451 4.7.1 virus scanner not reachable", 451, "4.7.1",
	    REASON_SYSTEMERROR },
	{ "421 4.3.0 Content filter is not responding", 421, "4.3.0",
	    REASON_SYSTEMERROR },
	{ "421 4.3.2 mx is in maintenance mode and not accepting mail", 421,
	    "4.3.2", REASON_SYSTEMERROR },
	{ "452 4.3.0 Insufficient spool space", 452, "4.3.0",
	    REASON_SYSTEMFULL },
	{ "550 5.7.1 the recipient has a personal rule that rejects you",
	    550, "5.7.1", REASON_FILTERED },
	{ "550 5.0.0 Empf\xc3\xa4ngerpostfach ist voll", 550, "5.0.0",
	    REASON_MAILBOXFULL },
	{ "550 5.7.1 Relay non consentito", 550, "5.7.1", REASON_NORELAYING },
	{ "421 Servizio non disponibile: troppe connessioni", 421, NULL,
	    REASON_TOOMANYCONN },
	{ "550 5.7.1 \xd0\xbe\xd0\xb1\xd0\xbd\xd0\xb0\xd1\x80\xd1\x83"
	    "\xd0\xb6\xd0\xb5\xd0\xbd \xd1\x81\xd0\xbf\xd0\xb0\xd0\xbc",
	    550, "5.7.1", REASON_SPAMDETECTED },
	{ "550 5.7.520 Access denied: external forwarding is disabled", 550,
	    "5.7.520", REASON_POLICYVIOLATION },
	/* Older systems' words, in their languages, without a code. */
	{ "L'utente non \xc3\xa8 presente nel Domino Directory di example.org",
	    0, NULL, REASON_USERUNKNOWN },
	{ "User ORDERS01 is not enrolled in the system distribution "
	    "directory", 0, NULL, REASON_USERUNKNOWN },
	{ "Ingen v\xc3\xa4g hittades till dom\xc3\xa4nen x.test", 0, NULL,
	    REASON_HOSTUNKNOWN },
	{ "421 Dom\xc3\xa4nen finns inte", 421, NULL, REASON_HOSTUNKNOWN },
	{ "451 conex\xc3\xa3o recusada por mx.example.org", 451, NULL,
	    REASON_NETWORKERROR },
	{ "550 account disabled by the administrator", 550, NULL,
	    REASON_SUSPEND },
	{ "554 mailbox unknown", 554, NULL, REASON_USERUNKNOWN },
	{ "554 unknown mailbox", 554, NULL, REASON_USERUNKNOWN },
	{ "554 address unknown", 554, NULL, REASON_USERUNKNOWN },
	{ "554 no such address", 554, NULL, REASON_USERUNKNOWN },
	{ "554 user not known here", 554, NULL, REASON_USERUNKNOWN },
	{ "554 5.0.0 not a known user", 554, "5.0.0", REASON_USERUNKNOWN },
	{ "554 x y", 554, NULL, REASON_BLOCKED },
	/*
	 * Words of an unknown address after "domain" and a domain name are
	 * the domain's, whatever the code; after an address, or a name and a
	 * colon, or other words, an address's.
	 */
	{ "550 5.1.1 Domain example.test does not exist",
	    550, "5.1.1", REASON_HOSTUNKNOWN },
	{ "The recipient's domain example.test does not exist.",
	    0, NULL, REASON_HOSTUNKNOWN },
	{ "550 domain name example.test does not exist",
	    550, NULL, REASON_HOSTUNKNOWN },
	{ "550 le domaine \"example.test\" n'existe pas",
	    550, NULL, REASON_HOSTUNKNOWN },
	{ "550 domain example.test: mailbox does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 domain a@example.test does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 user john.smith does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 name example.test does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 domain example does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 subdomain example.test does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	/* A name set off by a comma or a semicolon, as by a colon. */
	{ "550 domain example.test, mailbox does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 domain example.test; mailbox does not exist",
	    550, NULL, REASON_USERUNKNOWN },
	{ "550 5.1.2 Mailbox full", 550, "5.1.2", REASON_MAILBOXFULL },
	/*
	 * A domain that takes no mail at all is RFC 7505's; one that takes
	 * none from a kind of host is a block, from a sender's domain the
	 * sender's refusal.
	 */
	{ "554 Domain example.test does not accept mail",
	    554, NULL, REASON_NOTACCEPT },
	/* A null MX after words about the sender is the sender's. */
	{ "550 5.7.1 <a@example.org>: Sender address rejected: Sender domain "
	    "has null MX", 550, "5.7.1", REASON_REJECTED },
	{ "556 5.1.10 <b@example.test>: Recipient address rejected: Domain "
	    "example.test does not accept mail (nullMX)", 556, "5.1.10",
	    REASON_NOTACCEPT },
	{ "554 mx.example.test does not accept mail from dynamic address "
	    "space", 554, NULL, REASON_BLOCKED },
	{ "550 5.7.1 Recipient a@example.test does not accept mail from your "
	    "domain", 550, "5.7.1", REASON_REJECTED },
	/* Words of their own cause, over what the code says. */
	{ "553 5.7.1 relaying to <x@example.test> is not allowed from here",
	    553, "5.7.1", REASON_NORELAYING },
	/* An account that no longer takes mail, in Spanish and English. */
	{ "550 5.7.1 <a@example.test>: Recipient address rejected: Esta "
	    "cuenta ya no recibe correo externo", 550, "5.7.1",
	    REASON_SUSPEND },
	{ "550 5.7.1 This account no longer receives mail", 550, "5.7.1",
	    REASON_SUSPEND },
	/* A client that spoke before its turn (Exim). */
	{ "554 SMTP synchronization error", 554, NULL, REASON_SYNTAXERROR },
	/* An attachment refused, a group for inside senders, an address
	 * that opted out, a system that takes no mail for now, links
	 * listed on a URI blocklist. */
	{ "550 5.7.1 Attachment blocked: .iso files are not permitted", 550,
	    "5.7.1", REASON_POLICYVIOLATION },
	{ "550 5.7.1 Delivery to this group is restricted to senders inside "
	    "the company", 550, "5.7.1", REASON_FILTERED },
	{ "554 5.7.1 recipient opted out of mail from this sender", 554,
	    "5.7.1", REASON_SUPPRESSED },
	{ "451 4.3.2 Try later: this system is not accepting mail now", 451,
	    "4.3.2", REASON_SYSTEMERROR },
	{ "554 5.7.1 Message rejected: it links to a domain on our URI "
	    "blocklist", 554, "5.7.1", REASON_SPAMDETECTED },
	{ "554 5.7.1 a link hits multi.uribl.example", 554, "5.7.1",
	    REASON_SPAMDETECTED },
	/* A reputation said in a sentence; a sender's domain that does
	 * not resolve; a list that takes no mail from outside. */
	{ "421 4.7.0 Mail from this IP is deferred: its reputation is very "
	    "low", 421, "4.7.0", REASON_BADREPUTATION },
	{ "451 Deferred: the MAIL FROM domain b.example does not resolve",
	    451, NULL, REASON_REJECTED },
	{ "550 5.7.1 <all@b.example>: Recipient address rejected: internal "
	    "list, mail from outside is not accepted", 550, "5.7.1",
	    REASON_FILTERED },
	{ "553 5.7.1 sorry, relaying refused here", 553, "5.7.1",
	    REASON_NORELAYING },
	/* PHPMailer's "Mailer Error:" says how, the words after it why;
	 * Sendmail's unknown mailer error is the mailer's own. */
	{ "Mailer Error: SMTP Error: data not accepted. 554 5.7.1 Message "
	    "rejected: sender domain failed DKIM verification", 554, "5.7.1",
	    REASON_AUTHFAILURE },
	{ "554 5.3.0 unknown mailer error 75", 554, "5.3.0",
	    REASON_MAILERERROR },
	/* Plain notices' words: an unregistered domain, a host without an
	 * address, a timeout, a failed lookup, a new address, a suspended
	 * account, a server that passes on no mail for other domains. */
	{ "550 b.example is not a registered domain name", 550, NULL,
	    REASON_HOSTUNKNOWN },
	{ "550 mail goes to mx.b.example, but that host cannot be found",
	    550, NULL, REASON_HOSTUNKNOWN },
	{ "451 the connection times out before anything answers", 451, NULL,
	    REASON_NETWORKERROR },
	{ "451 the mail server's name could not be looked up", 451, NULL,
	    REASON_NETWORKERROR },
	{ "550 she has asked us to pass on her new address", 550, NULL,
	    REASON_HASMOVED },
	{ "550 its provider has suspended it", 550, NULL, REASON_SUSPEND },
	{ "554 5.7.1 this server does not pass on mail for other domains", 554,
	    "5.7.1", REASON_NORELAYING },
	/* A DNS block list, a submission quota, a tenant's block policy. */
	{ "550 mx.b.example 192.0.2.1 found on one or more DNSBLs", 550, NULL,
	    REASON_BLOCKED },
	{ "554 5.2.2 the sender's submission quota was exceeded", 554, "5.2.2",
	    REASON_SPEEDING },
	{ "550 5.7.703 blocked by your organization using the tenant "
	    "recipient block policy", 550, "5.7.703", REASON_POLICYVIOLATION },
	/* amavis's banned file, its failed virus scan, a mailbox lock that
	 * timed out, a message with MIME defects, a message count quota. */
	{ "554 5.7.0 Reject, id=1-2 - BANNED: a.pdf.exe", 554, "5.7.0",
	    REASON_POLICYVIOLATION },
	{ "451 4.5.0 Error in processing, virus_scan FAILED: clamd: no socket",
	    451, "4.5.0", REASON_SYSTEMERROR },
	{ "451 4.3.0 Error: mdbox map lock timed out after 30 seconds", 451,
	    "4.3.0", REASON_SYSTEMERROR },
	{ "501 Message has defects", 501, NULL, REASON_NOTCOMPLIANTRFC },
	{ "450 4.7.1 Policy rejection; message count quota exceeded", 450,
	    "4.7.1", REASON_SPEEDING },
	/* A HELO name not fully qualified, a sender the login may not use,
	 * relaying through a host. */
	{ "504 5.5.2 <kiosk>: Helo command rejected: hostname is not fully "
	    "qualified", 504, "5.5.2", REASON_SYNTAXERROR },
	{ "550 5.7.1 Sender <a@b.example> not allowed for authenticated user "
	    "c@d.example", 550, "5.7.1", REASON_REJECTED },
	{ "550 5.7.1 relay through mx.b.example is not allowed for 192.0.2.10",
	    550, "5.7.1", REASON_NORELAYING },
	/* Exim's router and transport names are no words of the reply. */
	{ "** a@b.example R=dkim_lookuphost T=dkim_remote_smtp H=mx.b.example: "
	    "SMTP error from remote mail server after RCPT TO:<a@b.example>: "
	    "550 5.1.1 <a@b.example>: no such person", 550, "5.1.1",
	    REASON_USERUNKNOWN },
	{ "== a@b.example R=spam_route T=virus_smtp defer (-45): 421 4.7.0 "
	    "our users complained about mail from this address", 421, "4.7.0",
	    REASON_BADREPUTATION },
	{ "x T=remote: 550 5.7.1 DKIM signature did not verify", 550, "5.7.1",
	    REASON_AUTHFAILURE },
	/* A transport rule's refusal, data loss prevention, amavis's bad
	 * header, a delivery program that failed, connections already open,
	 * a size over what a phone takes (Japanese). */
	{ "550 5.7.1 TRANSPORT.RULES.RejectMessage; the rule refused it", 550,
	    "5.7.1", REASON_POLICYVIOLATION },
	{ "550 5.7.1 Blocked by the outbound DLP policy", 550, "5.7.1",
	    REASON_POLICYVIOLATION },
	{ "554 5.6.0 Reject, id=1-2 - BAD_HEADER: Message-ID occurs twice",
	    554, "5.6.0", REASON_NOTCOMPLIANTRFC },
	{ "550 the delivery program of this account exited 100", 550, NULL,
	    REASON_MAILERERROR },
	{ "421 4.7.0 Refused: 192.0.2.1 already has 10 connections open",
	    421, "4.7.0", REASON_TOOMANYCONN },
	{ "552 \xe5\x8f\x97\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3\x82\x8b"
	    "\xe3\x82\xb5\xe3\x82\xa4\xe3\x82\xba\xe3\x82\x92\xe8\xb6\x85\xe3\x81\x88"
	    "\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b", 552, NULL, REASON_MESGTOOBIG },
	{ "421 4.7.66 This server no longer accepts TLS 1.0 or 1.1 clients",
	    421, NULL, REASON_FAILEDSTARTTLS },
	{ "450 4.2.1 Recipient is getting mail faster than it can take",
	    450, "4.2.1", REASON_SPEEDING },
	{ "550 5.2.1 mailbox locked by administrator",
	    550, "5.2.1", REASON_SUSPEND },
	{ "450 4.2.1 mailbox is locked", 450, "4.2.1", REASON_SYSTEMERROR },
	{ "Unable to chdir to maildir. (#4.2.1)", 0, "4.2.1",
	    REASON_SYSTEMERROR },
	{ "421 4.7.0 too many open sessions from this client",
	    421, "4.7.0", REASON_TOOMANYCONN },
	{ "550 5.7.1 it@example.org takes mail only from domains on its "
	    "allow list", 550, "5.7.1", REASON_FILTERED },
	{ "550 5.7.1 all-staff@example.com is restricted to internal "
	    "senders", 550, "5.7.1", REASON_FILTERED },
	{ "550 5.7.1 <board@example.com>... Only members may write to this "
	    "address", 550, "5.7.1", REASON_FILTERED },
	{ "550 5.7.1 <news@example.test>... Mail from this sender refused by "
	    "site policy", 550, "5.7.1", REASON_REJECTED },
	{ "451 4.7.1 Sender temporarily deferred: reputation of 192.0.2.30 "
	    "too low", 451, "4.7.1", REASON_BADREPUTATION },
	{ "550 5.7.1 <a@example.org>: the recipient has chosen not to accept "
	    "mail from this sender", 550, "5.7.1", REASON_FILTERED },
	{ "Dana only receives email from friends", 0, NULL, REASON_FILTERED },
	{ "Post office FINANCE01 is full: no disk space left for new messages",
	    0, NULL, REASON_SYSTEMFULL },
	/* The sender's code keeps words of an unknown address the sender's. */
	{ "553 5.1.8 Sender address domain example.test does not "
	    "exist", 553, "5.1.8", REASON_REJECTED },
	{ "553 5.1.1 Recipient domain example.test does not exist",
	    553, "5.1.1", REASON_HOSTUNKNOWN },
	/* Content refused says how; spam after it says why. */
	{ "554 5.7.1 Content rejected: body matched a spam "
	    "signature", 554, "5.7.1", REASON_SPAMDETECTED },
	{ "554 5.6.0 Content rejected",
	    554, "5.6.0", REASON_CONTENTERROR },
	/* Complaints about a sender are its reputation; a complaint, ARF's. */
	{ "421 4.7.0 [TSS09] Deferred due to user complaints",
	    421, "4.7.0", REASON_BADREPUTATION },
	{ "complaint received from a recipient",
	    0, NULL, REASON_FEEDBACK },
	/* A connection that could not be made is the network's. */
	{ "421 Unable to connect to the remote host",
	    421, NULL, REASON_NETWORKERROR },
	{ "441 4.4.7 Error encountered while communicating with "
	    "primary target IP address: Failed to connect",
	    441, "4.4.7", REASON_NETWORKERROR },
	/* A command's output says how a delivery failed; its words, why. */
	{ "temporary failure. Command output: save failed to "
	    "INBOX: Quota exceeded", 0, "4.3.0", REASON_MAILBOXFULL },
	{ "Command output: cannot exec /usr/bin/x",
	    0, "4.3.0", REASON_MAILERERROR },
	{ "550 5.7.1 message refused by the recipient's own filter "
	    "rules", 550, "5.7.1", REASON_FILTERED },
	{ "550 5.7.1 Message rejected: a link in it points to a "
	    "phishing site", 550, "5.7.1", REASON_SPAMDETECTED },
	{ "450 4.7.1 <a@b.example>: Recipient address rejected: "
	    "sender went over 200 messages per hour",
	    450, "4.7.1", REASON_SPEEDING },
};

/* Vague codes give way to text; specific codes stand against vague text. */
static void
test_precedence(void)
{
	struct verdict	 v;
	size_t		 k;

	/* A specific phrase over a specific but different code. */
	CHECK(reason_of("550 5.1.1 <u@example.org>... mailbox full", 550,
	    "5.1.1") == REASON_MAILBOXFULL);
	CHECK(reason_of("550 5.7.1 Service unavailable; client host "
	    "[192.0.2.1] blocked using zen.spamhaus.org", 550, "5.7.1") ==
	    REASON_BLOCKED);
	CHECK(reason_of("554 5.7.1 Message rejected because of its DMARC "
	    "policy", 554, "5.7.1") == REASON_AUTHFAILURE);
	CHECK(reason_of("421 example.org Too many connections, try again "
	    "later", 421, NULL) == REASON_TOOMANYCONN);
	CHECK(reason_of("451 4.4.7 Message expired", 451, "4.4.7") ==
	    REASON_EXPIRED);
	/* Vague codes, and reply codes alone, follow the text. */
	CHECK(reason_of("550 5.0.0 Mailbox quota exceeded", 550, "5.0.0") ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 5.7.0 Message looks like spam", 550, "5.7.0") ==
	    REASON_SPAMDETECTED);
	CHECK(reason_of("451 4.3.0 Temporary failure: disk full", 451,
	    "4.3.0") == REASON_SYSTEMFULL);
	CHECK(reason_of("501 5.5.4 Invalid recipient", 501, "5.5.4") ==
	    REASON_USERUNKNOWN);
	CHECK(reason_of("552 Message size exceeds the limit", 552, NULL) ==
	    REASON_MESGTOOBIG);
	CHECK(reason_of("550 Relay access denied", 550, NULL) ==
	    REASON_NORELAYING);
	/*
	 * A sending service's suppression stands over the code it gives
	 * and over the words of the history behind it.
	 */
	CHECK(reason_of("5.1.1 The service suppressed this address: it "
	    "bounced before as an invalid address", 0, "5.1.1") ==
	    REASON_SUPPRESSED);
	CHECK(reason_of("550 5.1.1 invalid address, suppressed later", 550,
	    "5.1.1") == REASON_USERUNKNOWN);
	/* Weak words decide a vague code only. */
	CHECK(reason_of("550 5.7.1 Access denied", 550, "5.7.1") ==
	    REASON_BLOCKED);
	CHECK(reason_of("550 5.0.0 Refused by local policy", 550, "5.0.0") ==
	    REASON_POLICYVIOLATION);
	/* Exchange's unknown DNS domain, a full disk, a failed certificate. */
	CHECK(reason_of("550 5.4.310 DNS domain b.example does not exist",
	    550, "5.4.310") == REASON_HOSTUNKNOWN);
	CHECK(reason_of("452 4.4.5 Insufficient disk space", 452, "4.4.5") ==
	    REASON_SYSTEMFULL);
	CHECK(reason_of("450 4.7.320 Certificate validation failed", 450,
	    "4.7.320") == REASON_FAILEDSTARTTLS);
	/* A pipe's command, a header too long, Sendmail giving up. */
	CHECK(reason_of("451 4.3.0 temporary failure. Command output: "
	    "ticket: could not connect", 451, "4.3.0") == REASON_MAILERERROR);
	CHECK(reason_of("550 5.6.0 Header line too long (RFC 5322 limit is "
	    "998 characters)", 550, "5.6.0") == REASON_NOTCOMPLIANTRFC);
	CHECK(reason_of("Deferred: Connection timed out with mx.b.example.; "
	    "Cannot send message for 5 days", 0, "4.4.7") == REASON_EXPIRED);
	CHECK(reason_of("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
	    "a@b.example not found by SMTP address lookup", 550, "5.1.10") ==
	    REASON_USERUNKNOWN);
	/* A busy or locked mailbox is held for now, not disabled. */
	CHECK(reason_of("450 4.2.1 Mailbox temporarily locked, try again "
	    "later", 450, "4.2.1") == REASON_SYSTEMERROR);
	CHECK(reason_of("450 4.2.0 <a@b.example>... Mailbox busy", 450,
	    "4.2.0") == REASON_SYSTEMERROR);
	CHECK(reason_of("550 5.2.1 Mailbox disabled", 550, "5.2.1") ==
	    REASON_SUSPEND);
	/* STARTTLS offered and not there (RFC 3207's 454); a service's
	 * list of addresses it no longer sends to; a sender it does not
	 * know. */
	CHECK(reason_of("454 4.7.0 TLS not available due to temporary "
	    "reason", 454, "4.7.0") == REASON_FAILEDSTARTTLS);
	CHECK(reason_of("550 5.0.0 dropped: Bounced Address", 550, "5.0.0") ==
	    REASON_SUPPRESSED);
	CHECK(reason_of("550 5.0.0 dropped: Spam Reporting Address", 550,
	    "5.0.0") == REASON_SUPPRESSED);
	CHECK(reason_of("554 Message rejected: Email address is not verified.",
	    554, NULL) == REASON_REJECTED);
	CHECK(reason_of("554 5.7.1 Message rejected due to content "
	    "restrictions", 554, "5.7.1") == REASON_POLICYVIOLATION);
	/* A mailbox over its limit, whatever the reply code says. */
	CHECK(reason_of("452 Mailbox over storage limit", 452, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("552 storage limit exceeded for this account", 552,
	    NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of("552 5.7.0 Our system detected an illegal attachment "
	    "on your message", 552, "5.7.0") == REASON_POLICYVIOLATION);
	CHECK(reason_of("554 blocked attachment type", 554, NULL) ==
	    REASON_POLICYVIOLATION);
	/* A mailbox's size limit is no message's; a sender's quota no box's. */
	CHECK(reason_of("422 Mailbox size limit reached", 422, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("552 5.2.3 Your message exceeded the message size "
	    "limits", 552, "5.2.3") == REASON_MESGTOOBIG);
	CHECK(reason_of("550 5.4.5 Daily user sending quota exceeded", 550,
	    "5.4.5") == REASON_SPEEDING);
	CHECK(reason_of("450 4.2.1 The user is receiving mail at a rate that "
	    "prevents more messages", 450, "4.2.1") == REASON_SPEEDING);
	CHECK(reason_of("450 4.2.1 The recipient is receiving mail at too "
	    "high a rate", 450, "4.2.1") == REASON_SPEEDING);
	CHECK(reason_of("452 4.7.1 <a@b.example>: Sender address rejected: "
	    "Outbound quota of 500 recipients per day used up", 452,
	    "4.7.1") == REASON_SPEEDING);
	CHECK(reason_of("450 4.2.1 This mailbox is receiving mail faster "
	    "than it can accept it", 450, "4.2.1") == REASON_SPEEDING);
	CHECK(reason_of("550 5.7.1 <a@b.example>: Recipient address rejected: "
	    "this address accepts mail from internal senders only", 550,
	    "5.7.1") == REASON_FILTERED);
	/*
	 * Postfix writes "Recipient address rejected" before the cause of
	 * any refusal at RCPT: a policy's, an access table's.  It does not
	 * say the address is unknown (RFC 3463's X.7.1: not authorized).
	 * "Access denied" after it is what Postfix says when the access
	 * table of the recipient's side refuses that address: a filter of
	 * the recipient's, not a block of the sending host.
	 */
	CHECK(reason_of("554 5.7.1 <a@b.example>: Recipient address rejected: "
	    "Access denied", 554, "5.7.1") == REASON_FILTERED);
	CHECK(reason_of("554 5.7.1 <a@b.example>: Client host rejected: "
	    "Access denied", 554, "5.7.1") == REASON_BLOCKED);
	/* Exchange Online's directory-based edge blocking stays unknown. */
	CHECK(reason_of("550 5.4.1 <a@b.example>: Recipient address rejected: "
	    "Access denied", 550, "5.4.1") == REASON_USERUNKNOWN);
	/*
	 * RFC 5321's words for a bare failure name no cause: a vague code
	 * does not give one either.  Words that do, after them, decide.
	 */
	CHECK(reason_of("554 Transaction failed", 554, NULL) ==
	    REASON_UNDEFINED);
	CHECK(reason_of("550 Message not accepted", 550, NULL) ==
	    REASON_UNDEFINED);
	CHECK(reason_of("550 message not delivered", 550, NULL) ==
	    REASON_UNDEFINED);
	CHECK(reason_of("554 5.0.0 Transaction failed", 554, "5.0.0") ==
	    REASON_UNDEFINED);
	CHECK(reason_of("554-Transaction failed 554-Refused because of policy "
	    "restrictions", 554, NULL) == REASON_POLICYVIOLATION);
	CHECK(reason_of("554 Transaction failed: mailbox full", 554, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("554 5.7.9 Message not accepted for policy reasons",
	    554, "5.7.9") == REASON_POLICYVIOLATION);
	CHECK(reason_of("550 5.1.1 Message not delivered: no such user", 550,
	    "5.1.1") == REASON_USERUNKNOWN);
	/*
	 * A message that waited past its time failed for that, whatever
	 * its last attempt met; an expiry does not outweigh other causes.
	 */
	CHECK(reason_of("Deferred: Connection timed out with mx.example.net. "
	    "Message could not be delivered for 5 days", 0, NULL) ==
	    REASON_EXPIRED);
	CHECK(reason_of("451 4.3.0 Temporary system problem; retry timeout "
	    "exceeded", 451, "4.3.0") == REASON_EXPIRED);
	CHECK(reason_of("Deferred: Connection timed out with mx.example.net.",
	    0, NULL) == REASON_NETWORKERROR);
	CHECK(reason_of("550 5.1.1 User unknown; message could not be "
	    "delivered for 5 days", 550, "5.1.1") == REASON_USERUNKNOWN);
	/* A rule of the recipient's, a refusal said by how, then why. */
	CHECK(reason_of("550 5.7.1 Delivery not authorized: the recipient has "
	    "set a rule that refuses mail from this sender", 550, "5.7.1") ==
	    REASON_FILTERED);
	CHECK(reason_of("550 5.7.1 Message refused by the recipient's rules",
	    550, "5.7.1") == REASON_FILTERED);
	CHECK(reason_of("421 4.7.0 Connection refused by policy: IP "
	    "192.0.2.5 has a poor sender reputation", 421, "4.7.0") ==
	    REASON_BADREPUTATION);
	CHECK(reason_of("421 4.7.0 Connection refused by policy", 421,
	    "4.7.0") == REASON_BLOCKED);
	CHECK(reason_of("554 5.6.0 Message rejected: duplicate Message-ID "
	    "header field", 554, "5.6.0") == REASON_NOTCOMPLIANTRFC);
	/*
	 * A cause said in general words, then plainly, stands against
	 * another named after it: Sendmail's check_mail ruleset, then the
	 * sender's domain on a list.  Said in general words alone, it
	 * yields.
	 */
	CHECK(reason_of("ruleset=check_mail, reject=553 5.7.1 <b@p.example>... "
	    "sender domain on local block list", 553, "5.7.1") ==
	    REASON_REJECTED);
	CHECK(reason_of("550 5.7.1 sender domain is on our block list", 550,
	    "5.7.1") == REASON_REJECTED);
	CHECK(reason_of("ruleset=check_mail, reject=553 5.7.1 <b@p.example>... "
	    "listed at a block list", 553, "5.7.1") == REASON_BLOCKED);
	/* Older systems' words. */
	CHECK(reason_of("user account not found on this mail system", 0,
	    NULL) == REASON_USERUNKNOWN);
	CHECK(reason_of("no person or group a@b.example in the Domino "
	    "Directory", 0, NULL) == REASON_USERUNKNOWN);
	CHECK(reason_of("553 sorry, b.example is not a domain I take mail "
	    "for, and you may not relay (#5.7.1)", 553, "5.7.1") ==
	    REASON_NORELAYING);
	CHECK(reason_of("This account has been switched off and does not "
	    "take mail.", 0, NULL) == REASON_SUSPEND);
	CHECK(reason_of("The mailbox of this recipient has been disabled by "
	    "the administrator", 0, NULL) == REASON_SUSPEND);
	/* Words of other languages: Hungarian, Serbian, Slovenian,
	 * Indonesian, Korean, Hindi, Persian. */
	CHECK(reason_of("A lev\xc3\xa9l t\xc3\xbal nagy: a m\xc3\xa9rete megh"
	    "aladja",
	    0, NULL) == REASON_MESGTOOBIG);
	CHECK(reason_of("Po\xc5\xa1tansko sandu\xc4\x8d"
	    "e primaoca je prepunjeno",
	    0, NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of("po\xc5\xa1tni predal prejemnika je poln",
	    0, NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of("Pesan sudah tertahan di antrean selama 4 hari",
	    0, NULL) == REASON_EXPIRED);
	CHECK(reason_of("\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c"
	    "\xec\x9d\x98 \xea\xb3\x84\xec\xa0\x95\xec\x9d\xb4 "
	    "\xec\xa1\xb4\xec\x9e\xac\xed\x95\x98\xec\xa7\x80 "
	    "\xec\x95\x8a\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
	    0, NULL) == REASON_USERUNKNOWN);
	CHECK(reason_of("\xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0"
	    "\xa4\xb0 \xe0\xa4\xaa\xe0\xa4\xb0 \xe0\xa4\x87\xe0"
	    "\xa4\xb8 \xe0\xa4\xaa\xe0\xa4\xa4\xe0\xa5\x87 \xe0"
	    "\xa4\x95\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x8b\xe0"
	    "\xa4\x88 \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\xb2\xe0"
	    "\xa4\xac\xe0\xa5\x89\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4"
	    "\xb8 \xe0\xa4\xae\xe0\xa5\x8c\xe0\xa4\x9c\xe0\xa5"
	    "\x82\xe0\xa4\xa6 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5"
	    "\x80\xe0\xa4\x82 \xe0\xa4\xb9\xe0\xa5\x88",
	    0, NULL) == REASON_USERUNKNOWN);
	CHECK(reason_of("\xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1 \xd8\xaf\xd8\xb1 "
	    "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xb1\xd8\xb3 \xd9\x86"
	    "\xdb\x8c\xd8\xb3\xd8\xaa",
	    0, NULL) == REASON_NETWORKERROR);
	/* Weak: a firm code of another cause stands. */
	CHECK(reason_of("550 5.1.1 The address has been disabled", 550,
	    "5.1.1") == REASON_USERUNKNOWN);
	CHECK(reason_of("\xe6\x8c\x87\xe5\xae\x9a\xe3\x81\x95\xe3\x82\x8c"
	    "\xe3\x81\x9f\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xe3\x82\xa2"
	    "\xe3\x83\x89\xe3\x83\xac\xe3\x82\xb9\xe3\x81\xaf\xe5\xad\x98"
	    "\xe5\x9c\xa8\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93",
	    0, NULL) == REASON_USERUNKNOWN);
	CHECK(reason_of("450 4.7.1 <a@b.example>: Recipient address rejected: "
	    "try later", 450, "4.7.1") != REASON_USERUNKNOWN);
	CHECK(reason_of("550 5.7.0 <a@b.example>... Mail from this sender is "
	    "refused by local policy", 550, "5.7.0") == REASON_REJECTED);
	CHECK(reason_of("552 sorry, this mailbox has used up its disk "
	    "allowance", 552, NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of("452 4.2.2 mailbox is over its size limit", 452,
	    "4.2.2") == REASON_MAILBOXFULL);
	CHECK(reason_of("554 5.7.1 this server does not relay for your "
	    "address", 554, "5.7.1") == REASON_NORELAYING);
	CHECK(reason_of("No mail server for this recipient's domain could be "
	    "found", 0, NULL) == REASON_HOSTUNKNOWN);
	CHECK(reason_of("DNS Error: Domain name not found", 0, NULL) ==
	    REASON_HOSTUNKNOWN);
	/* A no-break space (U+00A0) or a closing quote ends a word. */
	CHECK(reason_of("554 Error\xc2\xa0mailbox full", 554, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("554 Error\xe2\x80\x99mailbox full", 554, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("554 Error\xc2\xa1mailbox full", 554, NULL) ==
	    REASON_BLOCKED);
	/* 354 asks for the message: no words make it a failure's. */
	CHECK(reason_of("354 go ahead, mailbox full", 354, NULL) ==
	    REASON_UNDEFINED);
	/* A phrase's last bytes count, all of them: one letter differs. */
	CHECK(reason_of("554 Absenderauthentifizieruna fehlgeschlagen", 554,
	    NULL) == REASON_BLOCKED);
	CHECK(reason_of("554 Absenderauthentifizierung fehlgeschlagen", 554,
	    NULL) == REASON_AUTHFAILURE);
	test_long_domain();
	CHECK(reason_of("554 5.7.1 Service unavailable; client [192.0.2.8] is "
	    "listed on bl.example.org", 554, "5.7.1") == REASON_BLOCKED);
	CHECK(reason_of("This address has been retired", 0, NULL) ==
	    REASON_HASMOVED);
	CHECK(reason_of("The mail server has not answered for the last 12 "
	    "hours", 0, NULL) == REASON_NETWORKERROR);
	CHECK(reason_of("The account has used up its storage quota", 0,
	    NULL) == REASON_MAILBOXFULL);
	/* Not accepting mail from a sender is the recipient's filter. */
	CHECK(reason_of("they are not accepting mail from s@example.com",
	    0, NULL) == REASON_FILTERED);
	CHECK(reason_of("has set their mail controls", 0, NULL) ==
	    REASON_FILTERED);
	/* Sending as another address: that sender is refused. */
	CHECK(reason_of("550 5.7.1 Client does not have permissions to send "
	    "as this sender", 550, "5.7.1") == REASON_REJECTED);
	CHECK(reason_of("550 5.7.1 the recipient has chosen to reject your "
	    "messages", 550, "5.7.1") == REASON_FILTERED);
	/* Exim's words for an ACL that denies without saying why. */
	CHECK(reason_of("rejected RCPT <b@example.net>: 550 Administrative "
	    "prohibition", 550, NULL) == REASON_POLICYVIOLATION);
	/* vpopmail's removed account; hMailServer's domain without MX. */
	CHECK(reason_of("This address no longer accepts mail.", 0, NULL) ==
	    REASON_USERUNKNOWN);
	CHECK(reason_of("No mail servers appear to exists for the "
	    "recipients address.", 0, NULL) == REASON_HOSTUNKNOWN);
	/* A bare verb says not whose address was refused. */
	CHECK(reason_of("550 5.0.0 Message refused", 550, "5.0.0") !=
	    REASON_REJECTED);
	CHECK(reason_of("550 5.0.0 Sender address rejected", 550, "5.0.0") ==
	    REASON_REJECTED);
	CHECK(reason_of("550 5.1.1 Message refused", 550, "5.1.1") ==
	    REASON_USERUNKNOWN);
	CHECK(reason_of("552 5.2.2 Try again later", 552, "5.2.2") ==
	    REASON_MAILBOXFULL);
	/* A plea to retry is no cause against an enhanced code of refused
	 * mail (Postfix's text for a milter's tempfail), but it is one
	 * against a reply code alone or another vague enhanced code. */
	CHECK(reason_of("4.7.1 Try again later", 0, "4.7.1") ==
	    REASON_BLOCKED);
	CHECK(reason_of("451 4.7.1 Please try again later", 451, "4.7.1") ==
	    REASON_BLOCKED);
	CHECK(reason_of("451 Try again later", 451, NULL) ==
	    REASON_SYSTEMERROR);
	CHECK(reason_of("450 Try again later", 450, NULL) ==
	    REASON_SYSTEMERROR);
	CHECK(reason_of("421 4.7.0 Try again later", 421, "4.7.0") ==
	    REASON_SYSTEMERROR);
	CHECK(reason_of("451 4.7.1 Policy: try again later", 451, "4.7.1") ==
	    REASON_POLICYVIOLATION);
	/* A name that does not resolve is the sender's after the sender's
	 * code or words, the client's otherwise. */
	CHECK(reason_of("553 5.1.8 Sender address domain a.test does not "
	    "resolve", 553, "5.1.8") == REASON_REJECTED);
	CHECK(reason_of("450 Sender domain a.test does not resolve", 450,
	    NULL) == REASON_REJECTED);
	CHECK(reason_of("550 5.7.1 Client host name does not resolve", 550,
	    "5.7.1") == REASON_REQUIREPTR);
	/* ClamAV's names of downloaders and droppers */
	CHECK(reason_of("554 5.7.1 attachment carries Win.Downloader.Agent-7",
	    554, "5.7.1") == REASON_VIRUSDETECTED);
	CHECK(reason_of("554 5.7.1 found Doc.Dropper.Agent-1", 554, "5.7.1") ==
	    REASON_VIRUSDETECTED);
	CHECK(reason_of("552 5.7.0 an attachment of a type that can carry "
	    "harmful code was found", 552, "5.7.0") == REASON_VIRUSDETECTED);
	/* Sendmail's words for a name server's failure and a local mailer's */
	CHECK(reason_of("Deferred: Name server: b.example.: host name lookup "
	    "failure", 0, "4.0.0") == REASON_HOSTUNKNOWN);
	CHECK(reason_of("Deferred: local mailer (/usr/bin/x) exited with "
	    "EX_TEMPFAIL", 0, "4.0.0") == REASON_MAILERERROR);
	/* A strong phrase that agrees keeps a firm code, wherever it is. */
	judge("550 5.1.1 spam filter says: user unknown", 550, "5.1.1", NULL,
	    &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.from_text == 0);
	/* Otherwise the first phrase of the text decides. */
	CHECK(reason_of("550 virus found; sender rejected", 550, NULL) ==
	    REASON_VIRUSDETECTED);
	CHECK(reason_of("550 sender rejected; virus found", 550, NULL) ==
	    REASON_REJECTED);
	/*
	 * But words of policy say how mail was refused: a cause named
	 * after them decides, and they decide alone.
	 */
	CHECK(reason_of("550 5.7.1 Rejected by content filter: this message "
	    "was classified as spam", 550, "5.7.1") == REASON_SPAMDETECTED);
	CHECK(reason_of("554 refused for policy reasons; virus found", 554,
	    NULL) == REASON_VIRUSDETECTED);
	CHECK(reason_of("554 virus found; refused for policy reasons", 554,
	    NULL) == REASON_VIRUSDETECTED);
	CHECK(reason_of("550 5.7.1 Rejected by content filter", 550,
	    "5.7.1") == REASON_POLICYVIOLATION);
	/* Whose mail was refused is no cause either... */
	CHECK(reason_of("450 4.7.1 <a@b.example>: Sender address rejected: "
	    "Rate limit reached: 200 messages in 3600 seconds", 450,
	    "4.7.1") == REASON_SPEEDING);
	CHECK(reason_of("553 5.7.1 Sender address rejected: SPF validation "
	    "failed", 553, "5.7.1") == REASON_AUTHFAILURE);
	CHECK(reason_of("550 5.7.509 Access denied: sender domain "
	    "example.com did not pass DMARC", 550, "5.7.509") ==
	    REASON_AUTHFAILURE);
	CHECK(reason_of("554 5.7.1 Not accepting mail from 203.0.113.7: "
	    "poor reputation", 554, "5.7.1") == REASON_BADREPUTATION);
	CHECK(reason_of("554 example.net is not accepting mail", 554,
	    NULL) == REASON_NOTACCEPT);
	/* ...but an unknown address or domain after it is the sender's. */
	CHECK(reason_of("450 4.1.8 <a@b.example>: Sender address rejected: "
	    "Domain not found", 450, "4.1.8") == REASON_REJECTED);
	CHECK(reason_of("553 sender domain does not exist", 553, NULL) ==
	    REASON_REJECTED);
	CHECK(reason_of("550 Sender address rejected: User unknown in local "
	    "recipient table", 550, NULL) == REASON_REJECTED);
	for (k = 0; k < sizeof(precedence_cases) / sizeof(precedence_cases[0]);
	    k++)
		if (reason_of(precedence_cases[k].text,
		    precedence_cases[k].reply, precedence_cases[k].esc) !=
		    precedence_cases[k].want) {
			fprintf(stderr, "precedence: '%s'\n",
			    precedence_cases[k].text);
			CHECK(0);
		}
	/* A refused connection says how; a cause after it says why. */
	CHECK(reason_of("421 4.7.0 Connection refused: you are sending too "
	    "fast", 421, "4.7.0") == REASON_SPEEDING);
	CHECK(reason_of("421 4.7.0 connection refused: the sending address "
	    "has a low reputation here", 421, "4.7.0") ==
	    REASON_BADREPUTATION);
	CHECK(reason_of("connect to mx.example.net[192.0.2.1]:25: Connection "
	    "refused", 0, NULL) == REASON_NETWORKERROR);
	CHECK(reason_of("550 Rejected: 198.51.100.23 is listed by "
	    "bl.example.org", 550, NULL) == REASON_BLOCKED);
	CHECK(reason_of("550 5.7.708 Service unavailable. Access denied, "
	    "traffic not accepted from this IP", 550, "5.7.708") ==
	    REASON_BLOCKED);
	CHECK(reason_of("552 5.7.0 Attachments of type .iso are not "
	    "permitted", 552, "5.7.0") == REASON_POLICYVIOLATION);
	CHECK(reason_of("550 5.7.1 Message blocked by the administrator's "
	    "content compliance rule", 550, "5.7.1") ==
	    REASON_POLICYVIOLATION);
	/* HELO's name is no recipient's domain. */
	CHECK(reason_of("450 4.7.1 <h.test>: Helo command rejected: Host not "
	    "found", 450, "4.7.1") == REASON_BLOCKED);
	CHECK(reason_of("504 5.5.2 <h>: Helo command rejected: need "
	    "fully-qualified hostname", 504, "5.5.2") == REASON_SYNTAXERROR);
	/* Two general phrases: the first. */
	CHECK(reason_of("550 content filter: sender address rejected", 550,
	    NULL) == REASON_POLICYVIOLATION);
	CHECK(reason_of("550 policy violation: prohibited attachment", 550,
	    NULL) == REASON_POLICYVIOLATION);
	/* The longest phrase at one place. */
	CHECK(reason_of("451 Temporary failure in name resolution", 451,
	    NULL) == REASON_NETWORKERROR);
	CHECK(reason_of("451 temporary failure", 451, NULL) ==
	    REASON_SYSTEMERROR);
	/*
	 * A phrase inside a longer one found before it is that one's: the
	 * quota of submissions is no mailbox's, against 5.2.2; a phrase that
	 * only overlaps the one before still counts.
	 */
	CHECK(reason_of("550 5.2.2 Submission quota exceeded for today", 550,
	    "5.2.2") == REASON_SPEEDING);
	CHECK(reason_of("550 5.2.2 Mailbox quota exceeded", 550, "5.2.2") ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 5.2.2 submission quota; quota exceeded", 550,
	    "5.2.2") == REASON_MAILBOXFULL);
	/* Success is never overridden. */
	CHECK(reason_of("250 2.0.0 Ok: queued, virus scan passed", 250,
	    "2.0.0") == REASON_DELIVERED);
	CHECK(reason_of("354 End data with <CR><LF>.<CR><LF> (spam)", 354,
	    NULL) == REASON_UNDEFINED);
}

/* Case, accents, word boundaries, blanks; not inside addresses. */
static void
test_matching(void)
{
	CHECK(reason_of("550 MAILBOX FULL", 550, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 Boîte pleine", 550, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 BOÎTE PLEINE", 550, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 boite pleine", 550, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 Postfach voll", 550, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 Buzon lleno", 550, NULL) ==
	    REASON_MAILBOXFULL);
	CHECK(reason_of("550 Empfänger unbekannt", 550, NULL) ==
	    REASON_USERUNKNOWN);
	CHECK(reason_of("550 usuario desconocido", 550, NULL) ==
	    REASON_USERUNKNOWN);
	CHECK(reason_of("550 Utilisateur inconnu", 550, NULL) ==
	    REASON_USERUNKNOWN);
	/* U+2019 as an apostrophe, U+00A0 as a space. */
	CHECK(reason_of("550 The account doesn\xe2\x80\x99t exist", 550,
	    NULL) == REASON_USERUNKNOWN);
	CHECK(reason_of("550 mailbox\xc2\xa0" "full", 550, NULL) ==
	    REASON_MAILBOXFULL);
	/* A provider's case found by its marker: the text decided. */
	{
		struct verdict	 v;

		judge("550 5.1.1 The email account that you tried to reach "
		    "does not exist - gsmtp", 550, "5.1.1", NULL, &v);
		CHECK(v.pcase != NULL && v.from_text == 1);
		judge("550 5.1.1 no", 550, "5.1.1", "gmail", &v);
		CHECK(v.from_text == 0);
		/* A case without a marker: the codes decided, not the text. */
		judge("550 5.1.1 no", 550, "5.1.1", "microsoft365", &v);
		CHECK(v.pcase != NULL && v.reason == REASON_USERUNKNOWN &&
		    v.from_text == 0);
		/*
		 * A code the provider gave a meaning of its own, which one
		 * case alone has: the codes decide without the marker.
		 * Gmail's 550 5.7.27 is an SPF failure (the registry's is a
		 * null MX); not with another reply code.
		 */
		judge("550 5.7.27 see the help page", 550, "5.7.27", "gmail",
		    &v);
		CHECK(v.pcase != NULL && v.reason == REASON_AUTHFAILURE &&
		    v.from_text == 0 && v.pcase->detail_lo == 27 &&
		    strcmp(pcase_str(v.pcase->marker), "didn't pass SPF") == 0);
		judge("553 5.7.27 see the help page", 553, "5.7.27", "gmail",
		    &v);
		CHECK(v.pcase == NULL);
		judge("5.7.27 see the help page", 0, "5.7.27", "gmail", &v);
		CHECK(v.pcase != NULL && v.reason == REASON_AUTHFAILURE);
		/* Eight cases have 421 4.7.28: the words must choose. */
		judge("421 4.7.28 see the help page", 421, "4.7.28", "gmail",
		    &v);
		CHECK(v.pcase == NULL);
		/* One case has Gmail's 5.1.1, but the registry's meaning is
		 * the provider's: a detail below 10 needs the words. */
		judge("550 5.1.1 see the help page", 550, "5.1.1", "gmail", &v);
		CHECK(v.pcase == NULL);
		/* Microsoft's range 4.7.500-699, its ends and past them. */
		judge("451 4.7.500 Server busy", 451, "4.7.500", "microsoft365",
		    &v);
		CHECK(v.pcase != NULL && v.reason == REASON_SPEEDING &&
		    v.pcase->detail_hi == 699);
		judge("451 4.7.699 Server busy", 451, "4.7.699", "microsoft365",
		    &v);
		CHECK(v.pcase != NULL && v.reason == REASON_SPEEDING);
		judge("451 4.7.700 Server busy", 451, "4.7.700", "microsoft365",
		    &v);
		CHECK(v.pcase == NULL);
		judge("451 4.7.499 Server busy", 451, "4.7.499", "microsoft365",
		    &v);
		CHECK(v.pcase == NULL);
		/* No provider known, no case. */
		judge("550 5.7.27 see the help page", 550, "5.7.27", NULL, &v);
		CHECK(v.pcase == NULL);
	}
	/* Where the phrase alone decides: U+2019 as written, U+2018 no. */
	CHECK(reason_of("550 rejected by recipient's filter", 550, "5.7.1") ==
	    REASON_FILTERED);
	CHECK(reason_of("550 rejected by recipient\xe2\x80\x99s filter", 550,
	    "5.7.1") == REASON_FILTERED);
	CHECK(reason_of("550 rejected by recipient\xe2\x80\x98s filter", 550,
	    "5.7.1") != REASON_FILTERED);
	CHECK(reason_of("550 rejected by recipient\xe2\x81\x99s filter", 550,
	    "5.7.1") != REASON_FILTERED);
	CHECK(reason_of("550 rejected by recipient\xe3\x80\x99s filter", 550,
	    "5.7.1") != REASON_FILTERED);
	CHECK(reason_of("550 rejected by recipient\xe2\x80", 550, "5.7.1") !=
	    REASON_FILTERED);
	/* Blanks, '-' and '_' between words. */
	CHECK(reason_of("552 over-quota", 552, NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of("552 over_quota", 552, NULL) == REASON_MAILBOXFULL);
	CHECK(reason_of("552 over \t quota", 552, NULL) ==
	    REASON_MAILBOXFULL);
	/* Word boundaries. */
	CHECK(reason_of("554 listed by zen.spamhaus.org", 554, "5.7.1") ==
	    REASON_BLOCKED);
	CHECK(reason_of("554 Spamhaus", 554, "5.7.1") == REASON_BLOCKED);
	CHECK(reason_of("550 antispamhausen", 550, "5.7.1") ==
	    REASON_BLOCKED);	/* the code's own reason, not a phrase */
	CHECK(reason_of("550 antispamhausen", 550, "5.0.0") ==
	    REASON_UNDEFINED);
	CHECK(reason_of("550 5.0.0 spammer", 550, "5.0.0") ==
	    REASON_UNDEFINED);
	CHECK(reason_of("550 5.0.0 spam", 550, "5.0.0") ==
	    REASON_SPAMDETECTED);
	CHECK(reason_of("550 5.0.0 viruses", 550, "5.0.0") ==
	    REASON_UNDEFINED);
	/* A final '*' lets the word go on. */
	CHECK(reason_of("450 4.0.0 greylisted for 300 s", 450, "4.0.0") ==
	    REASON_BLOCKED);
	CHECK(reason_of("450 4.0.0 Greylisting in action", 450, "4.0.0") ==
	    REASON_BLOCKED);
	/* Words of an address are not phrases. */
	CHECK(reason_of("550 5.0.0 <spam@example.org> said no", 550,
	    "5.0.0") == REASON_UNDEFINED);
	CHECK(reason_of("550 5.0.0 <bob@virus.example> said no", 550,
	    "5.0.0") == REASON_UNDEFINED);
}

/* The phrase p in a sentence, each of its spaces replaced by run. */
static void
spaced(const char *p, const char *run, char *text, size_t size)
{
	size_t	 n;

	n = (size_t)snprintf(text, size, "The server said: ");
	for (; *p != '\0' && n + strlen(run) + 1 < size; p++)
		if (*p == ' ') {
			memcpy(text + n, run, strlen(run));
			n += strlen(run);
		} else
			text[n++] = *p;
	snprintf(text + n, size - n, " (see the manual).");
}

/* The same, with only the spaces from byte from of p replaced. */
static void
spaced_after(const char *p, size_t from, const char *run, char *text,
    size_t size)
{
	size_t	 n, k;

	n = (size_t)snprintf(text, size, "The server said: ");
	for (k = 0; p[k] != '\0' && n + strlen(run) + 1 < size; k++)
		if (p[k] == ' ' && k >= from) {
			memcpy(text + n, run, strlen(run));
			n += strlen(run);
		} else
			text[n++] = p[k];
	snprintf(text + n, size - n, " (see the manual).");
}

/* Every phrase of data/phrases.txt decides its reason in a sentence. */
static void
test_phrases(void)
{
	FILE		*fp;
	char		 buf[1024], text[1200], up[1200], *f[3];
	size_t		 k, len, n = 0;
	enum reason	 want;
	int		 prefix;

	if ((fp = fopen("data/phrases.txt", "r")) == NULL) {
		CHECK(!"data/phrases.txt opens");
		return;
	}
	while (next_row(fp, buf, sizeof(buf), f, 3) == 3) {
		want = named(f[0]);
		len = strlen(f[2]);
		prefix = len > 0 && f[2][len - 1] == '*';
		if (prefix)
			f[2][--len] = '\0';
		snprintf(text, sizeof(text), "The server said: %s (see the "
		    "manual).", f[2]);
		CHECK(reason_of(text, 0, NULL) == want);
		CHECK(reason_of(text, 550, NULL) == want);
		if (reason_of(text, 0, NULL) != want)
			fprintf(stderr, "  '%s': %s, not %s\n", text,
			    reason_name(reason_of(text, 0, NULL)), f[0]);
		/* Upper case. */
		for (k = 0; text[k] != '\0'; k++)
			up[k] = text[k] >= 'a' && text[k] <= 'z' ?
			    (char)(text[k] - 'a' + 'A') : text[k];
		up[k] = '\0';
		CHECK(reason_of(up, 0, NULL) == want);
		/* Each space a run of blanks, a no-break space among them. */
		if (strchr(f[2], ' ') != NULL) {
			spaced(f[2], " \t-_ ", text, sizeof(text));
			CHECK(reason_of(text, 0, NULL) == want);
			spaced(f[2], "-\xc2\xa0 ", text, sizeof(text));
			CHECK(reason_of(text, 0, NULL) == want);
			if (reason_of(text, 0, NULL) != want)
				fprintf(stderr, "  '%s'\n", text);
			/* A no-break space only past the first eight bytes. */
			spaced_after(f[2], 8, "\xc2\xa0", text, sizeof(text));
			CHECK(reason_of(text, 0, NULL) == want);
			if (reason_of(text, 0, NULL) != want)
				fprintf(stderr, "  '%s'\n", text);
		}
		/* Glued to a word, a word is no phrase. */
		if (strspn(f[2], "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == len) {
			snprintf(text, sizeof(text), "xq%s", f[2]);
			CHECK(reason_of(text, 0, NULL) == REASON_UNDEFINED);
			snprintf(text, sizeof(text), "%sxq", f[2]);
			CHECK(reason_of(text, 0, NULL) == REASON_UNDEFINED ||
			    prefix);
			if (reason_of(text, 0, NULL) != REASON_UNDEFINED &&
			    !prefix)
				fprintf(stderr, "  '%s'\n", text);
			/* A word of an address is no phrase either. */
			snprintf(text, sizeof(text), "mail to x@%s failed",
			    f[2]);
			CHECK(reason_of(text, 0, NULL) == REASON_UNDEFINED);
			snprintf(text, sizeof(text), "mail to %s@x failed",
			    f[2]);
			CHECK(reason_of(text, 0, NULL) == REASON_UNDEFINED ||
			    prefix);
		}
		n++;
	}
	fclose(fp);
	CHECK(n >= 250);
}

/*
 * Each reason comes from some code or some phrase, but vacation, which
 * only an auto-reply gives (test_bounce reads one).
 */
static void
test_reachable(void)
{
	int	 i;

	for (i = 0; i < REASON_MAX; i++) {
		if (i == REASON_VACATION)
			continue;
		CHECK(reached[i]);
		if (!reached[i])
			fprintf(stderr, "  %s is never reached\n",
			    reason_name((enum reason)i));
	}
}

/* Bad input: empty, NUL, invalid UTF-8, long, cut sequences. */
static void
test_bad_input(void)
{
	static const char	 nul[] = "550 mailbox\0 full user unknown";
	static const char	 bad[] = "550 \xff\xfe quota exceeded \xc3";
	struct basic		 b;
	struct verdict		 v;
	char			*big;
	size_t			 n = 100 * 1024, i;

	basic_set(&b, 550);
	verdict_text("", 0, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.from_text == 0);
	verdict_text(NULL, 0, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN);
	verdict_text(nul, sizeof(nul) - 1, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.from_text == 1);
	/* The NUL is no blank: "mailbox\0 full" is not "mailbox full". */
	verdict_text(nul, 12, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN && v.from_text == 0);
	verdict_text(bad, sizeof(bad) - 1, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_MAILBOXFULL);
	verdict_text("\xc3", 1, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN);
	verdict_text("\xe2\x80", 2, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN);
	CHECK(provider_of_text("\xc3", 1) == NULL);
	CHECK(provider_of_text("", 0) == NULL);
	CHECK(provider_of_text(NULL, 0) == NULL);

	if ((big = malloc(n + 1)) == NULL)
		abort();
	for (i = 0; i < n; i++)
		big[i] = "ab\xc3 x\xe2@-"[i % 9];
	big[n] = '\0';
	memcpy(big + 100, " mailbox full ", 14);
	verdict_text(big, n, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_MAILBOXFULL);
	CHECK(provider_of_text(big, n) == NULL);
	/* Past the first 64 KiB, text is not read. */
	memcpy(big + 100, "xxxxxxxxxxxxxx", 14);
	memcpy(big + n - 20, " virus found ", 13);
	verdict_text(big, n, &b, NULL, NULL, &v);
	CHECK(v.reason == REASON_USERUNKNOWN);
	/* The same for the markers of providers' cases: Gmail's 550 5.1.1
	 * "does not exist" within the first 64 KiB, then just past them. */
	{
		const struct pcase	*out[8];
		struct enhanced		 e;
		size_t			 k, found;
		int			 seen;

		enhanced_set(&e, 5, 1, 1);
		memset(big, 'x', n);
		memcpy(big + 100, " does not exist ", 16);
		found = provider_match("gmail", &b, &e, big, n, out, 8);
		for (k = seen = 0; k < found; k++)
			seen |= strcmp(pcase_str(out[k]->marker), "does not exist") == 0;
		CHECK(seen);
		memset(big + 100, 'x', 16);
		/* The last "t" one byte past the 64 KiB, then on the last. */
		memcpy(big + 65536 - 14, " does not exist ", 16);
		found = provider_match("gmail", &b, &e, big, n, out, 8);
		for (k = seen = 0; k < found; k++)
			seen |= strcmp(pcase_str(out[k]->marker), "does not exist") == 0;
		CHECK(!seen);
		memcpy(big + 65536 - 15, " does not exist ", 16);
		found = provider_match("gmail", &b, &e, big, n, out, 8);
		for (k = seen = 0; k < found; k++)
			seen |= strcmp(pcase_str(out[k]->marker), "does not exist") == 0;
		CHECK(seen);
	}
	free(big);
}

/*
 * The text of a reply is read within its n bytes: each text ends against
 * a page that cannot be read, in the middle of a word, a phrase, a host
 * name, a multibyte character.
 */
static void
test_reads_bounded(void)
{
	static const char *const texts[] = {
		"mailbox full", "user unknown", "550 5.1.1 no such user",
		"gsmtp", "mx1.hotmail.com", "mx1.hotmail.com.", "a@hotmail.com",
		"x.gmail-smtp-in.l.google.com", "quota exceeded", "spam",
		"bo\xc3\xaete pleine", "\xc2\xa0", "\xe2\x80\xaf", "\xc3",
		"x", "", "AS(", "RESOLVER.", "support.google.com/mail/?p=",
		"mailbox\xc2\xa0\x66ull", "user -_\xc2\xa0unknown",
	};
	struct basic		 b;
	struct enhanced		 e;
	struct verdict		 v;
	const struct pcase	*out[64];
	const char		*t;
	size_t			 i, n, cut;

	basic_set(&b, 550);
	enhanced_set(&e, 5, 1, 1);
	for (i = 0; i < NELEM(texts); i++)
		for (cut = 0, n = strlen(texts[i]); cut <= n; cut++) {
			t = fenced(texts[i], n - cut);
			(void)provider_of_text(t, n - cut);
			verdict_text(t, n - cut, &b, &e, NULL, &v);
			verdict_text(t, n - cut, NULL, &e, "gmail", &v);
			(void)provider_match(NULL, &b, &e, t, n - cut, out,
			    NELEM(out));
			CHECK(1);
		}
}

/* Parse "550", "5.7.509" or "5.7.606-649" from providers.txt. */
static void
row_codes(const char *reply, const char *esc, int *r, int *c, int *s,
    int *lo, int *hi)
{
	*r = *reply != '\0' ? atoi(reply) : 0;
	*c = *s = *lo = *hi = 0;
	if (*esc != '\0' && sscanf(esc, "%d.%d.%d-%d", c, s, lo, hi) < 4)
		*hi = *lo;
}

static int
listed(const struct pcase *const *list, size_t n, const char *provider,
    int reply, const char *marker)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(pcase_str(list[i]->provider), provider) == 0 &&
		    list[i]->reply == reply &&
		    strcmp(pcase_str(list[i]->marker), marker) == 0)
			return 1;
	return 0;
}

/* "xxx" of a marker stands for a number in replies: "(AS843)". */
static void
number_for_xxx(char *text)
{
	char	*x;

	if ((x = strstr(text, "xxx")) != NULL)
		memcpy(x, "843", 3);
}

/* Every row of data/providers.txt, its markers and ranges. */
static void
test_provider_cases(void)
{
	FILE			*fp;
	const struct pcase	*out[512];
	struct basic		 b;
	struct enhanced		 e;
	struct verdict		 v;
	char			 buf[4096], text[1024], *f[11];
	size_t			 n, rows = 0;
	int			 r, c, s, lo, hi;

	if ((fp = fopen("data/providers.txt", "r")) == NULL) {
		CHECK(!"data/providers.txt opens");
		return;
	}
	while (next_row(fp, buf, sizeof(buf), f, 11) == 11) {
		rows++;
		row_codes(f[1], f[2], &r, &c, &s, &lo, &hi);
		basic_set(&b, r);
		enhanced_set(&e, c, s, lo);
		snprintf(text, sizeof(text), "%d %d.%d.%d the reply says %s",
		    r, c, s, lo, f[3]);
		number_for_xxx(text);
		n = provider_match(f[0], r ? &b : NULL, c ? &e : NULL,
		    text, strlen(text), out, NELEM(out));
		CHECK(listed(out, n, f[0], r, f[3]));
		/* Without text, markers do not count. */
		n = provider_match(f[0], r ? &b : NULL, c ? &e : NULL,
		    NULL, 0, out, NELEM(out));
		CHECK(listed(out, n, f[0], r, f[3]));
		/* Any provider. */
		n = provider_match(NULL, r ? &b : NULL, c ? &e : NULL,
		    text, strlen(text), out, NELEM(out));
		CHECK(listed(out, n, f[0], r, f[3]));
		/* The verdict takes a case of this provider. */
		if (r == 0 && c == 0)
			basic_set(&b, 550);	/* any code will do */
		verdict_text(text, strlen(text), r || !c ? &b : NULL,
		    c ? &e : NULL, f[0], &v);
		CHECK(v.pcase != NULL && v.reason == v.pcase->reason &&
		    v.retry == v.pcase->retry &&
		    strcmp(pcase_str(v.pcase->provider), f[0]) == 0);
		if (v.pcase != NULL && strcmp(pcase_str(v.pcase->marker), f[3]) == 0)
			CHECK(v.reason == named(f[4]) &&
			    v.retry == (strcmp(f[5], "yes") == 0));
		/* Upper case marker. */
		if (*f[3] != '\0') {
			char	*p;

			for (p = text; *p != '\0'; p++)
				if (*p >= 'a' && *p <= 'z')
					*p = (char)(*p - 'a' + 'A');
			n = provider_match(f[0], r ? &b : NULL,
			    c ? &e : NULL, text, strlen(text), out,
			    NELEM(out));
			CHECK(listed(out, n, f[0], r, f[3]));
			/* Without the marker, not this case. */
			snprintf(text, sizeof(text), "%d %d.%d.%d nothing",
			    r, c, s, lo);
			n = provider_match(f[0], r ? &b : NULL,
			    c ? &e : NULL, text, strlen(text), out,
			    NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
		}
		/* Ranges: both ends in, one past them out. */
		if (c != 0 && hi > lo) {
			enhanced_set(&e, c, s, hi);
			n = provider_match(f[0], NULL, &e, NULL, 0, out,
			    NELEM(out));
			CHECK(listed(out, n, f[0], r, f[3]));
			enhanced_set(&e, c, s, (lo + hi) / 2);
			n = provider_match(f[0], NULL, &e, NULL, 0, out,
			    NELEM(out));
			CHECK(listed(out, n, f[0], r, f[3]));
			enhanced_set(&e, c, s, hi + 1);
			n = provider_match(f[0], NULL, &e, NULL, 0, out,
			    NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
			enhanced_set(&e, c, s, lo - 1);
			n = provider_match(f[0], NULL, &e, NULL, 0, out,
			    NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
			enhanced_set(&e, c == 5 ? 4 : 5, s, lo);
			n = provider_match(f[0], NULL, &e, NULL, 0, out,
			    NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
		}
		/* Without a marker, a text must come with every code the
		 * case names; without text one code in common is enough. */
		if (*f[3] == '\0' && r != 0 && c != 0) {
			enhanced_set(&e, c, s, lo);
			n = provider_match(f[0], NULL, &e, text, strlen(text),
			    out, NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
			n = provider_match(f[0], &b, NULL, text, strlen(text),
			    out, NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
			n = provider_match(f[0], NULL, &e, NULL, 0, out,
			    NELEM(out));
			CHECK(listed(out, n, f[0], r, f[3]));
			n = provider_match(f[0], &b, NULL, NULL, 0, out,
			    NELEM(out));
			CHECK(listed(out, n, f[0], r, f[3]));
		}
		/* A code the case does not name is nothing in common. */
		enhanced_set(&e, 5, 9, 99);
		n = provider_match(f[0], NULL, &e, NULL, 0, out, NELEM(out));
		CHECK(!listed(out, n, f[0], r, f[3]));
		if (r == 0 && c == 0) {
			/* Known by its marker only: a code is not enough. */
			basic_set(&b, 550);
			n = provider_match(f[0], &b, NULL, NULL, 0, out,
			    NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
		}
		/* Another reply code does not match. */
		if (r != 0) {
			basic_set(&b, r == 599 ? 598 : r + 1);
			n = provider_match(f[0], &b, c ? &e : NULL, NULL, 0,
			    out, NELEM(out));
			CHECK(!listed(out, n, f[0], r, f[3]));
		}
	}
	fclose(fp);
	CHECK(rows == npcases && rows > 0);
	CHECK(provider_match("nosuchprovider", NULL, NULL, NULL, 0, out,
	    NELEM(out)) == 0);
	/* No room: nothing stored. */
	CHECK(provider_match(NULL, NULL, NULL, NULL, 0, out, 0) == 0);
	/* No code and no text: every case of the provider. */
	CHECK(provider_match(NULL, NULL, NULL, NULL, 0, out, NELEM(out)) ==
	    (npcases < NELEM(out) ? npcases : NELEM(out)));
}

/* Every row of data/provider-hosts.txt points to its provider. */
static void
test_provider_hosts(void)
{
	FILE		*fp;
	char		 buf[1024], text[1024], *f[5];
	const char	*id;
	size_t		 rows = 0;

	if ((fp = fopen("data/provider-hosts.txt", "r")) == NULL) {
		CHECK(!"data/provider-hosts.txt opens");
		return;
	}
	while (next_row(fp, buf, sizeof(buf), f, 5) == 5) {
		rows++;
		CHECK(provider_name(f[0]) != NULL &&
		    strcmp(provider_name(f[0]), f[1]) == 0);
		CHECK(provider_label(f[0], LANG_FR) != NULL &&
		    strcmp(provider_label(f[0], LANG_FR), f[2]) == 0);
		if (strcmp(f[3], "rhost") == 0)
			snprintf(text, sizeof(text), "relay=%s[192.0.2.1]:25, "
			    "status=bounced", f[4]);
		else if (strcmp(f[3], "rhost-suffix") == 0)
			snprintf(text, sizeof(text), "host mx7%s[192.0.2.1] "
			    "said: 550 no", f[4]);
		else if (strcmp(f[3], "recipient-domain") == 0)
			snprintf(text, sizeof(text), "to=<someone@%s>, "
			    "status=bounced", f[4]);
		else
			snprintf(text, sizeof(text), "550 5.0.0 no (%s%s)",
			    f[4][0] == '.' ? "mta5" : "", f[4]);
		id = provider_of_text(text, strlen(text));
		CHECK(id != NULL && strcmp(id, f[0]) == 0);
		if (id == NULL || strcmp(id, f[0]) != 0)
			fprintf(stderr, "  '%s': %s\n", text,
			    id ? id : "(none)");
		/* Upper case. */
		if (strcmp(f[3], "recipient-domain") == 0) {
			snprintf(text, sizeof(text), "to=<SOMEONE@%s>", f[4]);
			CHECK((id = provider_of_text(text, strlen(text))) !=
			    NULL && strcmp(id, f[0]) == 0);
			/* A longer domain is another one. */
			snprintf(text, sizeof(text), "to=<someone@%sx>", f[4]);
			CHECK(provider_of_text(text, strlen(text)) == NULL);
			snprintf(text, sizeof(text), "to=<someone@x%s>", f[4]);
			CHECK(provider_of_text(text, strlen(text)) == NULL);
		}
		if (strcmp(f[3], "rhost") == 0) {
			snprintf(text, sizeof(text), "relay=%s-x.example[1]",
			    f[4]);
			CHECK(provider_of_text(text, strlen(text)) == NULL);
		}
	}
	fclose(fp);
	CHECK(rows > 0);
	CHECK(provider_name("nosuchprovider") == NULL);
	CHECK(provider_name(NULL) == NULL);
	CHECK(provider_of_text("550 5.1.1 no such user", 22) == NULL);
}

/* Known providers, from the reference's signatures. */
static void
test_providers_known(void)
{
	const char	*id;
	const char	*t1 = "550-5.1.1 ... https://support.google.com/mail/"
	    "?p=NoSuchUser 2adb3069b0e04-1234 - gsmtp";
	const char	*t2 = "550 5.1.1 ... notgsmtp";

	id = provider_of_text(t1, strlen(t1));
	CHECK(id != NULL && strcmp(id, "gmail") == 0);
	CHECK(provider_of_text(t2, strlen(t2)) == NULL);
	CHECK(provider_name("gmail") != NULL);
}

/*
 * The edges of a host name, as data/provider-hosts.txt defines its
 * kinds: an rhost is the whole name of the host, one final dot allowed;
 * a suffix ends it; a recipient domain follows '@'; words of a reply are
 * whole words.
 */
static void
test_host_edges(void)
{
	static const struct {
		const char	*text;
		const char	*want;
	} t[] = {
		{ "mx1.hotmail.com", "outlookcom" },
		{ "[mx1.hotmail.com]", "outlookcom" },
		{ "relay=mx1.hotmail.com.[1]", "outlookcom" },
		{ "mx1.hotmail.com.", "outlookcom" },
		{ "xmx1.hotmail.com", NULL },
		{ "1mx1.hotmail.com", NULL },
		{ "0mx1.hotmail.com", NULL },
		{ "9mx1.hotmail.com", NULL },
		{ "amx1.hotmail.com", NULL },
		{ "zmx1.hotmail.com", NULL },
		{ "mx1.hotmail.com0", NULL },
		{ "mx1.hotmail.com9", NULL },
		{ "mx1.hotmail.coma", NULL },
		{ "mx1.hotmail.comz", NULL },
		{ "/mx1.hotmail.com:", "outlookcom" },
		{ "`mx1.hotmail.com{", "outlookcom" },
		{ "-mx1.hotmail.com", NULL },
		{ "a.mx1.hotmail.com", NULL },
		{ "relay=a.mx1.hotmail.com[1]", NULL },
		{ "mx1.hotmail.comx", NULL },
		{ "mx1.hotmail.com-x", NULL },
		{ "mx1.hotmail.com.x", NULL },
		{ "mx1.hotmail.com.1", NULL },
		{ "MX1.HOTMAIL.COM", "outlookcom" },
		{ "x.gmail-smtp-in.l.google.com", "gmail" },
		{ "xgmail-smtp-in.l.google.com", NULL },
		{ "gmail-smtp-in.l.google.com.", "gmail" },
		{ "mta7.am0.yahoodns.net", "yahoo" },
		{ "mta7.am0.yahoodns.netx", NULL },
		{ "to=<a@hotmail.com>", "outlookcom" },
		{ "a@hotmail.com.", "outlookcom" },
		{ "a@hotmail.com.x", NULL },
		{ "a hotmail.com", NULL },
		{ "- gsmtp", "gmail" },
		{ "gsmtp.", "gmail" },
		{ "(gsmtp)", "gmail" },
		{ "gsmtpx", NULL },
		{ "xgsmtp", NULL },
		/*
		 * Host names say more than words of the reply, which say
		 * more than the recipient's domain; among equals the first.
		 */
		{ "550 5.7.1 gsmtp from mx1.hotmail.com", "outlookcom" },
		{ "mx1.hotmail.com said 550 5.7.1 gsmtp", "outlookcom" },
		{ "to=<a@yahoo.com> 550 5.7.1 gsmtp", "gmail" },
		{ "550 5.7.1 gsmtp to=<a@yahoo.com>", "gmail" },
		{ "to=<a@yahoo.com> relay=mx1.hotmail.com[1]", "outlookcom" },
		{ "to=<a@yahoo.com> to=<b@icloud.com>", "yahoo" },
		{ "mx1.hotmail.com mta7.am0.yahoodns.net", "outlookcom" },
		{ "mta7.am0.yahoodns.net mx1.hotmail.com", "yahoo" },
		{ "gsmtp AS(201806281) x", "gmail" },
		/*
		 * A suffix at a dot, its first letter written as a Latin-1
		 * letter that folds to it, or a digit that is none.
		 */
		{ "relay=x-y.\xc3\xb6lc.protection.outlook.com", "outlookcom" },
		{ "relay=x-y.0lc.protection.outlook.com", NULL },
	};
	const char	*id;
	size_t		 i;

	for (i = 0; i < NELEM(t); i++) {
		id = provider_of_text(t[i].text, strlen(t[i].text));
		if (id == t[i].want || (id != NULL && t[i].want != NULL &&
		    strcmp(id, t[i].want) == 0)) {
			CHECK(1);
			continue;
		}
		fprintf(stderr, "host edges: '%s': %s, want %s\n", t[i].text,
		    id ? id : "(none)", t[i].want ? t[i].want : "(none)");
		CHECK(0);
	}
}

static void
test_titles(void)
{
	size_t	 i;
	int	 v;

	/* RFC 5321 4.2.3 and RFC 7504. */
	CHECK(strcmp(reply_title(550, LANG_EN), "Mailbox unavailable") == 0);
	CHECK(strcmp(reply_title(550, LANG_FR),
	    "Boîte aux lettres indisponible") == 0);
	CHECK(strcmp(reply_title(556, LANG_EN),
	    "Domain does not accept mail") == 0);
	CHECK(strcmp(reply_title(503, LANG_EN),
	    "Bad sequence of commands") == 0);
	/* Every code of the table has its own title. */
	for (i = 0; i < nreplies; i++) {
		v = replies[i].value;
		CHECK(reply_title(v, LANG_EN) != reply_title(
		    v >= 200 ? v / 10 * 10 + 9 : 999, LANG_EN) ||
		    v == 559);
		CHECK(valid_utf8(reply_title(v, LANG_FR)));
	}
	/* Others: the class and the second digit. */
	CHECK(strcmp(reply_title(559, LANG_EN), reply_title(557, LANG_EN))
	    == 0);
	CHECK(strcmp(reply_title(429, LANG_EN), "Temporary failure "
	    "(connection)") == 0);
	CHECK(strcmp(reply_title(429, LANG_FR), "Échec temporaire "
	    "(connexion)") == 0);
	for (v = -1000; v < 1000; v++) {
		CHECK(reply_title(v, LANG_EN) != NULL &&
		    *reply_title(v, LANG_EN) != '\0');
		CHECK(reply_title(v, LANG_FR) != NULL &&
		    *reply_title(v, LANG_FR) != '\0');
	}
	CHECK(strcmp(reply_title(599, LANG_EN), reply_title(600, LANG_EN))
	    == 0);
	CHECK(strcmp(reply_title(169, LANG_EN), reply_title(600, LANG_EN))
	    == 0);
	/* A second digit past 5 is no category of RFC 5321 4.2.1. */
	CHECK(strcmp(reply_title(266, LANG_EN), reply_title(600, LANG_EN))
	    == 0);
	CHECK(strcmp(reply_title(496, LANG_FR), reply_title(600, LANG_FR))
	    == 0);
	CHECK(strcmp(reply_title(259, LANG_EN), reply_title(600, LANG_EN))
	    != 0);
}

static void
test_keywords(void)
{
	/* What users type, and the codes they expect. */
	CHECK(keywords_match(KIND_BASIC, 552, 0, 0, "quota"));
	/* RFC 5321: 452, insufficient system storage; a word after a space. */
	CHECK(keywords_match(KIND_BASIC, 452, 0, 0, "quota"));
	CHECK(keywords_match(KIND_BASIC, 452, 0, 0, "storage"));
	/* Keywords of enhanced codes alone: X.7.8's credentials, X.4.1's
	 * and X.4.2's timeout (a host that does not answer). */
	CHECK(keywords_match(KIND_ENHANCED, 5, 7, 8, "credentials"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 23, "spf"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 4, 1, "timeout"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 4, 2, "timeout"));
	/* A keyword of a reply code alone: 432, a password to change. */
	CHECK(keywords_match(KIND_BASIC, 432, 0, 0, "password"));
	CHECK(!keywords_match(KIND_BASIC, 450, 0, 0, "password"));
	/* A word after a hyphen: "time-out", a keyword of expired mail. */
	CHECK(keywords_match(KIND_ENHANCED, 4, 4, 7, "out"));
	CHECK(keywords_match(KIND_ENHANCED, 5, 2, 2, "quota"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 2, 2, "full"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 2, 2, "pleine"));
	CHECK(!keywords_match(KIND_ENHANCED, 0, 1, 1, "quota"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 20, "dkim"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 26, "dmarc"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 25, "ptr"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 25, "reverse dns"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 25, "dns inverse"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 4, 7, "timeout"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 4, 7, "time-out"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 10, "tls"));
	CHECK(keywords_match(KIND_BASIC, 530, 0, 0, "starttls"));
	CHECK(keywords_match(KIND_BASIC, 535, 0, 0, "password"));
	CHECK(keywords_match(KIND_BASIC, 535, 0, 0, "mot de passe"));
	CHECK(keywords_match(KIND_BASIC, 450, 0, 0, "greylisting"));
	CHECK(keywords_match(KIND_BASIC, 450, 0, 0, "greylist"));
	CHECK(keywords_match(KIND_BASIC, 554, 0, 0, "rbl"));
	CHECK(keywords_match(KIND_BASIC, 554, 0, 0, "blacklist"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 1, "relay"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 3, 4, "size"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 7, 28, "rate"));
	CHECK(keywords_match(KIND_BASIC, 550, 0, 0, "spam"));
	/* Several words, in any order. */
	CHECK(keywords_match(KIND_ENHANCED, 0, 1, 1, "user unknown"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 1, 1, "unknown user"));
	CHECK(keywords_match(KIND_ENHANCED, 0, 1, 1, " unknown  user "));
	CHECK(!keywords_match(KIND_ENHANCED, 0, 1, 1, "unknown quota"));
	CHECK(!keywords_match(KIND_ENHANCED, 0, 1, 1, ""));
	CHECK(!keywords_match(KIND_ENHANCED, 0, 1, 1, "   "));
	/* Accents: the needle is folded first, as fold_text does. */
	CHECK(keywords_match(KIND_ENHANCED, 0, 2, 2, "boite pleine"));
	/* The start of a word, not its middle. */
	CHECK(!keywords_match(KIND_ENHANCED, 0, 2, 2, "uota"));
	CHECK(!keywords_match(KIND_BASIC, 250, 0, 0, "quota"));
	CHECK(!keywords_match(KIND_BASIC, 552, 0, 0,
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    ));
}

/* judge() for other codes of the text judged last, not read again. */
static enum reason
again_of(const char *text, size_t n, int reply, const char *provider,
    const struct pcase **pcase)
{
	struct basic	 b;
	struct verdict	 v;

	basic_set(&b, reply);
	verdict_text_again(text, n, &b, NULL, provider, &v);
	if (pcase != NULL)
		*pcase = v.pcase;
	return v.reason;
}

/*
 * verdict_text_again() reads the words of a text only if it is not the
 * one read last: at another address, of another length, or read without
 * looking for a provider.
 */
static void
test_text_again(void)
{
	char			 line[] = "said: 450 mailbox full";
	char			 other[] = "said: 450 user unknown";
	const char		*gsmtp = "550 5.1.1 The email account that "
	    "you tried to reach does not exist - gsmtp";
	const struct pcase	*pc;
	unsigned long		 before;

	CHECK(reason_of(line, 450, NULL) == named("mailboxfull"));
	before = reason_plain_compares();
	CHECK(again_of(line, strlen(line), 550, NULL, NULL) ==
	    named("mailboxfull"));
	/* The words were not read again: nothing was compared. */
	CHECK(reason_plain_compares() == before);
	/* Written over at the same address: the caller must not say again. */
	memcpy(line, other, sizeof(line));
	CHECK(again_of(line, strlen(line), 450, NULL, NULL) ==
	    named("mailboxfull"));
	CHECK(reason_of(line, 450, NULL) == named("userunknown"));
	/* Another address, or a shorter text: read. */
	memcpy(line, "said: 450 mailbox full", sizeof(line));
	CHECK(again_of(other, strlen(other), 450, NULL, NULL) ==
	    named("userunknown"));
	CHECK(again_of(line, strlen(line), 450, NULL, NULL) ==
	    named("mailboxfull"));
	CHECK(again_of(line, 13, 450, NULL, NULL) != named("mailboxfull"));
	/* Read for a given provider, then for any: read for one. */
	CHECK(again_of(gsmtp, strlen(gsmtp), 550, "gmail", &pc) ==
	    again_of(gsmtp, strlen(gsmtp), 550, NULL, NULL));
	(void)again_of(gsmtp, strlen(gsmtp), 550, "gmail", &pc);
	CHECK(pc != NULL);
	(void)again_of(gsmtp, strlen(gsmtp), 550, NULL, &pc);
	CHECK(pc != NULL && strcmp(pcase_str(pc->provider), "gmail") == 0);
}

/*
 * verdict_text() reads its text each time: the same buffer written over
 * with other words, or cut shorter, is read again.
 */
static void
test_read_again(void)
{
	char	 line[] = "450 mailbox full";

	CHECK(reason_of(line, 450, NULL) == named("mailboxfull"));
	CHECK(reason_of(line, 450, NULL) == named("mailboxfull"));
	memcpy(line, "450 user unknown", sizeof(line));
	CHECK(reason_of(line, 450, NULL) == named("userunknown"));
	line[8] = '\0';
	CHECK(reason_of(line, 450, NULL) != named("userunknown"));
	CHECK(reason_of(line, 450, NULL) == reason_of(NULL, 450, NULL));
	/* A no-break space ends the text: the phrase before it ends. */
	CHECK(reason_of("450 mailbox full\xc2\xa0", 450, NULL) ==
	    named("mailboxfull"));
	/* Plain ASCII is compared eight bytes at once, and answers alike. */
	{
		const char	*plain = "450 4.2.2 the mailbox is full for "
		    "now, please try again later, we will keep trying";
		unsigned long	 before = reason_plain_compares();

		CHECK(reason_of(plain, 450, "4.2.2") == named("mailboxfull"));
		if (words_level() > WORDS_SIMD_NONE)
			CHECK(reason_plain_compares() > before);
	}
	/* Read for a given provider, then for any: read again for one. */
	{
		const char	*gsmtp = "550 5.1.1 The email account that you "
		    "tried to reach does not exist - gsmtp";
		struct verdict	 v;

		judge("550 5.1.1 nothing here", 550, "5.1.1", NULL, &v);
		CHECK(v.pcase == NULL);
		judge(gsmtp, 550, "5.1.1", "gmail", &v);
		CHECK(v.pcase != NULL);
		judge(gsmtp, 550, "5.1.1", NULL, &v);
		CHECK(v.pcase != NULL &&
		    strcmp(pcase_str(v.pcase->provider), "gmail") == 0);
	}
}

/*
 * A host's name ends with a provider's suffix at a dot: found at every
 * width of the word masks, as at the widest.
 */
static void
test_suffix_levels(void)
{
	static const char	 text[] = "host mx7.mail.protection.outlook.com"
	    "[192.0.2.1] said: 550 no";
	const char		*id;
	int			 level, best = words_level();

	for (level = WORDS_SIMD_NONE; level <= best; level++) {
		CHECK(words_simd(level) == level);
		id = provider_of_text(text, sizeof(text) - 1);
		CHECK(id != NULL && strcmp(id, "microsoft365") == 0);
	}
	CHECK(words_simd(best) == best);
}

int
main(void)
{
	test_names();
	test_codes();
	test_bounce();
	test_precedence();
	test_matching();
	test_phrases();
	test_bad_input();
	test_reads_bounded();
	test_provider_cases();
	test_provider_hosts();
	test_providers_known();
	test_host_edges();
	test_titles();
	test_keywords();
	test_read_again();
	test_suffix_levels();
	test_text_again();
	test_reachable();
	return unit_done("test_reason");
}

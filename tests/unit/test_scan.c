/* Unit tests of the log scanner: what it finds, what it must not find. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"
#include "summary.h"
#include "unit.h"

/* The codes found in s, as "550 5.1.1@12" words joined by spaces. */
static const char *
found(const char *s)
{
	static char		 buf[1024];
	struct scan_result	 r;
	size_t			 i, n = 0;

	r.n = 0;
	scan_line(s, strlen(s), 0, &r);
	buf[0] = '\0';
	for (i = 0; i < r.n && n < sizeof(buf) - 32; i++) {
		const struct scan_code *c = &r.codes[i];

		if (c->kind == KIND_BASIC)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%d@%zu",
			    i ? " " : "", c->value, c->offset);
		else
			n += (size_t)snprintf(buf + n, sizeof(buf) - n,
			    "%s%d.%d.%d@%zu", i ? " " : "", c->class, c->subject,
			    c->detail, c->offset);
	}
	return buf;
}

#define FINDS(line, want)	CHECK(strcmp(found(line), (want)) == 0)

/* Run scan_fd over input in the given mode; return what it wrote. */
static char *
run(const char *in, size_t n, enum scan_mode mode, uint64_t *lines)
{
	static char		 out[1 << 19];
	struct out		 o;
	struct scan_ctx		 ctx;
	struct summary		*sum = summary_new(BY_PAIR);
	FILE			*fp;
	int			 p[2];

	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	memset(out, 0, sizeof(out));
	if (sum == NULL || pipe(p) == -1 ||
	    (fp = fmemopen(out, sizeof(out) - 1, "w")) == NULL)
		abort();
	o.fp = fp;
	ctx.out = &o;
	ctx.mode = mode;
	ctx.classes = CLASS_ANY;
	ctx.kinds = KIND_ALL;
	ctx.sum = sum;
	o.json = mode == SCAN_JSON;
	if (fork() == 0) {
		close(p[0]);
		while (n > 0) {
			ssize_t w = write(p[1], in, n < 4096 ? n : 4096);
			if (w <= 0)
				_exit(1);
			in += w;
			n -= (size_t)w;
		}
		_exit(0);
	}
	close(p[1]);
	CHECK(scan_fd(&ctx, p[0], NULL) == 0);
	close(p[0]);
	if (mode == SCAN_SUMMARY)
		scan_summary(&ctx);
	fclose(fp);
	if (lines != NULL)
		*lines = ctx.found;
	summary_free(sum);
	return out;
}

/*
 * Counts past 2^32 are kept and written whole on every architecture:
 * 2^32 + 5 lines of 550, 2^33 of 5.1.1.
 */
static void
check_counters(void)
{
	static char		 out[1024];
	struct out		 o;
	struct scan_ctx		 ctx;
	struct scan_result	 r;
	struct finding		 f[SCAN_MAX];
	struct summary		*sum = summary_new(BY_CODE);
	FILE			*fp;
	size_t			 n;

	CHECK(sizeof(ctx.found) == 8);
	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	memset(out, 0, sizeof(out));
	if (sum == NULL || (fp = fmemopen(out, sizeof(out) - 1, "w")) == NULL)
		abort();
	r.n = 0;
	scan_line("said: 550 x", 11, 0, &r);
	n = finding_collect(&r, CLASS_ANY, KIND_ALL, f, SCAN_MAX);
	summary_lines(sum, f, n, ((uint64_t)1 << 32) + 5);
	r.n = 0;
	scan_line("dsn=5.1.1, x", 12, 0, &r);
	n = finding_collect(&r, CLASS_ANY, KIND_ALL, f, SCAN_MAX);
	summary_lines(sum, f, n, (uint64_t)1 << 33);
	o.fp = fp;
	ctx.out = &o;
	ctx.mode = SCAN_SUMMARY;
	ctx.sum = sum;
	scan_summary(&ctx);
	fclose(fp);
	CHECK(strncmp(out, "8589934592  5.1.1  ", 19) == 0);
	CHECK(strstr(out, "\n4294967301  550    ") != NULL);
	CHECK(strstr(out, "\ntotal: 12884901893 lines read, 12884901893 with "
	    "codes\n") != NULL);
	memset(out, 0, sizeof(out));
	if ((fp = fmemopen(out, sizeof(out) - 1, "w")) == NULL)
		abort();
	o.fp = fp;
	o.json = 1;
	scan_summary(&ctx);
	fclose(fp);
	CHECK(strstr(out, "\"count\":8589934592") != NULL);
	CHECK(strstr(out, "\"count\":4294967301") != NULL);
	summary_free(sum);
}

/* What o writes for one code of f, cached (finding_json_code) or not. */
static void
code_json(struct out *o, const struct scan_code *c, const struct finding *f,
    int cached, char *buf, size_t size)
{
	FILE		*real = o->fp;
	struct outbuf	 b;
	char		 rec[64];

	memset(buf, 0, size);
	if ((o->fp = fmemopen(buf, size - 1, "w")) == NULL)
		abort();
	if (cached) {
		/* Smaller than a piece: written as it fills. */
		b.fp = o->fp;
		b.mem = rec;
		b.size = sizeof(rec);
		b.len = 0;
		finding_json_code(o, &b, c, f);
		outbuf_flush(&b);
	} else {
		/* The finding holds its codes; what the table says is added. */
		struct finding	 g = *f;

		finding_rows(&g);
		if (c->kind == KIND_BASIC)
			json_basic_fields(o, &g.basic);
		else
			json_enhanced_fields(o, &g.enh);
		finding_json(o, &g.v);
	}
	fclose(o->fp);
	o->fp = real;
}

/* The notes and JSON fields of one line, kept or made, compared. */
static void
check_piece_line(struct out *o, const char *line)
{
	struct scan_result	 r;
	struct finding		 f[SCAN_MAX], g;
	char			 a[1024], b[1024], ja[8192], jb[8192];
	size_t			 i, n, na, nb;

	r.n = 0;
	scan_line(line, strlen(line), 0, &r);
	n = finding_collect(&r, CLASS_ANY, KIND_ALL, f, SCAN_MAX);
	CHECK(n > 0);
	finding_judge_all(f, n, line, strlen(line), JUDGE_TEXT);
	for (i = 0; i < n; i++) {
		/* The note needs the table's rows; the kept one finds them. */
		g = f[i];
		finding_rows(&g);
		na = finding_codes(o, &g, a, sizeof(a) - 8);
		a[na++] = ' ';
		a[na++] = ' ';
		na += finding_explain(o, &g, a + na, sizeof(a) - 5 - na);
		nb = finding_note(o, &f[i], b, sizeof(b) - 5);
		CHECK(na == nb && memcmp(a, b, na) == 0);
		if (f[i].bc != NULL) {
			code_json(o, f[i].bc, &f[i], 0, ja, sizeof(ja));
			code_json(o, f[i].bc, &f[i], 1, jb, sizeof(jb));
			CHECK(ja[0] != '\0' && strcmp(ja, jb) == 0);
		}
		if (f[i].ec != NULL) {
			code_json(o, f[i].ec, &f[i], 0, ja, sizeof(ja));
			code_json(o, f[i].ec, &f[i], 1, jb, sizeof(jb));
			CHECK(ja[0] != '\0' && strcmp(ja, jb) == 0);
		}
	}
}

/*
 * Notes and JSON fields are the same whether made afresh or kept from
 * an earlier line: the same codes with words that change the verdict,
 * a provider's case, both languages, colour or not, and more distinct
 * codes than are kept, each seen twice.
 */
static void
check_pieces(void)
{
	static const char *const lines[] = {
		"said: 552 5.2.2 Mailbox full, quota exceeded",
		"said: 552 5.2.2 Message size exceeds fixed maximum message size",
		"said: 550 5.7.1 Relaying denied",
		"said: 550 5.7.1 Message rejected as spam",
		("host gmail-smtp-in.l.google.com said: 550-5.2.1 The email "
		    "account that you tried to reach is inactive."),
		"said: 421 later; dsn=4.4.7",
		"<<< 250 2.0.0 Ok",
		"said: 550 5.1.1 User unknown",
		"said: 550 5.1.1 Mailbox full",
	};
	struct out	 o;
	char		 line[64];
	int		 pass, lang, color, s, d;
	size_t		 i;

	memset(&o, 0, sizeof(o));
	o.json = 1;
	for (pass = 0; pass < 2; pass++)
		for (lang = 0; lang < LANG_MAX; lang++)
			for (color = 0; color < 2; color++) {
				o.lang = (enum lang)lang;
				o.color = color;
				for (i = 0; i < sizeof(lines) / sizeof(lines[0]);
				    i++)
					check_piece_line(&o, lines[i]);
				for (s = 0; s < 8; s++)
					for (d = 0; d < 50; d++) {
						snprintf(line, sizeof(line),
						    "said: 5%02d 5.%d.%d x", d,
						    s, d);
						check_piece_line(&o, line);
					}
			}
}

/* Words and keys of a finding at their edges. */
static void
test_finding_edges(void)
{
	struct finding	 f;
	char		 buf[32];

	CHECK(strcmp(finding_bounce(BOUNCE_NONE, LANG_EN), "") == 0);
	CHECK(strcmp(finding_bounce(BOUNCE_SOFT, LANG_EN), "soft") == 0);
	CHECK(strcmp(finding_bounce(BOUNCE_HARD, LANG_FR),
	    "rebond d\xc3\xa9" "finitif") == 0);
	CHECK(strcmp(finding_bounce(BOUNCE_HARD + 1, LANG_EN), "") == 0);
	CHECK(strcmp(finding_bounce(BOUNCE_SOFT, LANG_MAX), "") == 0);
	/* No code at all: an empty key, even in a buffer of one byte. */
	memset(&f, 0, sizeof(f));
	memcpy(buf, "old", 4);
	CHECK(finding_key(&f, buf, sizeof(buf)) == 0 && buf[0] == '\0');
	memcpy(buf, "old", 4);
	CHECK(finding_key(&f, buf, 1) == 0 && buf[0] == '\0');
	CHECK(finding_key(&f, buf, 0) == 0);
}

/* The findings of a line; they point into r, kept until the next call. */
static size_t
findings_of(const char *line, struct finding *f)
{
	static struct scan_result	 r;

	r.n = 0;
	scan_line(line, strlen(line), 0, &r);
	return finding_collect(&r, CLASS_ANY, KIND_ALL, f, SCAN_MAX);
}

/* The reason of the first finding of line, judged from its text. */
static enum reason
judged(const char *line)
{
	struct finding	 f[SCAN_MAX];
	size_t		 n = findings_of(line, f);

	finding_judge_all(f, n, line, strlen(line), JUDGE_TEXT);
	return n > 0 ? f[0].v.reason : REASON_MAX;
}

/*
 * The provider of each finding of line, judged as how asks, joined by
 * spaces ("-" for none) into buf.
 */
static const char *
providers_of(const char *line, unsigned how, char *buf, size_t size)
{
	struct finding	 f[SCAN_MAX];
	size_t		 i, n = findings_of(line, f);
	const char	*p;

	finding_judge_all(f, n, line, strlen(line), how);
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		p = f[i].v.provider != NULL ? f[i].v.provider : "-";
		if (strlen(buf) + strlen(p) + 2 > size)
			break;
		if (i > 0)
			strcat(buf, " ");
		strcat(buf, p);
	}
	return buf;
}

/*
 * Mail a provider's server took names the provider only when
 * JUDGE_TAKEN asks, once a line; failures name it either way.
 */
static void
test_taken_provider(void)
{
	static const char sent[] = "to=<a@b.example>, "
	    "relay=gmail-smtp-in.l.google.com[192.0.2.1]:25, dsn=2.0.0, "
	    "status=sent (250 2.0.0 OK)";
	static const char failed[] = "to=<a@b.example>, "
	    "relay=gmail-smtp-in.l.google.com[192.0.2.1]:25, dsn=5.1.1, "
	    "status=bounced (said: 550 5.1.1 no such user)";
	char	 buf[256];

#define PROV(line, how, want)	CHECK(strcmp(providers_of((line), (how), \
	buf, sizeof(buf)), (want)) == 0)
	PROV(sent, JUDGE_TEXT | JUDGE_TAKEN, "gmail");
	PROV(sent, JUDGE_TEXT, "-");
	PROV(sent, 0, "-");
	PROV(failed, JUDGE_TEXT, "gmail");
	PROV(failed, JUDGE_TEXT | JUDGE_TAKEN, "gmail");
	PROV("relay=mx.b.example, status=sent (250 2.0.0 OK)",
	    JUDGE_TEXT | JUDGE_TAKEN, "-");
#undef PROV
}

/*
 * The words of a line with JSON in it are read without its keys, which
 * name fields, and with its \u escapes decoded; the line itself stays.
 */
static void
test_json_words(void)
{
	/* "spam" of a key is no spam; "rfc2822" of a key no breach. */
	CHECK(judged("{\"spam_status\":\"NotSpam\",\"output\":\"450 4.7.1 "
	    "Rate limit reached\"}") == REASON_SPEEDING);
	CHECK(judged("{\"spam\":1,\"output\":\"450 4.7.1 Rate limit "
	    "reached\"}") == REASON_SPEEDING);
	CHECK(judged("{\"rfc2822_message_id\":\"<a@b>\",\"reply\":\"550 "
	    "5.1.1 user unknown\"}") == REASON_USERUNKNOWN);
	/* A key's '-' is the key's: "over-quota" of a key is no quota. */
	CHECK(judged("{\"over-quota-check\":\"off\",\"error\":\"550 5.7.1 "
	    "Message refused as spam\"}") == REASON_SPAMDETECTED);
	/* Keys of JSON escaped in a string, too. */
	CHECK(judged("{\"Message\":\"{\\\"spam_flag\\\":1,\\\"diag\\\":"
	    "\\\"550 5.7.1 relay denied\\\"}\"}") == REASON_NORELAYING);
	/* A value stays a value, and a quoted word before a colon in a
	 * reply is no key of JSON unless the line has some. */
	CHECK(judged("{\"error\":\"550 5.7.1 message is spam\"}") ==
	    REASON_SPAMDETECTED);
	CHECK(judged("said: 550 5.7.1 \"spam\": rejected") ==
	    REASON_SPAMDETECTED);
	/* .NET's words for the code, then the server's, which decide. */
	CHECK(judged("SmtpException: Mailbox unavailable. The server "
	    "response was: 5.7.1 Unable to relay") == REASON_NORELAYING);
	CHECK(judged("SmtpException: Syntax error, command unrecognized. The "
	    "server response was: 5.7.0 Must issue a STARTTLS command first") ==
	    REASON_FAILEDSTARTTLS);
	/* The marker counts only right before the first code. */
	CHECK(judged("SmtpException: Syntax error, command unrecognized. The "
	    "server response was: x 530 5.7.0 Must issue a STARTTLS command "
	    "first") == REASON_SYNTAXERROR);
	/* A form body joins the reply's words with '+'. */
	CHECK(judged("code=550&error=5.7.1+Message+rejected+under+our+"
	    "content+restrictions&x=1") == REASON_POLICYVIOLATION);
	CHECK(judged("code=550&error=5.7.1+x&note=content+restrictions") ==
	    REASON_POLICYVIOLATION);
	CHECK(judged("code=550&error=5.7.1+1&note=content+restrictions") !=
	    REASON_POLICYVIOLATION);
	/*
	 * A whole log line in a string, as an alert wraps it, is read
	 * alone: the rule's description and groups say nothing of the
	 * mail.  A code in a short string leaves the whole line read.
	 */
	CHECK(judged("{\"rule\":{\"description\":\"spam filter\","
	    "\"groups\":[\"spam\"]},\"full_log\":\"postfix/smtpd[1]: "
	    "NOQUEUE: reject: RCPT from x[192.0.2.1]: 454 4.7.1 <a@b>: "
	    "Relay access denied\",\"data\":{\"id\":\"454\"}}") ==
	    REASON_NORELAYING);
	CHECK(judged("{\"rule\":\"spam filter\",\"log\":\"x \\\"q\\\" "
	    "said: 550 5.7.1 <a@b>: Relay access denied, ask your admin\"}") ==
	    REASON_NORELAYING);
	CHECK(judged("{\"why\":\"spam filter\",\"log\":\"x said: 550 "
	    "5.7.1 <a@b>: Relay access denied\"}") == REASON_SPAMDETECTED);
	/* a reply code alone in the string chooses it too */
	CHECK(judged("{\"why\":\"spam filter\",\"log\":\"x said: 554 <a@b>: "
	    "Relay access denied, ask the admin of b.example\"}") ==
	    REASON_NORELAYING);
	/* but the provider is the one the whole line names */
	{
		struct finding	 f[SCAN_MAX];
		const char	*l = "{\"Email\":\"a@live.com\",\"Details\":"
		    "\"smtp;550 5.1.1 the mailbox you wrote to is unknown here, "
		    "sorry\"}";
		size_t		 n = findings_of(l, f);

		finding_judge_all(f, n, l, strlen(l), JUDGE_TEXT);
		CHECK(n > 0 && f[0].v.provider != NULL &&
		    strcmp(f[0].v.provider, "outlookcom") == 0 &&
		    f[0].v.reason == REASON_USERUNKNOWN);
	}
	CHECK(judged("{\"code\":\"552\",\"description\":\"Mailbox "
	    "full\"}") == REASON_MAILBOXFULL);
	/* \u escapes: "Bo\u00eete pleine", a full mailbox in French. */
	CHECK(judged("{\"code\":452,\"message\":\"4.2.2 Bo\\u00eete "
	    "pleine\"}") == REASON_MAILBOXFULL);
	CHECK(judged("{\"code\":452,\"message\":\"4.2.2 \\u0051uota "
	    "exceeded\"}") == REASON_MAILBOXFULL);
	/* Bad escapes are left as they are, and nothing is read past the
	 * end of the line. */
	CHECK(judged("{\"error\":\"550 \\u00\"}") != REASON_MAX);
	CHECK(judged("{\"error\":\"550 \\uZZZZ \\ud800 \\u0001\"}") !=
	    REASON_MAX);
	CHECK(judged("{\"error\":\"550 x\\u") != REASON_MAX);
}

/* finding_rows() looks up what the table says of both codes. */
static void
test_finding_rows(void)
{
	struct finding	 f[SCAN_MAX];

	CHECK(findings_of("said: 550 5.1.1 gone", f) == 1);
	CHECK(f[0].basic.reply == NULL && f[0].enh.detailp == NULL);
	finding_rows(&f[0]);
	CHECK(f[0].basic.reply != NULL && f[0].basic.reply->value == 550);
	CHECK(f[0].enh.detailp != NULL);
	CHECK(findings_of("said: 452 x", f) == 1);
	finding_rows(&f[0]);
	CHECK(f[0].basic.reply != NULL && f[0].basic.reply->value == 452);
}

/*
 * A multi-line reply logged on one line is read without the prefixes of
 * its next lines, after a blank or an escaped line end.
 */
static void
test_joined_words(void)
{
	CHECK(judged("said: 550-5.7.1 the domain has a poor 550 5.7.1 "
	    "reputation") == REASON_BADREPUTATION);
	CHECK(judged("said: 550-5.7.1 the domain has a poor 550-5.7.1 "
	    "reputation here 550 5.7.1 end") == REASON_BADREPUTATION);
	CHECK(judged("{\"output\":\"550-5.7.1 the domain has a poor\\n550 "
	    "5.7.1 reputation\"}") == REASON_BADREPUTATION);
	CHECK(judged("said: 452-4.2.2 the mailbox is over\t452-quota") ==
	    REASON_MAILBOXFULL);
	/* Another number, or the prefix glued to a word, is no prefix. */
	CHECK(judged("said: 550-5.7.1 the domain has a poor 551 5.7.1 "
	    "reputation") != REASON_BADREPUTATION);
	CHECK(judged("said: 550-5.7.1 the domain has a poor x550 5.7.1 "
	    "reputation") != REASON_BADREPUTATION);
	/* A reply on one line is read as it is. */
	CHECK(judged("said: 550 5.7.1 the domain has a poor 550 5.7.1 "
	    "reputation") != REASON_BADREPUTATION);
}

/*
 * A pair written after the first copy of its reply code is one finding:
 * the reply code is kept where it is first seen, the enhanced code pairs
 * with it, as the scanner saw them written together.
 */
static void
test_pair_after_copy(void)
{
	struct finding	 f[SCAN_MAX];

	CHECK(findings_of("{\"error_code\":\"554\",\"raw_reason\":\"554 "
	    "5.3.3 too big\"}", f) == 1 && f[0].bc != NULL &&
	    f[0].bc->value == 554 && f[0].ec != NULL &&
	    f[0].ec->subject == 3 && f[0].ec->detail == 3);
	CHECK(findings_of("code=451 text=\"451-#4.2.2 full\"", f) == 1 &&
	    f[0].ec != NULL && f[0].ec->class == 4);
	/* Written apart, or after another reply code: two findings. */
	CHECK(findings_of("{\"code\":\"554\",\"status\":\"5.3.3\"}", f) ==
	    2);
	CHECK(findings_of("code=554 said: 550 x; said: 553 5.3.3", f) == 3 &&
	    f[2].bc != NULL && f[2].bc->value == 553 && f[2].ec != NULL);
	CHECK(findings_of("said: 553 5.3.3 then code=554 text=\"554 5.3.3\"",
	    f) == 2 && f[0].ec != NULL && f[1].ec == NULL);
}

/* The numbers finding_nums() gives for line under the filters. */
static size_t
nums_of(const char *line, unsigned classes, unsigned kinds, uint64_t *num)
{
	struct scan_result	 r;

	r.n = 0;
	scan_line(line, strlen(line), 0, &r);
	return finding_nums(&r, classes, kinds, num, SCAN_MAX);
}

#define PAIR_NUM(b, c, s, d)	((uint64_t)(b) << 24 | (uint64_t)(c) << 20 | \
				    (uint64_t)(s) << 10 | (uint64_t)(d))

/*
 * finding_nums() reads the lines of one code or one pair at once: what
 * it gives is what the findings say, for those lines (known answers) and
 * for random lines of codes and words, under every filter.
 */
static void
test_finding_nums(void)
{
	static const char *const tok[] = { "550", "5.1.1", "said:", "dsn=",
	    "452", "4.2.2", "x", "250", "2.0.0", "code=", "554", "5.7.1",
	    "status=5.1.1", ", ", " ", "(", "553-5.1.8" };
	static const unsigned classes[] = { CLASS_ANY, CLASS_BIT(5),
	    CLASS_BIT(4), CLASS_BIT(2) | CLASS_BIT(4) };
	static const unsigned kinds[] = { KIND_ALL, KIND_BASIC,
	    KIND_ENHANCED };
	struct finding		 f[SCAN_MAX];
	struct scan_result	 r;
	uint64_t		 num[SCAN_MAX];
	unsigned long		 seed = 20261130;
	char			 line[256];
	size_t			 i, k, n, len, t;

	CHECK(nums_of("said: 550 5.1.1 unknown", CLASS_ANY, KIND_ALL, num) ==
	    1 && num[0] == PAIR_NUM(550, 5, 1, 1));
	CHECK(nums_of("dsn=5.1.1, status=bounced (said: 550 5.1.1 unknown)",
	    CLASS_ANY, KIND_ALL, num) == 1 && num[0] == PAIR_NUM(550, 5, 1, 1));
	CHECK(nums_of("dsn=4.2.2, said: 452 x", CLASS_ANY, KIND_ALL, num) ==
	    2 && num[0] == PAIR_NUM(0, 4, 2, 2) && num[1] == PAIR_NUM(452, 0,
	    0, 0));
	CHECK(nums_of("said: 550 5.1.1 unknown", CLASS_ANY, KIND_ENHANCED,
	    num) == 1 && num[0] == PAIR_NUM(0, 5, 1, 1));
	CHECK(nums_of("said: 550 5.1.1 unknown", CLASS_BIT(4), KIND_ALL,
	    num) == 0);
	CHECK(nums_of("said: 452 x", CLASS_ANY, KIND_ALL, num) == 1 &&
	    num[0] == PAIR_NUM(452, 0, 0, 0));
	for (i = 0; i < 20000; i++) {
		len = 0;
		for (t = seed % 7 + 1; t > 0; t--) {
			seed = seed * 1103515245 + 12345;
			k = (seed >> 16) % (sizeof(tok) / sizeof(tok[0]));
			n = strlen(tok[k]);
			memcpy(line + len, tok[k], n);
			len += n;
			line[len++] = (seed >> 12) % 3 == 0 ? ' ' : ',';
		}
		line[len] = '\0';
		r.n = 0;
		scan_line(line, len, 0, &r);
		for (k = 0; k < 12; k++) {
			n = finding_collect(&r, classes[k % 4], kinds[k / 4], f,
			    SCAN_MAX);
			CHECK(finding_nums(&r, classes[k % 4], kinds[k / 4], num,
			    SCAN_MAX) == n);
			for (t = 0; t < n; t++)
				CHECK(num[t] == finding_num(f[t].bc, f[t].ec));
		}
	}
}

int
main(void)
{
	uint64_t	 lines;
	char		*big, *s;
	size_t		 i, n;

	test_finding_edges();
	test_taken_provider();
	test_pair_after_copy();
	test_finding_nums();
	test_json_words();
	test_finding_rows();
	test_joined_words();
	/* Replies as servers and MTAs write them. */
	FINDS("said: 550 5.1.1 <a@b>: unknown", "550@6 5.1.1@10");
	FINDS("said: 550-5.1.1 The account 550-5.1.1 does not 550 5.1.1 x",
	    "550@6 5.1.1@10");
	FINDS("dsn=5.1.1, status=bounced", "5.1.1@4");
	/* policyd-weight's verdict, any case: the keys are looked up hashed. */
	FINDS("decided action=550 refused by score", "550@15");
	FINDS("ACTION=451 later", "451@7");
	FINDS("actions=550 taken", "");
	FINDS("reject=553 5.1.8 <a@b>... Domain", "553@7 5.1.8@11");
	FINDS("stat=Deferred: 421 4.7.0 Try again", "421@15 4.7.0@19");
	FINDS("Remote_host_said:_550_5.1.1_<a@b>", "550@18 5.1.1@22");
	FINDS("couldn't find any host. (#5.1.2)/", "5.1.2@26");
	FINDS("result=\"PermFail\" stat=\"550 5.7.1 denied\"", "550@24 5.7.1@28");
	FINDS(",250 2.1.5 Recipient OK,", "250@1 2.1.5@5");
	FINDS(",250 2.0.0OK,", "250@1 2.0.0@5");
	FINDS("Status: 5.1.1", "5.1.1@8");
	FINDS("Diagnostic-Code: smtp; 550 5.1.1 unknown", "550@23 5.1.1@27");
	FINDS("<<< 421 4.7.0 Try later", "421@4 4.7.0@8");
	FINDS("250-PIPELINING", "250@0");
	/* Exchange's protocol log event at the very start of the text. */
	FINDS(">,220 EX01 ready", "220@2");
	FINDS("x>,220 EX01 ready", "");
	FINDS("I=[1.2.3.4]:587: 535 Incorrect authentication data",
	    "535@17");
	FINDS("status=sent (250 OK id=1qA2bC-000Bx9-Qw)", "250@13");
	FINDS("550 5.1.10 RESOLVER.ADR.RecipientNotFound", "550@0 5.1.10@4");
	FINDS("'550 5.7.708 Access denied'", "550@1 5.7.708@5");
	FINDS("x,>,220 EX01 ready", "220@4");
	FINDS("x,>,\"220 EX01 ready\"", "220@5");
	FINDS("450 5.1.1", "450@0 5.1.1@4");
	FINDS("said: 550\r", "550@6");
	FINDS("<~  250 CHUNKING", "250@4");
	FINDS("<** 550 5.7.1 denied", "550@4 5.7.1@8");
	FINDS("reply: b'250-mx at your service'", "250@9");
	FINDS("the server replied 535 bad", "535@19");
	FINDS("sent 250 messages", "");
	FINDS("HTTP error 502 from upstream", "");
	FINDS("{\"smtp_code\":550,\"status\":\"5.1.1\"}", "550@13 5.1.1@27");
	FINDS("{\"code\": 421}", "421@9");
	FINDS("{\"duration\": 550, \"version\":\"2.3.4\"}", "");
	FINDS("<<<250 OK", "250@3");
	FINDS("<550@host> <550.1@h>", "");
	FINDS("x [550 5.1.1 no]", "550@3 5.1.1@7");
	FINDS("{\"reason\":\"550 Mailbox not found\"}", "550@11");
	FINDS("{\"message\": \"5.1.1 The account\"}", "5.1.1@13");
	FINDS("the server said: 550.", "550@17");
	FINDS("said: 550.5", "");
	FINDS("2026-11-28;mail;2345;550;x", "");
	FINDS("smtp;550 Mailbox unavailable", "550@5");
	FINDS("queue: 421, recipients: 250", "");

	/* Numbers that are not status codes. */
	FINDS("postfix/smtpd[550]: connect from x[1.2.3.4]", "");
	FINDS("relay=mx[2.180.185.27]:25, delay=1", "");
	FINDS("connect to x[1.2.3.4]:587: refused", "");
	FINDS("relay=[5.1.1.1]", "");
	FINDS("Version 15.01.2507.035", "");
	FINDS("Dovecot v2.3.19.1 starting", "");
	FINDS("Linux version 5.4.0-150-generic", "");
	FINDS("size=550, nrcpt=1", "");
	FINDS("delay=421, pri=30550", "");
	FINDS("10:25:30.550 x", "");
	FINDS("ctladdr=<a> (550/550)", "");
	FINDS("(256/256 bits)", "");
	FINDS("(421 bytes written)", "");
	FINDS("size: 421, 270 ms", "");
	FINDS("Subject: 550 days of summer", "");
	FINDS("delivery 550: success", "");
	FINDS("mpid=550, TLS", "");
	FINDS("X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no", "");
	FINDS("msgid=<550.421@host>", "");
	FINDS("said: 5500 x", "");
	FINDS("said: 650 x", "");
	FINDS("said: 5.01.1 x", "");
	FINDS("said: 555-1234 call us", "");
	FINDS("[2001:db8::250]", "");
	FINDS("", "");

	/* Replies that go on with a word, not a code. */
	FINDS("250-8BITMIME", "250@0");
	FINDS("250-8bitmime", "250@0");
	FINDS("<<< 250-8BITMIME", "250@4");
	FINDS("call 555-1234 now", "");
	FINDS("said: 555-1234 x", "");

	/* Marks written against the code. */
	FINDS("SMTP -> FROM SERVER:220 mx ESMTP", "220@20");
	FINDS("smtp -> from server:220 mx", "220@20");
	FINDS("S:250 OK", "250@2");
	FINDS("s:250 OK", "250@2");
	FINDS("C:MAIL FROM:<a@b> SIZE=250", "");
	FINDS("10s:250 x", "");
	FINDS("mx.example.com:250 x", "");
	FINDS("  308 SMTP<< 220 mx ESMTP", "220@13");
	FINDS("  308 smtp<< 220 mx ESMTP", "220@13");
	FINDS("  308 HTTP<< 220 mx", "");

	/* Quoted values and JSON strings. */
	FINDS("level=error msg=\"535 Authentication failed.\"", "535@17");
	FINDS("MSG=\"535 x\"", "535@5");
	FINDS("size=\"535 x\"", "");
	FINDS("{\"error_code\":\"554\"}", "554@15");
	FINDS("{\"Error_Code\":\"554\"}", "554@15");
	FINDS("{\"queue_time\":\"554\"}", "");
	FINDS("data=\"220 mx ESMTP\"", "220@6");
	FINDS("{\"response\":\"250 2.0.0 OK\"}", "250@13 2.0.0@17");
	FINDS("{\"raw_reason\":\"421 busy\"}", "421@15");
	FINDS("{\"bounce_reason\":\"421 busy\"}", "421@18");
	FINDS("{\"responseCode\":535}", "535@16");
	FINDS("{\"processingTimeMillis\":535}", "");
	FINDS("{\"http_code\":503}", "");
	FINDS("{\"HTTPStatusCode\":503}", "");
	FINDS("{\"ErrorCode\":406}", "");
	FINDS("{\"Message\":\"{\\\"status\\\":\\\"5.1.1\\\"}\"}", "5.1.1@26");
	FINDS("{\"Message\":\"{\\\"code\\\":550}\"}", "550@22");
	FINDS("{\"Message\":\"{\\\"size\\\":550}\"}", "");
	FINDS("{\"enhanced-code\":\"5.1.1\"}", "5.1.1@18");
	FINDS("code = 550, enhancedCode = \"5.1.1\"", "550@7 5.1.1@28");
	FINDS("size = 550", "");
	FINDS("('550', ['5.1.1 <a@b>: unknown'])", "550@2 5.1.1@10");

	/* HTTP statuses: a number under a status key is not a reply. */
	FINDS("{\"status\":200}", "");
	FINDS("{\"statusCode\": 404}", "");
	FINDS("{\"STATUS\": \"503\"}", "");
	FINDS("status=250", "");
	FINDS("HTTP/1.1 503 Service Unavailable", "");
	/* dig's answer size: "rcvd" counts bytes. */
	FINDS(";; MSG SIZE  rcvd: 550", "");
	FINDS("{\"status\":\"5.1.1\"}", "5.1.1@11");
	FINDS("{\"status\":\"550 5.1.1 x\"}", "550@11 5.1.1@15");

	/* Several replies in one buffer, with escaped line ends. */
	FINDS("b'250-mx\\r\\n250-SIZE 10\\r\\n251 HELP\\r\\n'",
	    "250@2 251@27");
	FINDS("Msg: mx\\n5.1.1 x", "5.1.1@9");
	FINDS("Msg: mx\\N250 x", "");
	FINDS("a\r550 x", "550@2");
	FINDS("path c:\\n250", "250@9");
	FINDS("From: a\\r\\nSubject: 550 reasons", "");
	FINDS("From: a\\nsize=550 x", "");
	FINDS("From: a\\ncode=550 x", "550@14");

	/* Sendmail's second code after the address. */
	FINDS("554 5.0.0 <a@b>... 550 Host unknown", "554@0 5.0.0@4 550@19");
	FINDS("554 <a@b>... 550 Host unknown", "554@0 550@13");
	FINDS("<a@b>... User unknown", "");
	FINDS("Trying.. 550 x", "");

	/* Enhanced codes: long subjects and details, words before them. */
	FINDS("dsn=5.12.345, status=bounced", "5.12.345@4");
	FINDS("said: 550 5.12.345 x", "550@6 5.12.345@10");
	FINDS("said: 5.9.1 x", "");
	FINDS("Date: 5.11.26 10:15", "");
	FINDS("{\"status\":\"5.9.1\"}", "5.9.1@11");
	FINDS("Status: 4.12.3", "4.12.3@8");
	FINDS("{\"enhanced_code\":\"5.12.3\"}", "5.12.3@18");
	FINDS("mapping DSN status 4.1.1 into 5.1.1", "4.1.1@19 5.1.1@30");
	FINDS("mapping dsn STATUS 4.1.1 x", "4.1.1@19");
	FINDS("DSN 4.4.7 x", "4.4.7@4");
	FINDS("error 5.7.1 x", "5.7.1@6");
	FINDS("status 250 x", "");
	FINDS("2.10.1 released", "");
	FINDS("  2.10.1 released", "");
	FINDS("Dovecot 2.10.1 x", "");
	FINDS("version 5.12.3", "");
	FINDS("on 5.11.26 at", "");
	FINDS("5.11.2026 x", "");
	FINDS("5.12.34.1 x", "");
	FINDS("said: 5.01.1 x", "");
	FINDS("said: 5.1.1000 x", "");

	/* Replies RFC 5321 does not list, found from their digits. */
	FINDS("said: 599 x", "599@6");
	FINDS("said: 490 y", "490@6");
	FINDS("said: 521 z", "521@6");
	FINDS("said: 199 x", "");

	/* The first and last words of each list: they are searched sorted. */
	FINDS("c=550 x", "550@2");
	FINDS("text=550 x", "550@5");
	FINDS("x_code=550 x", "550@7");
	FINDS("x_response=550 x", "550@11");
	FINDS("status_code=503 x", "");
	FINDS("statuscode=4.1.1 x", "4.1.1@11");
	FINDS("age: 550 x", "");
	FINDS("version: 550 x", "");
	FINDS("(550 attempts)", "");
	FINDS("(550 times)", "");
	FINDS("server answered 550 x", "550@16");
	FINDS("server said 550 x", "550@12");
	FINDS("DSN 5.1.1 x", "5.1.1@4");
	FINDS("status 5.1.1 x", "5.1.1@7");
	FINDS("recv:250 x", "250@5");
	FINDS("smtp:250 x", "250@5");

	/* Counters, line numbers, glued words, units and labels. */
	FINDS("  308 Connecting to mx.example.com", "");
	FINDS("\t308 Connecting", "");
	FINDS("  308          250-SIZE 10240000", "250@15");
	FINDS("  308          250 HELP", "250@15");
	FINDS("    250-PIPELINING", "250@4");
	FINDS("    5.1.1 <a@b>: unknown", "5.1.1@4");
	FINDS("#3 SmtpClient.php(418): send()", "");
	FINDS("at Foo.java:250)", "");
	FINDS("at Foo.Send(Foo.cs:421)", "");
	FINDS("(4.1.1_dsn.example.net)", "");
	FINDS("host 4.1.1_dsn.example.net", "");
	FINDS("(250_ok)", "");
	FINDS("Remote_host_said:_550_Mailbox_unavailable/", "550@18");
	FINDS("failure:_(#5.1.2)_x", "5.1.2@11");
	FINDS("RSA bits: 512", "");
	/* SNMP's counters, a database's slow log, a job's tally */
	FINDS("IF-MIB::ifInErrors.2 = Counter32: 421", "");
	FINDS("x = Gauge64: 550 y", "");
	FINDS("x = INTEGER: 421", "");
	FINDS("x Counter3: 421 y", "421@12");
	/* a setting's value, its name or last part a counter's word */
	FINDS("uid 421 is below first_valid_uid (500)", "");
	FINDS("x size (550) y", "");
	FINDS("max_rcpts: 550", "");
	FINDS("size_x: 550", "550@8");
	FINDS("error (550) y", "550@7");
	FINDS("x_ (550) y", "550@4");
	FINDS("x 32: 421 y", "421@6");
	FINDS("# Query_time: 2.0  Rows_sent: 421  Rows_examined: 550", "");
	FINDS("batch done: 421 sent, 0 failed, 554 skipped", "");
	FINDS("881:M 04 Nov 2025 12:14:00.421 * 550 changes in 300 seconds.",
	    "");
	/* Perl's Net::SMTP debug lines; IIS's SMTP log; a link's query;
	 * a "_message" key */
	FINDS("Net::SMTP=GLOB(0x55e0a1)<<< 250 OK", "250@28");
	FINDS("f(x)< 250 OK", "");
	FINDS("SMTPSVC1 WEB01 192.0.2.30 0 RCPT +TO:<a@b.example> 550 0 38 27",
	    "550@51");
	FINDS("WEB01 192.0.2.30 0 RCPT +TO:<a@b.example> 550 0 38 27", "");
	/* a row's field after a status word: numbers HTTP has no status
	 * for; not after a status key, an application's own */
	FINDS("\"a@b\",\"Rejected\",\"550 no such user\"", "550@18");
	FINDS("a@b|bounced|452 full", "452@12");
	FINDS("a@b|bounced|452|full", "");
	FINDS("a@b|bounced|432 busy", "432@12");
	FINDS("a@b|bounced|560 busy", "");
	FINDS("a@b,bounced,503 x", "");
	FINDS("a@b,bounced,451 x", "");
	FINDS("a@b,bounced,431 x", "");
	FINDS("a@b,bounced,250 x", "");
	FINDS("{\"status\":550,\"error\":\"out of stock\"}", "");
	/* Exchange's tracking log: the event id between commas, wherever
	 * it stands in the first fields, the line's first bytes too */
	FINDS(",SEND,x,\"250 Requested mail action okay\"", "250@9");
	FINDS("2025-01-01T00:00:00Z,SEND,x,\"250 Requested mail action okay\"",
	    "250@29");
	FINDS("2025-01-01T00:00:00Z,SENT,x,\"250 Requested mail action okay\"",
	    "");
	/* a key's value in parentheses: the key says what it is */
	FINDS("S=000 D=b.example TTL=(421) MX=[mx.b.example]", "");
	FINDS("reply=(550 no such user)", "550@7");
	/* a command's address, then its reply (MailEnable's SMTP-IN) */
	FINDS("1.2.3.4 RCPT TO:<a@b.example> 550 Requested action", "550@30");
	FINDS("1.2.3.4 mail from:<a@b.example> 250 OK", "250@32");
	FINDS("1.2.3.4 RCPT TO:<a@b.example>\t451 later", "451@30");
	FINDS("1.2.3.4 RCPT TO:<a@b.example> 250 bytes", "");
	FINDS("1.2.3.4 TO:<a b@example> 550 x", "");
	FINDS("list <a@b.example> 550 x", "");
	FINDS("INTO:<a@b.example> 550 x", "");
	FINDS("RCPT TO:<a@b.example> 550 x", "550@22");
	/* a full-width mark of CJK text ends a code: the parentheses, the
	 * comma and the colon, not the semicolon */
	FINDS("said: 550\xef\xbc\x88" "x", "550@6");
	FINDS("said: 550\xef\xbc\x89" "x", "550@6");
	FINDS("said: 550\xef\xbc\x8c" "x", "550@6");
	FINDS("said: 550\xef\xbc\x9a" "x", "550@6");
	FINDS("said: 550\xef\xbc\x9b" "x", "");
	FINDS("said: 550\xe3\x80\x82" "x", "550@6");
	FINDS("said: 550\xe3\x80\x83" "x", "");
	/* a code with its name from the enumeration, as .NET writes it */
	FINDS("StatusCode=550 (MailboxUnavailable): x", "550@11");
	FINDS("StatusCode: 450 (MailboxBusy)", "450@12");
	FINDS("got 421 (ServiceNotAvailable)", "421@4");
	FINDS("x 553 (MailboxNameNotAllowed)", "553@2");
	/* not another code's name, nor a shorter one, a longer word, lower
	 * case or an unclosed parenthesis */
	FINDS("count=550 (MailboxBusy)", "");
	FINDS("x 250 (Ok)", "");
	FINDS("x 421 (ServiceNotAvailableX)", "");
	FINDS("x 550 (mailboxUnavailable)", "");
	FINDS("x 550 (MailboxUnavailable", "");
	FINDS("x 550  (MailboxUnavailable)", "");
	/* a command without arguments in its column, then the reply */
	FINDS("1.2.3.4\tDATA\t554 Transaction failed", "554@13");
	FINDS("1.2.3.4 QUIT 221 Bye", "221@13");
	FINDS("STARTTLS 454 TLS not available", "454@9");
	FINDS("RSET  250 OK", "250@6");
	FINDS("1.2.3.4 NOOP 250 OK", "250@13");
	/* not in lower case, glued, with arguments, nor BDAT's size */
	FINDS("1.2.3.4 data 554 x", "");
	FINDS("1.2.3.4 XDATA 554 x", "");
	FINDS("1.2.3.4 DATAX 554 x", "");
	FINDS("1.2.3.4 BDAT 550 LAST", "");
	FINDS("1.2.3.4 DATA 554 bytes", "");
	FINDS("XRCPT TO:<a@b.example> 550 x", "");
	/* PHPMailer's error array: the enhanced code under smtp_code_ex */
	FINDS("{\"smtp_code\":554,\"smtp_code_ex\":\"5.7.1\"}",
	    "554@13 5.7.1@33");
	FINDS("{\"smtp_code_ey\":\"5.7.1\"}", "");
	/* a row of bounces: address, code, the reply's text quoted */
	FINDS("a@b.example,550,\"No such user here\",2025-05-07", "550@12");
	FINDS("\"a@b.example\",550,\"No such user\"", "550@14");
	FINDS("x,a@b.example,421,\"Try later\"", "421@14");
	FINDS("a@b.example,250,\"Gold\"", "");
	FINDS("sku-12,550,\"Red shirt\"", "");
	FINDS("a@b@c.example,550,\"No such user\"", "");
	FINDS("a@b.example,550,No such user", "");
	FINDS("a@b.example,550,\"9 lives\"", "");
	FINDS("\"link\":\"https://b.example/r?code=550&ref=421\"", "");
	FINDS("code=550&ref=421", "550@5");
	FINDS("see https://b.example/x code=550", "550@29");
	FINDS("{\"diagnostic_message\":\"5.1.1 <a@b>: unknown\"}", "5.1.1@23");
	/* spamdyke's reason, a reply joined by '_'; not a constant's name */
	FINDS("reason: 554_Refused._Your_IP_address_is_listed", "554@8");
	FINDS("reason: 421_Your_address_has_been_graylisted.", "421@8");
	FINDS("reason: 554_Refused x", "");
	FINDS("ERR_550_FOO_BAR", "");
	/* HTTP's phrase is a phrase only as whole words */
	FINDS("said: 503 Service Unavailable now", "");
	FINDS("said: 503 Service Unavailablex now", "503@6");
	FINDS("said: 421 sentinel", "421@6");
	FINDS("BITS: 512", "");
	FINDS("rate limit exceeded: 334 from 1.2.3.4", "");
	FINDS("(512 bits)", "");
	FINDS("(512 BITS)", "");

	/* Random bytes: codes found lie inside the input and parse. */
	srand(1);
	big = malloc(1 << 16);
	if (big == NULL)
		return 1;
	for (n = 0; n < 2000; n++) {
		struct scan_result	 r;
		size_t			 len = (size_t)rand() % 200;

		for (i = 0; i < len; i++)
			big[i] = "25.0 1-:_=#(\"x\r\0"[rand() % 16];
		r.n = 0;
		scan_line(big, len, 0, &r);
		for (i = 0; i < r.n; i++) {
			CHECK(r.codes[i].offset + 3 <= len);
			if (r.codes[i].offset + 3 > len)
				continue;
			CHECK(r.codes[i].class == 2 || r.codes[i].class == 4 ||
			    r.codes[i].class == 5 || (r.codes[i].kind ==
			    KIND_BASIC && r.codes[i].class == 3));
			CHECK(big[r.codes[i].offset] == '0' + r.codes[i].class);
		}
	}

	/* A code at every position of lines of every length up to 80, among
	 * bytes that cannot start one: the block scanner misses none. */
	for (n = 5; n <= 80; n++)
		for (i = 1; i + 4 <= n; i++) {
			struct scan_result	 r;
			char			 line[96];

			memset(line, i % 2 ? ' ' : 0xe9, n);
			memcpy(line + i - 1, "(550)", 5);
			r.n = 0;
			scan_line(line, n, 0, &r);
			CHECK(r.n >= 1 && r.codes[0].kind == KIND_BASIC &&
			    r.codes[0].offset == i);
		}

	/* The reader: lines, CRLF, lone CR, NUL bytes, no final newline. */
	s = run("a\nsaid: 550 x\r\nb\rsaid: 421 y", 28, SCAN_ONLY, &lines);
	CHECK(strcmp(s, "550\n421\n") == 0 && lines == 2);
	s = run("said: 550 \0x\nsaid: 5\0" "50 x\n", 24, SCAN_ONLY, &lines);
	CHECK(strcmp(s, "550\n") == 0 && lines == 1);
	s = run("x\nsaid: 550 y\n", 14, SCAN_ANNOTATE, &lines);
	CHECK(strncmp(s, "x\nsaid: 550 y\n  # 550  ", 22) == 0);
	s = run("said: 550 y", 11, SCAN_ANNOTATE, &lines);
	CHECK(strncmp(s, "said: 550 y\n  # 550 ", 20) == 0);
	s = run("plain\r\n", 7, SCAN_ANNOTATE, &lines);
	CHECK(strcmp(s, "plain\r\n") == 0 && lines == 0);
	s = run("said: 550 x\nsaid: 550 x\nsaid: 421 x\n", 36, SCAN_SUMMARY,
	    &lines);
	CHECK(strncmp(s, "       2  550  ", 15) == 0);
	CHECK(strstr(s, "\n       1  421  ") != NULL);
	CHECK(strstr(s, "\ntotal: 3 lines read, 3 with codes\n") != NULL);

	/* Subjects over 7 are counted too. */
	s = run("dsn=5.12.345, a\ndsn=5.12.345, b\nsaid: 599 c\n"
	    "dsn=4.999.999, d\n", 62, SCAN_SUMMARY, &lines);
	CHECK(strncmp(s, "       2  5.12.345", 18) == 0 && lines == 4);
	CHECK(strstr(s, "\n       1  599") != NULL);
	CHECK(strstr(s, "\n       1  4.999.999") != NULL);

	/* A line longer than the buffers: found in each piece. */
	n = 200000;
	free(big);
	if ((big = malloc(n + 64)) == NULL)
		return 1;
	memset(big, 'x', n);
	memcpy(big, "said: 550 a ", 12);
	memcpy(big + 150000, " said: 421 b ", 13);
	big[n] = '\n';
	s = run(big, n + 1, SCAN_ONLY, &lines);
	CHECK(strcmp(s, "550\n421\n") == 0 && lines == 1);
	s = run(big, n + 1, SCAN_JSON, &lines);
	CHECK(strstr(s, "\"truncated\":true") != NULL);
	CHECK(strstr(s, "\"offset\":150007") != NULL);
	free(big);
	check_counters();
	check_pieces();
	return unit_done("test_scan");
}

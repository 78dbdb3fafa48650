/*
 * Unit tests of the bounce reader: the records read from hand-written
 * messages in tests/unit/mail, inputs of every shape, bad input.
 */
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <ctype.h>
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../fuzz/json_check.h"
#include "bounce.h"
#include "message.h"
#include "unit.h"

#define MAIL	"tests/unit/mail/"
#define RECS	16

static struct bounce_rec	 got[RECS];
static char			 files[RECS][256];	/* valid during the call only */
static size_t			 ngot;
static unsigned			 probs;		/* bits of the problems seen */
static char			 out[1 << 16];

static void
on_record(void *arg, const struct bounce_rec *r)
{
	(void)arg;
	if (ngot < RECS) {
		got[ngot] = *r;
		snprintf(files[ngot], sizeof(files[ngot]), "%s",
		    r->file != NULL ? r->file : "(null)");
	}
	ngot++;
}

static char			 pfile[256];	/* the file of the last problem */

static void
on_problem(void *arg, const char *file, unsigned long index,
    enum bounce_problem p)
{
	(void)arg;
	(void)index;
	probs |= 1u << p;
	snprintf(pfile, sizeof(pfile), "%s", file != NULL ? file : "(null)");
}

static struct out	 o;
static struct bounce_ctx ctx;

/* A fresh context writing text (or JSON) into out[]. */
static void
setup(int json, enum lang lang)
{
	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	memset(out, 0, sizeof(out));
	if ((o.fp = fmemopen(out, sizeof(out) - 1, "w")) == NULL)
		abort();
	o.json = json;
	o.lang = lang;
	ctx.out = &o;
	ctx.record = on_record;
	ctx.problem = on_problem;
	ngot = 0;
	probs = 0;
}

static void
done(void)
{
	fclose(o.fp);
	bounce_free(&ctx);
}

static void
read_path(const char *path)
{
	setup(0, LANG_EN);
	CHECK(bounce_path(&ctx, path) == 0);
	done();
}

/*
 * The bytes the heap holds, where the C library tells (glibc 2.33 on),
 * else 0: reading a directory must give back what it takes.
 */
static size_t
heap_used(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
	return mallinfo2().uordblks;
#else
	return 0;
#endif
}

static void
read_buf(const char *s, size_t n)
{
	setup(0, LANG_EN);
	CHECK(bounce_buffer(&ctx, s, n, "buf") == 0);
	done();
}

#define EQ(a, b)	CHECK(strcmp((a), (b)) == 0)

static void
read_str(const char *s)
{
	read_buf(s, strlen(s));
}

/* Read the message fmt makes with arg; whether it gave one record. */
static int
read_one(const char *fmt, const char *arg)
{
	static char	 m[4096];
	int		 n;

	n = snprintf(m, sizeof(m), fmt, arg);
	CHECK(n > 0 && (size_t)n < sizeof(m));
	read_buf(m, (size_t)n);
	CHECK(ngot == 1);
	return ngot == 1;
}

/* The answers are in the messages themselves: see each file. */
static void
test_formats(void)
{
	read_path(MAIL "postfix.eml");
	CHECK(ngot == 1 && probs == 0);
	EQ(got[0].recipient, "bob.smith@example.net");
	EQ(got[0].original_recipient, "bob.smith@example.net");
	EQ(got[0].action, "failed");
	EQ(got[0].status, "5.1.1");
	EQ(got[0].status_from, "Status");
	CHECK(got[0].reply_code == 550);
	EQ(got[0].diagnostic, "550 5.1.1 <bob.smith@example.net>: Recipient "
	    "address rejected: no such user here");
	EQ(got[0].remote_mta, "mx.example.net");
	EQ(got[0].reporting_mta, "mx1.example.org");
	EQ(got[0].date, "Tue, 3 Mar 2026 10:11:58 +0100");
	EQ(got[0].message_id, "<abc123@example.org>");
	EQ(got[0].from, "alice@example.org");
	EQ(got[0].to, "bob.smith@example.net");
	EQ(got[0].subject, "R\xc3\xa9union de lundi");
	CHECK(got[0].kind == BK_BOUNCE && got[0].index == 1);

	/* Status 5.0.0 gives way to the diagnostic's 5.1.1. */
	read_path(MAIL "sendmail.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "ivy@example.net");
	EQ(got[0].status, "5.1.1");
	EQ(got[0].status_from, "Diagnostic-Code");
	EQ(got[0].date, "Thu, 5 Mar 2026 12:00:00 +0100");
	/* "Reply 550" in the returned body is not the bounce's. */
	EQ(got[0].subject, "Lunch?");

	read_path(MAIL "exim.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "dave@example.net");
	EQ(got[0].status, "5.2.2");
	EQ(got[0].status_from, "text");
	CHECK(got[0].reply_code == 550);
	EQ(got[0].diagnostic, "550 5.2.2 Mailbox is over quota");
	EQ(got[0].remote_mta, "mx2.example.net");
	EQ(got[0].message_id, "<q1-2026@example.com>");

	read_path(MAIL "qmail.eml");
	CHECK(ngot == 2);
	EQ(got[0].recipient, "frank@example.net");
	EQ(got[0].diagnostic, "550 5.7.1 Relaying denied");
	EQ(got[0].reporting_mta, "mail.example.com");
	/* qmail names the host by its address alone. */
	EQ(got[0].remote_mta, "203.0.113.9");
	EQ(got[1].recipient, "grace@example.net");
	EQ(got[1].status, "5.1.1");
	CHECK(got[1].reply_code == 0);
	EQ(got[1].diagnostic, "Sorry, there is no mailbox here by that name. (#5.1.1)");
	EQ(got[1].subject, "Hello");

	read_path(MAIL "exchange.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "kim@contoso.example");
	EQ(got[0].status, "5.1.10");
	EQ(got[0].diagnostic, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
	    "recipient not found by SMTP address lookup");
	/* Host names lowercased. */
	EQ(got[0].reporting_mta, "dm6pr01mb0001.example.prod.outlook.com");
	EQ(got[0].message_id, "<plan-7@example.com>");

	read_path(MAIL "gmail.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "mia@example.net");
	EQ(got[0].diagnostic, "550 5.1.1 The email account that you tried to "
	    "reach does not exist.");

	read_path(MAIL "domino.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "oscar@notes.example.com");
	EQ(got[0].status, "");
	CHECK(got[0].status_from == NULL && got[0].reply_code == 0);
	EQ(got[0].diagnostic, "User oscar (oscar@notes.example.com) not listed "
	    "in Domino Directory");

	read_path(MAIL "opensmtpd.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "quinn@example.net");
	EQ(got[0].status, "5.7.1");

	read_path(MAIL "yahoo.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "xavier@yahoo.example");
	CHECK(got[0].reply_code == 552);

	read_path(MAIL "delayed.eml");
	CHECK(ngot == 1);
	EQ(got[0].action, "delayed");
	EQ(got[0].status, "4.4.1");
	EQ(got[0].diagnostic, "connect to mx.example.net[198.51.100.1]:25: "
	    "Connection timed out");

	read_path(MAIL "courier.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "bill@example.net");
	EQ(got[0].remote_mta, "mail.example.net");
	EQ(got[0].diagnostic, "550 5.1.1 <bill@example.net>... no such user");

	/* HTML only: the text is read from it. */
	read_path(MAIL "m365html.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "dan@fabrikam.example");
	EQ(got[0].status, "5.2.2");
	CHECK(got[0].reply_code == 554);
	EQ(got[0].reporting_mta, "bn8pr.example.prod.outlook.com");

	/* base64 in ISO-8859-1; the recipient in a French sentence. */
	read_path(MAIL "latin1.eml");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "ursula@example.net");
	EQ(got[0].diagnostic, "550 5.1.1 inconnu");
}

#define ARF(fields)	"From: fbl@isp.example\nSubject: FW: report\n" \
	"Content-Type: multipart/report; report-type=feedback-report; " \
	"boundary=f\n\n--f\nContent-Type: text/plain\n\nReport.\n--f\n" \
	"Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n" \
	"Original-Rcpt-To: <u@isp.example>\n" fields "\n--f--\n"

static const char *const arf_dates[] = {
	ARF("Received-Date: A\nArrival-Date: B\n"),
	ARF("Arrival-Date: B\nReceived-Date: A\n"),
	ARF("Received-Date: A\n"),
};

static void
test_kinds(void)
{
	read_path(MAIL "auto.eml");
	CHECK(ngot == 1);
	CHECK(got[0].kind == BK_AUTOREPLY);
	EQ(got[0].recipient, "rosa@example.net");
	/* windows-1252: NBSP, curly quotes, euro. */
	EQ(got[0].diagnostic, "R\xc3\xa9ponse automatique\xc2\xa0: "
	    "\xe2\x80\x9c" "Cong\xc3\xa9s\xe2\x80\x9d \xe2\x82\xac");
	CHECK(got[0].reply_code == 0 && got[0].status[0] == '\0');

	read_path(MAIL "arf.eml");
	CHECK(ngot == 1);
	CHECK(got[0].kind == BK_FEEDBACK);
	EQ(got[0].recipient, "tom@isp.example");
	/* The Feedback-Type stands where a bounce has its diagnostic. */
	EQ(got[0].action, "");
	EQ(got[0].diagnostic, "abuse");
	EQ(got[0].reporting_mta, "fbl.isp.example");
	EQ(got[0].date, "Wed, 11 Mar 2026 09:00:00 +0000");
	CHECK(got[0].verdict.reason == REASON_FEEDBACK);
	/* Received-Date, the older name, counts when Arrival-Date is not. */
	read_str(arf_dates[0]);
	CHECK(ngot == 1 && got[0].kind == BK_FEEDBACK);
	EQ(got[0].date, "B");
	read_str(arf_dates[1]);
	CHECK(ngot == 1);
	EQ(got[0].date, "B");
	read_str(arf_dates[2]);
	CHECK(ngot == 1);
	EQ(got[0].date, "A");
	/* One record per Original-Rcpt-To; none named, one record. */
	read_str("From: fbl@isp.example\nSubject: FBL\nContent-Type: "
	    "multipart/report; report-type=feedback-report; boundary=f\n\n"
	    "--f\nContent-Type: message/feedback-report\n\n"
	    "Feedback-Type: Abuse\nOriginal-Rcpt-To: <V@isp.example>\n"
	    "Reporting-MTA: dns; fbl.isp.example (feedback loop)\n"
	    "Original-Rcpt-To: w@isp.example\n\n--f--\n");
	CHECK(ngot == 2 && got[0].kind == BK_FEEDBACK);
	if (ngot == 2) {
		EQ(got[0].recipient, "v@isp.example");
		EQ(got[1].recipient, "w@isp.example");
		EQ(got[1].diagnostic, "abuse");
		EQ(got[1].reporting_mta, "fbl.isp.example");
		EQ(got[1].date, "");
	}
	read_str("From: fbl@isp.example\nSubject: FBL\nContent-Type: "
	    "multipart/report; report-type=feedback-report; boundary=f\n\n"
	    "--f\nContent-Type: message/feedback-report\n\n"
	    "Feedback-Type: fraud\n\n--f--\n");
	CHECK(ngot == 1 && got[0].kind == BK_FEEDBACK);
	if (ngot == 1) {
		EQ(got[0].recipient, "");
		EQ(got[0].diagnostic, "fraud");
	}

	/* A blank line inside the report does not end its fields. */
	read_str("From: fbl@isp.example\nSubject: FBL\nContent-Type: "
	    "multipart/report; report-type=feedback-report; boundary=f\n\n"
	    "--f\nContent-Type: message/feedback-report\n\n"
	    "Feedback-Type: abuse\n\nOriginal-Rcpt-To: x@isp.example\n\n"
	    "--f--\n");
	CHECK(ngot == 1 && got[0].kind == BK_FEEDBACK);
	if (ngot == 1) {
		EQ(got[0].recipient, "x@isp.example");
		EQ(got[0].diagnostic, "abuse");
	}

	/* RFC 3834 and the usual headers, whatever the subject. */
	read_str("From: a@example.org\nAuto-Submitted: Auto-Replied (vacation)"
	    "\nSubject: Re: plans\n\nAway.\n");
	CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
	read_str("From: a@example.org\nX-Autoreply: yes\nSubject: Re: x\n\n"
	    "Away.\n");
	CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
	read_str("From: a@example.org\nPrecedence: auto_reply\nSubject: Re: x"
	    "\n\nAway.\n");
	CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
	/* The message it answers is the original. */
	read_str("From: a@example.org\nSubject: Automatic reply: plans\n"
	    "In-Reply-To: <p1@example.com>\n\nAway.\n");
	CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
	EQ(got[0].message_id, "<p1@example.com>");
	/* Else the last of References; an unclosed id is none. */
	read_str("From: a@example.org\nSubject: Automatic reply: plans\n"
	    "References: <r1@example.com> <r2@example.com>\n\nAway.\n");
	CHECK(ngot == 1);
	EQ(got[0].message_id, "<r2@example.com>");
	read_str("From: a@example.org\nSubject: Automatic reply: plans\n"
	    "In-Reply-To: <p1@example.com\n\nAway.\n");
	CHECK(ngot == 1);
	EQ(got[0].message_id, "");
	/* Words of an auto-reply inside a subject are not enough. */
	read_str("From: a@example.org\nSubject: Re: out of office rota\n\n"
	    "Fine.\n");
	CHECK(ngot == 0);
	/* Auto-generated is what bounces say too: not an auto-reply. */
	read_str("From: a@example.org\nAuto-Submitted: auto-generated\n"
	    "Subject: Re: x\n\nAway.\n");
	CHECK(ngot == 0);
	/* Subjects alone make an auto-reply; an ordinary mail is nothing. */
	read_str("From: a@example.org\nSubject: Out of Office: back Monday\n"
	    "\nAway.\n");
	CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
	read_str("From: a@example.org\nSubject: Abwesenheitsnotiz\n\nx\n");
	CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
	read_str("From: a@example.org\nSubject: minutes\n\n550 5.1.1 x\n");
	CHECK(ngot == 0 && ctx.messages == 1);
}

static const char mbox[] =
    "From MAILER-DAEMON Tue Mar  3 10:00:00 2026\n"
    "From: MAILER-DAEMON@a.example\n"
    "Subject: failure notice\n"
    "\n"
    "<one@example.net>:\n"
    ">From here on, mail is refused\n"
    "\n"
    "From MAILER-DAEMON Tue Mar  3 10:00:01 2026\n"
    "From: MAILER-DAEMON@a.example\n"
    "Subject: failure notice\n"
    "\n"
    "<two@example.net>:\n"
    ">>From the depths\n"
    "From the middle of a paragraph, no separator\n"
    "\n"
    "From MAILER-DAEMON Tue Mar  3 10:00:02 2026\n"
    "From: MAILER-DAEMON@a.example\n"
    "Subject: failure notice\n"
    "\n"
    "<three@example.net>:\n"
    "550 5.1.1 gone\n";

static void
test_mbox(void)
{
	read_buf(mbox, sizeof(mbox) - 1);
	CHECK(ngot == 3 && ctx.messages == 3 && probs == 0);
	CHECK(got[0].index == 1 && got[1].index == 2 && got[2].index == 3);
	EQ(got[0].recipient, "one@example.net");
	/* mboxrd: one '>' less before From. */
	EQ(got[0].diagnostic, "From here on, mail is refused");
	EQ(got[1].diagnostic, ">From the depths From the middle of a "
	    "paragraph, no separator");
	EQ(got[2].status, "5.1.1");
	/*
	 * A From line followed by blank lines alone holds no message: it
	 * is not counted, and the message after it is the first.
	 */
	read_str("From x\n\n\r\nFrom y\nFrom: MAILER-DAEMON@a.example\n\n"
	    "<z@example.net>:\n550 5.1.1 no\n");
	CHECK(ngot == 1 && ctx.messages == 1 && probs == 0);
	CHECK(got[0].index == 1);
	read_str("From x\nSubject: one\n\nFrom y\n\nFrom z\n"
	    "From: MAILER-DAEMON@a.example\n\n<z@example.net>:\n"
	    "550 5.1.1 no\n");
	CHECK(ngot == 1 && ctx.messages == 2 && probs == 0);
	CHECK(got[0].index == 2);
	/* Without a From line first it is one message. */
	read_buf(mbox + 44, sizeof(mbox) - 45);
	CHECK(ctx.messages == 1 && ngot == 3);
	/*
	 * CR LF lines: a line of a CR alone is blank before a From line; a
	 * line of one other byte is not.
	 */
	read_str("From a\r\nFrom: MAILER-DAEMON@a.example\r\n\r\n"
	    "<one@example.net>:\r\n550 5.1.1 gone\r\nx\r\nFrom here\r\n"
	    "\r\nFrom b\r\nFrom: MAILER-DAEMON@a.example\r\n\r\n"
	    "<two@example.net>:\r\n550 5.1.1 gone\r\n");
	CHECK(ctx.messages == 2 && ngot == 2);
}

/* RFC 6533: the global form, UTF-8 addresses in utf-8 type. */
static const char global[] =
    "From: MAILER-DAEMON@mx.example.org\n"
    "Content-Type: multipart/report; report-type=global-delivery-status;"
    " boundary=g\n"
    "\n"
    "--g\n"
    "Content-Type: message/global-delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "\n"
    "Final-Recipient: utf-8; Jos\xc3\xa9@exemple.fr\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "\n"
    "Final-Recipient: rfc822; big@example.net\n"
    "Action: failed\n"
    "Status: 5.99999999999.1\n"
    "Diagnostic-Code: smtp; 99999999999 5.1.99999999999 huge\n"
    "--g--\n";

static void
test_global(void)
{
	read_buf(global, sizeof(global) - 1);
	CHECK(ngot == 2);
	EQ(got[0].recipient, "jos\xc3\xa9@exemple.fr");
	EQ(got[0].status, "5.1.1");
	EQ(got[0].reporting_mta, "mx.example.org");
	/* Numbers too big for a code are none. */
	EQ(got[1].recipient, "big@example.net");
	EQ(got[1].status, "");
	CHECK(got[1].reply_code == 0);
	EQ(got[1].diagnostic, "99999999999 5.1.99999999999 huge");
}

static void
test_bad(void)
{
	static const char nul[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: fail\0ure notice\n\n<n@example.net>:\n550 5.1.1\0x\n";
	static const char *const tails[] = {
		"From", "Fro", "F", ">From", ">>Fro", "From x\n\nFrom",
		"From x\n>Fro", "From x\n\n>From",
	};
	char	*deep;
	size_t	 i, n = 0;

	read_str("");
	CHECK(ngot == 0 && probs == 1u << BP_EMPTY);
	read_str("\n\n\r\n");
	CHECK(ngot == 0 && probs == 1u << BP_EMPTY);
	read_str("\x7f" "ELF\x02\x01\x01\0\0\0");
	CHECK(ngot == 0 && probs == 1u << BP_NOT_MESSAGE);
	read_str("\xff\xfe<html>\n");
	CHECK(ngot == 0 && probs == 1u << BP_NOT_MESSAGE);
	/* NUL bytes are read past. */
	read_buf(nul, sizeof(nul) - 1);
	CHECK(ngot == 1);
	EQ(got[0].recipient, "n@example.net");
	EQ(got[0].status, "5.1.1");
	/* A bad message among good ones: the others are still read. */
	read_str("From x\nnot a header\n\nFrom y\nFrom: MAILER-DAEMON@a.example"
	    "\n\n<z@example.net>:\n550 no\n");
	CHECK(ngot == 1 && probs == 1u << BP_NOT_MESSAGE);
	CHECK(got[0].index == 2);
	/* Nesting past the limit is said, and the report is still found. */
	if ((deep = malloc(200 * 80)) == NULL)
		abort();
	n = (size_t)sprintf(deep, "From: MAILER-DAEMON@a.example\n");
	for (i = 0; i < 100; i++)
		n += (size_t)sprintf(deep + n, "Content-Type: multipart/mixed;"
		    " boundary=b%zu\n\n--b%zu\n", i, i);
	read_buf(deep, n);
	CHECK(probs & 1u << BP_TOO_DEEP);
	free(deep);
	/* A multipart without its boundary parameter: read as text. */
	read_str("From: MAILER-DAEMON@a.example\nContent-Type: multipart/report"
	    "\n\n<nb@example.net>:\n550 5.1.1 no\n");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "nb@example.net");
	/* A boundary that matches nothing: the text is all there is. */
	read_str("From: MAILER-DAEMON@a.example\nContent-Type: multipart/report;"
	    " boundary=wrong\n\n--right\nContent-Type: text/plain\n\n"
	    "<wb@example.net>:\n550 5.2.2 full\n\n--right\n"
	    "Content-Type: message/rfc822\nContent-Description: x\n\n"
	    "Message-ID: <wb1@example.com>\n\nbody 550\n--right--\n");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "wb@example.net");
	EQ(got[0].status, "5.2.2");
	EQ(got[0].message_id, "<wb1@example.com>");
	/* A report with nothing in it gives no record. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: Undelivered Mail\n"
	    "Content-Type: multipart/report; boundary=e\n\n--e\n"
	    "Content-Type: message/delivery-status\n\n\n--e--\n");
	CHECK(ngot == 0 && ctx.messages == 1 && probs == 0);
	/* Short lines that end the input, read against an unreadable page. */
	for (i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		setup(0, LANG_EN);
		CHECK(bounce_buffer(&ctx, fenced(tails[i], strlen(tails[i])),
		    strlen(tails[i]), "tail") == 0);
		done();
		CHECK(ngot == 0);
	}
	/* An unclosed multipart. */
	read_str("From: MAILER-DAEMON@a.example\nContent-Type: multipart/mixed;"
	    " boundary=b\n\n--b\n\n<u@example.net>:\n550 5.1.1 x\n");
	CHECK(ngot == 1 && probs == 1u << BP_UNCLOSED);
}

/* Write an auto-reply with a header line of len bytes into fd, then close. */
static void
writer(int fd, size_t len)
{
	static const char head[] = "From: Long <long@example.net>\nX-Long: ";
	static const char tail[] = "\nSubject: Out of office\n\nAway.\n";
	char	 chunk[8192];
	size_t	 n;

	memset(chunk, 'a', sizeof(chunk));
	if (write(fd, head, sizeof(head) - 1) < 0)
		_exit(1);
	for (; len > 0; len -= n) {
		n = len < sizeof(chunk) ? len : sizeof(chunk);
		if (write(fd, chunk, n) < 0)
			_exit(1);
	}
	if (write(fd, tail, sizeof(tail) - 1) < 0)
		_exit(1);
	close(fd);
}

static void
test_long(void)
{
	struct rusage	 ru;
	long		 before;
	pid_t		 pid;
	int		 p[2];

	getrusage(RUSAGE_SELF, &ru);
	before = ru.ru_maxrss;
	if (pipe(p) == -1 || (pid = fork()) == -1)
		abort();
	if (pid == 0) {
		close(p[0]);
		writer(p[1], (size_t)10 * 1024 * 1024);
		_exit(0);
	}
	close(p[1]);
	setup(0, LANG_EN);
	CHECK(bounce_fd(&ctx, p[0], "long") == 0);
	done();
	close(p[0]);
	waitpid(pid, NULL, 0);
	CHECK(ngot == 1 && probs == 1u << BP_LONG_LINE);
	/* What cannot be read fails with errno, and is no empty input. */
	setup(0, LANG_EN);
	errno = 0;
	CHECK(bounce_fd(&ctx, -1, "bad") == -1 && errno == EBADF);
	CHECK(ngot == 0 && probs == 0 && ctx.messages == 0);
	done();
	/* The fields after the long line are still read. */
	CHECK(got[0].kind == BK_AUTOREPLY);
	EQ(got[0].recipient, "long@example.net");
	EQ(got[0].diagnostic, "Out of office");
	getrusage(RUSAGE_SELF, &ru);
	/* ru_maxrss is in KiB: the 10 MB line was never held. */
	CHECK(ru.ru_maxrss - before < 4096);
	/* The same from a buffer, the line one byte over and at the limit. */
	{
		static const char	 head[] = "From: Long <long@example.net>\n"
		    "X-Long: ";
		static const char	 tail[] = "\nSubject: Out of office\n\n"
		    "Away.\n";
		static char		 m[BOUNCE_LINE_MAX + 256];
		size_t			 k, n, at = strlen("From: Long "
					    "<long@example.net>\n");

		for (k = 0; k < 2; k++) {
			/* The X-Long line, its end left out: 64 KiB, + k. */
			memcpy(m, head, sizeof(head) - 1);
			n = at + BOUNCE_LINE_MAX + k;
			memset(m + sizeof(head) - 1, 'x',
			    n - (sizeof(head) - 1));
			memcpy(m + n, tail, sizeof(tail) - 1);
			n += sizeof(tail) - 1;
			read_buf(m, n);
			CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
			CHECK(probs == (k ? 1u << BP_LONG_LINE : 0));
			if (ngot == 1)
				EQ(got[0].recipient, "long@example.net");
		}
	}
}

/* The same message with other line ends gives the same records. */
/*
 * The remote host of a text bounce is the one named after "host", its
 * final dot (the DNS root) left off, not the first host name the lines
 * carry.
 */
static void
test_remote_host(void)
{
	read_str(
	    "From: Mail Delivery System <Mailer-Daemon@relay.example.com>\n"
	    "To: carol@example.com\n"
	    "Subject: Mail delivery failed: returning message to sender\n"
	    "Auto-Submitted: auto-replied\n"
	    "Date: Wed, 04 Mar 2026 08:00:00 +0000\n"
	    "\n"
	    "This message was created automatically by mail delivery software.\n"
	    "\n"
	    "A message that you sent could not be delivered to one or more of its\n"
	    "recipients. This is a permanent error. The following address(es) failed:\n"
	    "\n"
	    "  erik@example.net\n"
	    "    relay.first.example passed it on, then host mx3.example.net. [198.51.100.8]\n"
	    "    SMTP error from remote mail server after RCPT TO:<erik@example.net>:\n"
	    "    550 5.1.1 No such user\n"
	    "\n"
	    "------ This is a copy of the message, including all the headers. ------\n"
	    "\n"
	    "From: Carol <carol@example.com>\n"
	    "Subject: Hi\n");
	CHECK(ngot == 1);
	EQ(got[0].recipient, "erik@example.net");
	EQ(got[0].remote_mta, "mx3.example.net");
}

/*
 * Each way a text bounce names the remote host: after "host", after
 * "connected to", or first on the line as Courier and qmail write it.
 * A name needs a dot once its final dot (the DNS root) is left off;
 * the one after "host" comes before one that starts the lines.
 */
static void
test_text_hosts(void)
{
	static const struct {
		const char	*text;
		const char	*host;
	} lines[] = {
		{ ": host mx.example.net. said: 550 5.1.1 no", "mx.example.net" },
		{ ": host mx.example.net.. said: 550", "mx.example.net" },
		{ ": host mx-1.example.net said: 550", "mx-1.example.net" },
		{ ": host localhost. said: 550 5.1.1 no", "" },
		{ ": host localhost said: 550 5.1.1 no", "" },
		{ ": connected to mx.example.net. but 550 5.1.1 no",
		    "mx.example.net" },
		{ ":\nmx.example.net [192.0.2.7]: 550 5.1.1 no",
		    "mx.example.net" },
		{ ":\nmx [192.0.2.7]: 550 5.1.1 no", "" },
		{ ":\n192.0.2.7 does not like recipient.\n"
		    "Remote host said: 550 5.1.1 no", "192.0.2.7" },
		{ ":\n192.0.2.7 does not like recipient.\n"
		    "Remote host MX.Example.net said: 550 5.1.1 no",
		    "mx.example.net" },
		{ ":\nmail.example.net [192.0.2.7]: connected to mx.example.org"
		    " but 550", "mx.example.org" },
	};
	static const char	 slash[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail Returned to Sender\n\n"
	    "This is the mail system at host mx.example.net/relay.\n\n"
	    "<r@example.net>: host mx.example.org said: 550 5.1.1 no\n";
	size_t	 i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		if (read_one("From: MAILER-DAEMON@a.example\n"
		    "Subject: failure notice\n\n<r@example.net>%s\n",
		    lines[i].text))
			EQ(got[0].remote_mta, lines[i].host);
	/* A host name ends at a byte no name holds, a slash among them. */
	read_buf(slash, sizeof(slash) - 1);
	CHECK(ngot == 1);
	if (ngot == 1)
		EQ(got[0].reporting_mta, "mx.example.net");
}

/*
 * A bounce in HTML alone: tags go, <br>, items and the ends of blocks
 * (paragraphs, divisions, rows, lists, tables) end lines, and the five
 * entities of XML and &nbsp; are read; other entities stay as written.
 */
static void
test_html(void)
{
	static const char	 m[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undeliverable\nContent-Type: text/html\n\n"
	    "<html><head><link rel=x></head><body><P>&LT;r@example.net&gt;:"
	    "<BR/>host mx.example.net said: 550 5.1.1 &quot;r&quot; unknown "
	    "&amp; gone&nbsp;now &#39;x&#39; &copy;<br>"
	    "&lt;r2@example.net&gt;: 552 5.2.2 r2</p>"
	    "<div>&lt;s@example.net&gt;:</DIV><div>552 5.2.2 full</div>"
	    "<ul><li>&lt;t@example.net&gt;: 450 4.2.1 busy"
	    "<li>&lt;t2@example.net&gt;: 451 4.3.0 later</ul>"
	    "<table><tr><td>&lt;u@example.net&gt;:</td></tr>"
	    "<tr><td>550 5.7.1 no</td></tr></table>"
	    "<ol><li>&lt;v@example.net&gt;: 554 5.3.0 v</ol>"
	    "<h2>&lt;w@example.net&gt;: 551 5.1.6 <brief>moved</brief> "
	    "<linked>away</h2>&lt;x@example.net&gt;: 550 5.1.1 x"
	    "</body></html>\n";
	static const char *const want[][2] = {
		{ "r@example.net", "550 5.1.1 \"r\" unknown & gone now 'x' "
		    "&copy;" },
		{ "r2@example.net", "552 5.2.2 r2" },
		{ "s@example.net", "552 5.2.2 full" },
		{ "t@example.net", "450 4.2.1 busy" },
		{ "t2@example.net", "451 4.3.0 later" },
		{ "u@example.net", "550 5.7.1 no" },
		{ "v@example.net", "554 5.3.0 v" },
		{ "w@example.net", "551 5.1.6 moved away" },
		{ "x@example.net", "550 5.1.1 x" },
	};
	size_t	 i;

	read_buf(m, sizeof(m) - 1);
	CHECK(ngot == (sizeof(want) / sizeof(want[0])));
	for (i = 0; i < ngot && i < (sizeof(want) / sizeof(want[0])); i++) {
		EQ(got[i].recipient, want[i][0]);
		EQ(got[i].diagnostic, want[i][1]);
	}
	CHECK(ngot > 0 && strcmp(got[0].remote_mta, "mx.example.net") == 0);
}

/*
 * Recipients the text does not name: X-Failed-Recipients, one address
 * between commas; a DSN recipient without a Diagnostic-Code takes the
 * words the text has for it, and a vague Status gives way to their code.
 */
static void
test_unnamed(void)
{
	static const char	 dsn[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Returned mail\nContent-Type: multipart/report; "
	    "report-type=delivery-status; boundary=q\n\n--q\n"
	    "Content-Type: text/plain\n\n<R@example.net>: host mx.example.net"
	    " said: 550 5.1.1 no such user here\n\n--q\n"
	    "Content-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; a.example\n\n"
	    "Final-Recipient: rfc822; r@example.net\nAction: failed\n"
	    "Status: 5.0.0\n\nFinal-Recipient: rfc822; s@example.net\n"
	    "Action: failed\nStatus: 5.2.2\n\n--q--\n";

	read_str("From: MAILER-DAEMON@a.example\nSubject: failed\n"
	    "X-Failed-Recipients: a@example.net, Bee <B@example.net>,,"
	    "c@example.net, not an address\n\nNot delivered.\n");
	CHECK(ngot == 3 && probs == 0);
	if (ngot == 3) {
		EQ(got[0].recipient, "a@example.net");
		EQ(got[1].recipient, "b@example.net");
		EQ(got[2].recipient, "c@example.net");
	}
	/* The one failure's reply, its indented lines joined by a blank. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failed\n"
	    "X-Failed-Recipients: a@example.net\n\n"
	    "The mail system said:\n550 5.1.1 the mailbox\n   is unknown here\n");
	CHECK(ngot == 1);
	if (ngot == 1)
		EQ(got[0].diagnostic, "550 5.1.1 the mailbox is unknown here");
	/* The text names one: the header's list is not read. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failed\n"
	    "X-Failed-Recipients: a@example.net, b@example.net\n\n"
	    "<t@example.net>:\n550 5.1.1 unknown\n");
	CHECK(ngot == 1);
	if (ngot == 1)
		EQ(got[0].recipient, "t@example.net");

	read_buf(dsn, sizeof(dsn) - 1);
	CHECK(ngot == 2);
	if (ngot == 2) {
		EQ(got[0].diagnostic, "550 5.1.1 no such user here");
		EQ(got[0].status, "5.1.1");
		/* The DSN has no Diagnostic-Code: the code is the text's. */
		EQ(got[0].status_from, "text");
		EQ(got[1].diagnostic, "");
		EQ(got[1].status, "5.2.2");
		EQ(got[1].status_from, "Status");
	}
}

/*
 * A message from a person, with an ordinary subject, is read as a bounce
 * when its text has a bounce's own words: each of them, in any case.
 */
static void
test_own_words(void)
{
	static const char *const words[] = {
		"qmail-send program", "by mail delivery software",
		"had permanent fatal errors", "transcript of session follows",
		"diagnostic information for administrators",
		"remote server returned", "response from the remote server",
		"this is the mail system at host", "could not be delivered to",
		"was not delivered to", "delivery has failed to these",
		"this is the mailer-daemon", "unable to deliver",
		"couldn't be delivered", "wasn't delivered to",
		"delivery to the following recipient", "address not found",
		"message not delivered",
	};
	char	 m[512], up[64];
	size_t	 i, k;
	int	 n;

	for (i = 0; i <= sizeof(words) / sizeof(words[0]); i++) {
		/* The last turn has none of the words: no record. */
		if (i < sizeof(words) / sizeof(words[0]))
			for (k = 0; k < sizeof(up) - 1 && words[i][k] != '\0';
			    k++)
				up[k] = (char)(k % 2 ? words[i][k] :
				    toupper((unsigned char)words[i][k]));
		else
			k = (size_t)snprintf(up, sizeof(up), "Lunch is ready");
		up[k] = '\0';
		n = snprintf(m, sizeof(m), "From: Alice <alice@example.org>\n"
		    "Subject: Fwd: about Tuesday\n\nSee below. %s.\n\n"
		    "<r@example.net>: 550 5.1.1 unknown user\n", up);
		read_buf(m, (size_t)n);
		CHECK(ngot == (i < sizeof(words) / sizeof(words[0])));
		if (ngot != (i < sizeof(words) / sizeof(words[0])))
			fprintf(stderr, "own words: '%s'\n", up);
	}
}

/* A text bounce that says delivery goes on is a delay, not a failure. */
static void
test_delay_words(void)
{
	static const char *const words[] = {
		"will continue trying", "still trying", "has been delayed",
		"not yet been delivered", "will be retried", "will retry",
		"is delayed", "was delayed", "temporarily deferred",
		"warning only", "was refused",
	};
	char	 m[512];
	size_t	 i, last = sizeof(words) / sizeof(words[0]) - 1;
	int	 n;

	for (i = 0; i <= last; i++) {
		n = snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
		    "Subject: Undelivered Mail\n\nYour message %s.\n\n"
		    "<r@example.net>: 451 4.4.1 no answer\n", words[i]);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1);
		if (ngot == 1)
			EQ(got[0].action, i < last ? "delayed" : "failed");
	}
}

/*
 * What makes a message a bounce when it has no report: a sender that is
 * a mail system, or a subject that says so; a subject that starts as an
 * auto-reply's does makes it one.  Each word, in any case.
 */
static void
test_who_and_subject(void)
{
	static const char *const senders[] = {
		"MAILER-DAEMON@a.example", "Postmaster <pm@a.example>",
		"mail-daemon@a.example", "Mail Delivery System <x@a.example>",
		"Mailer_Daemon@a.example",
	};
	static const char *const subjects[] = {
		"Undeliverable: lunch", "Delivery Status Notification",
		"failure notice", "Delivery failure", "Delivery failed",
		"Returned mail: see transcript", "Delivery has failed",
		"Message non remis", "Non distribu\xc3\xa9", "Unzustellbar: x",
		"Delivery problem", "Could not send message", "Not delivered",
		"Delayed Mail (still being retried)", "Delivery Notification",
		"Nondeliverable mail", "Non-Delivery report", "Mail delivery",
		"Delivery report", "\303\251chec de remise",
	};
	static const char *const autos[] = {
		"Out of Office: lunch", "Auto: lunch", "Automatic reply: lunch",
		"R\303\251ponse automatique : d\303\251jeuner",
		"Abwesenheitsnotiz", "Vacation", "AutoReply: x", "Auto-Reply: x",
		"Auto reply", "Away from my desk", "Absence",
		"  [Out of the office]", "Automatische Antwort", "Autoantwort",
		"Abwesend", "Ausser Haus", "Au\303\237er Haus",
	};
	static const char	 body[] = "\n\n<r@example.net>: 550 5.1.1 "
	    "unknown user\n";
	char	 m[512];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(senders) / sizeof(senders[0]); i++) {
		n = snprintf(m, sizeof(m), "From: %s\nSubject: Lunch%s",
		    senders[i], body);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1 && got[0].kind == BK_BOUNCE);
	}
	for (i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++) {
		n = snprintf(m, sizeof(m), "From: Alice <alice@example.org>\n"
		    "Subject: %s%s", subjects[i], body);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1 && got[0].kind == BK_BOUNCE);
		if (ngot != 1)
			fprintf(stderr, "subject: %s\n", subjects[i]);
	}
	for (i = 0; i < sizeof(autos) / sizeof(autos[0]); i++) {
		n = snprintf(m, sizeof(m), "From: Alice <alice@example.org>\n"
		    "Subject: %s\n\nBack on Monday.\n", autos[i]);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1 && got[0].kind == BK_AUTOREPLY);
		if (ngot != 1)
			fprintf(stderr, "auto-reply: %s\n", autos[i]);
	}
	/* None of them: a person's message, or words not at the start. */
	read_str("From: Alice <alice@example.org>\nSubject: Lunch\n\n"
	    "<r@example.net>: 550 5.1.1 unknown user\n");
	CHECK(ngot == 0);
	read_str("From: Alice <alice@example.org>\nSubject: Re: out of office"
	    "\n\nBack on Monday.\n");
	CHECK(ngot == 0);
}

/*
 * A recipient alone on its line takes the paragraph after it when that
 * paragraph starts with a line with a code, as Orange writes them; one
 * without a code is no answer.
 */
static void
test_alone_then_paragraph(void)
{
	static const char m[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\n\n"
	    "Your message could not be delivered to this recipient:\n\n"
	    "  r@example.net\n\n"
	    "Erreur permanente 5.1.2 : domaine inconnu\n"
	    "(pas de MX).\n\n"
	    "Votre message d'origine :\n";
	static const char plain[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\n\n"
	    "  r@example.net\n\n"
	    "Please check the address.\n";

	read_buf(m, sizeof(m) - 1);
	CHECK(ngot == 1);
	EQ(got[0].recipient, "r@example.net");
	EQ(got[0].status, "5.1.2");
	EQ(got[0].diagnostic, "5.1.2 : domaine inconnu (pas de MX).");
	CHECK(got[0].verdict.reason == REASON_HOSTUNKNOWN);
	read_buf(plain, sizeof(plain) - 1);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, "");
}

/*
 * A reply that a notice wraps without indenting it goes on while its
 * sentence does, in lower case; a new sentence, a blank line or a
 * capital ends it.
 */
static void
test_unindented_reply(void)
{
	static const char m[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\n\n"
	    "Your message could not be delivered to:\n\n"
	    "r@example.net\n\n"
	    "The server refused it with this reply:\n"
	    "554 5.7.1 Message refused: the attachment contains\n"
	    "a virus, found by the scanner.\n"
	    "and more words\n"
	    "Mail Gateway\n";
	static const char two[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\n\n"
	    "Your message could not be delivered to:\n\n"
	    "r@example.net\n\n"
	    "The server refused it with this reply:\n"
	    "550 5.7.1 Client host rejected: cannot\n"
	    "Find your reverse hostname\n";
	static const char mark[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\n\n"
	    "Your message could not be delivered to:\n\n"
	    "r@example.net\n\n"
	    "The server refused it with this reply:\n"
	    "550 5.7.1 Client host rejected: cannot\n"
	    "{find} your reverse hostname\n";
	static const char gap[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\n\n"
	    "Your message could not be delivered to:\n\n"
	    "r@example.net\n\n"
	    "The server refused it with this reply:\n"
	    "550 5.1.1 no such user here\n"
	    "   \n"
	    "   The Mail Gateway team\n";

	read_buf(m, sizeof(m) - 1);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, "554 5.7.1 Message refused: the attachment "
	    "contains a virus, found by the scanner.");
	CHECK(got[0].verdict.reason == REASON_VIRUSDETECTED);
	read_buf(two, sizeof(two) - 1);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, "550 5.7.1 Client host rejected: cannot");
	/* Nor does a line that starts with a mark past 'z'. */
	read_buf(mark, sizeof(mark) - 1);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, "550 5.7.1 Client host rejected: cannot");
	/* A line of blanks ends the reply: what is indented after it is
	 * the notice's own. */
	read_buf(gap, sizeof(gap) - 1);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, "550 5.1.1 no such user here");
}

/*
 * Exim's failure of a pipe names, under it, the address that led there:
 * that address failed; the same words in the transcript after it, with
 * more on their line, name nobody.
 */
static void
test_generated_by(void)
{
	static const char m[] = "From: Mail Delivery System "
	    "<Mailer-Daemon@a.example>\n"
	    "Subject: Mail delivery failed: returning message to sender\n\n"
	    "This message was created automatically by mail delivery "
	    "software.\n\n"
	    "A message that you sent could not be delivered.\n\n"
	    "  pipe to |/usr/bin/ticket --queue x\n"
	    "    generated by desk@example.com\n"
	    "    local delivery failed\n\n"
	    "------ pipe to |/usr/bin/ticket --queue x\n"
	    "       generated by desk@example.com ------\n\n"
	    "ticket: the server answered 500\n";

	static const char r[] = "From: Mail Delivery System "
	    "<Mailer-Daemon@a.example>\n"
	    "Subject: Mail delivery failed: returning message to sender\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; "
	    "boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/plain; charset=us-ascii\n\n"
	    "  pipe to |/usr/bin/ticket --queue x\n"
	    "    generated by desk@example.com\n"
	    "    local delivery failed\n\n"
	    "  file /var/mail/box\n"
	    "    generated by box@example.com\n"
	    "    local delivery failed\n\n"
	    "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; a.example\n\n"
	    "Action: failed\nFinal-Recipient: rfc822;desk@example.com\n"
	    "Status: 5.0.0\n"
	    "X-Exim-Diagnostic: X-str; ticket: cannot write to its spool\n\n"
	    "Action: failed\nFinal-Recipient: rfc822;box@example.com\n"
	    "Status: 5.0.0\n"
	    "X-Exim-Diagnostic: X-str; cannot write to the box\n\n--b--\n";

	read_buf(m, sizeof(m) - 1);
	CHECK(ngot == 1);
	EQ(got[0].recipient, "desk@example.com");
	EQ(got[0].diagnostic, "local delivery failed");
	/* A pipe's program failed, with or without a report. */
	CHECK(got[0].verdict.reason == REASON_MAILERERROR);
	read_buf(r, sizeof(r) - 1);
	CHECK(ngot == 2);
	if (ngot != 2)
		return;
	EQ(got[0].recipient, "desk@example.com");
	CHECK(got[0].verdict.reason == REASON_MAILERERROR);
	/* A file is no program. */
	EQ(got[1].recipient, "box@example.com");
	CHECK(got[1].verdict.reason != REASON_MAILERERROR);
}

/*
 * Sendmail names a program by its command, its reason under it, then the
 * address that led there: "(expanded from: <a@b>)".  That address failed,
 * with the reason above it; an ordinary recipient's alias names nobody
 * new, and a line of a table drawn with '|' is no program.
 */
static void
test_expanded_from(void)
{
	static const char m[] = "From: Mail Delivery Subsystem "
	    "<MAILER-DAEMON@a.example>\n"
	    "Subject: Returned mail: see transcript for details\n\n"
	    "   ----- The following addresses had permanent fatal errors "
	    "-----\n"
	    "<bob@far.example>\n"
	    "    (reason: 550 5.1.1 User unknown)\n"
	    "    (expanded from: <team@example.org>)\n"
	    "\"|/usr/bin/ticket --queue x\"\n"
	    "    (reason: 554 5.3.0 unknown mailer error 2)\n"
	    "    (expanded from: <desk@example.org>)\n\n"
	    "   ----- Transcript of session follows -----\n"
	    "ticket: no spool\n"
	    "554 5.3.0 unknown mailer error 2\n";
	static const char table[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undeliverable\n\n"
	    "Delivery failed for:\n"
	    "| r@example.net | 550 5.1.1 no such user |\n"
	    "    (expanded from: <list@example.org>)\n";

	read_buf(m, sizeof(m) - 1);
	CHECK(ngot == 2);
	if (ngot != 2)
		return;
	EQ(got[0].recipient, "bob@far.example");
	EQ(got[0].diagnostic, "550 5.1.1 User unknown");
	EQ(got[1].recipient, "desk@example.org");
	EQ(got[1].diagnostic, "554 5.3.0 unknown mailer error 2");
	CHECK(got[1].verdict.reason == REASON_MAILERERROR);
	CHECK(got[1].reply_code == 554);
	read_buf(table, sizeof(table) - 1);
	CHECK(ngot == 0 || strcmp(got[0].recipient, "list@example.org") != 0);
}

/*
 * A help desk's acknowledgement quotes what its user wrote: a bounce's
 * own words after '>' make no bounce of it; the same words unquoted do.
 */
static void
test_quoted_marker(void)
{
	static const char q[] = "From: IT Support <desk@a.example>\n"
	    "Subject: Ticket #48 received: Undeliverable: invoice\n\n"
	    "Your request was logged.\n\n"
	    "> I sent it to r@example.org and got this back:\n"
	    "> Remote Server returned '550 5.1.1 User unknown'\n";
	static const char u[] = "From: IT Support <desk@a.example>\n"
	    "Subject: Ticket #48 received: Undeliverable: invoice\n\n"
	    "r@example.org\n"
	    "Remote Server returned '550 5.1.1 User unknown'\n";

	read_buf(q, sizeof(q) - 1);
	CHECK(ngot == 0);
	read_buf(u, sizeof(u) - 1);
	CHECK(ngot == 1);
}

/*
 * GroupWise gives each recipient a paragraph of its own, "Status:" then
 * "Reason:", the address sometimes followed by the user's id in brackets.
 */
static void
test_status_paragraphs(void)
{
	static const char m[] = "From: \"GroupWise Internet Agent\" "
	    "<Postmaster@gw.example.org>\n"
	    "Subject: Message status - undeliverable\n\n"
	    "Your message could not be delivered to the following "
	    "recipients:\n\n"
	    "\ta@example.org\n\n"
	    "\tStatus:  Undeliverable\n"
	    "\tReason:  User not found\n\n"
	    "\tb@example.org   (SCI.PO1.B)\n\n"
	    "\tStatus:  Undeliverable\n"
	    "\tReason:  Post office PO1 has run out of disk space\n";

	read_buf(m, sizeof(m) - 1);
	CHECK(ngot == 2);
	if (ngot != 2)
		return;
	EQ(got[0].recipient, "a@example.org");
	CHECK(got[0].verdict.reason == REASON_USERUNKNOWN);
	EQ(got[1].recipient, "b@example.org");
	CHECK(got[1].verdict.reason == REASON_SYSTEMFULL);
}

/*
 * Bounces that say Auto-Submitted: auto-replied, as Postfix's and
 * MDaemon's do, from a sender with no daemon's name: the subject of a
 * bounce and a failed recipient make a bounce; the same subject on a
 * text without one an auto-reply.
 */
static void
test_autosubmitted_bounce(void)
{
	static const char bounce[] = "From: Relay@mail.example.com\n"
	    "Auto-Submitted: auto-replied\n"
	    "Subject: Permanent Delivery Failure\n\n"
	    "<r@example.net>: 550 5.1.1 no such user\n";
	static const char reply[] = "From: Someone@mail.example.com\n"
	    "Auto-Submitted: auto-replied\n"
	    "Subject: Permanent Delivery Failure\n\n"
	    "I am away until Monday.\n";

	read_buf(bounce, sizeof(bounce) - 1);
	CHECK(ngot == 1);
	CHECK(got[0].kind == BK_BOUNCE);
	EQ(got[0].recipient, "r@example.net");
	EQ(got[0].status, "5.1.1");
	read_buf(reply, sizeof(reply) - 1);
	CHECK(ngot == 1);
	CHECK(got[0].kind == BK_AUTOREPLY);
}

/*
 * A report of one failed recipient, r@example.net, whose other fields
 * (Status, Diagnostic-Code) are the %s.
 */
static const char failed_dsn[] = "From: MAILER-DAEMON@a.example\n"
    "Subject: Returned mail\n"
    "Content-Type: multipart/report; report-type=delivery-status;"
    " boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nfailed\n"
    "--b\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; a.example\n\n"
    "Final-Recipient: rfc822; r@example.net\nAction: failed\n"
    "%s\n\n--b--\n";

/*
 * A Diagnostic-Code of type X-Unix is a delivery program's exit status:
 * a mailer error, unless words say why; smtp's keeps its code's reason.
 */
static void
test_unix_diagnostic(void)
{
	static const struct {
		const char	*diag;
		enum reason	 reason;
	} t[] = {
		{ "Status: 5.3.0\nDiagnostic-Code: X-Unix; 2",
		    REASON_MAILERERROR },
		{ "Status: 5.3.0\nDiagnostic-Code: x-unix;75",
		    REASON_MAILERERROR },
		/* Given up on after transient failures: expired. */
		{ "Status: 4.0.0\nDiagnostic-Code: X-Unix; locked",
		    REASON_EXPIRED },
		{ "Diagnostic-Code: X-Unix; 1", REASON_MAILERERROR },
		{ "Status: 5.3.0\nDiagnostic-Code: X-Unix; mailbox is full",
		    REASON_MAILBOXFULL },
		/* A status that says more: Postfix's pipe, EX_NOUSER. */
		{ "Status: 5.1.1\nDiagnostic-Code: X-Unix; no queue named x",
		    REASON_USERUNKNOWN },
		{ "Status: 5.3.0\nDiagnostic-Code: smtp; 2",
		    REASON_SYSTEMERROR },
		{ "Status: 5.3.0\nDiagnostic-Code: X-Unixy; 2",
		    REASON_SYSTEMERROR },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (read_one(failed_dsn, t[i].diag))
			CHECK(got[0].verdict.reason == t[i].reason);
}

/*
 * A recipient given up on after transient failures is expired, also
 * under a status that says only its class: Exim's 5.0.0 over a 451.
 */
static void
test_given_up(void)
{
	static const struct {
		const char	*fields;
		enum reason	 reason;
	} t[] = {
		{ "Status: 5.0.0\nDiagnostic-Code: smtp; 451 4.7.1 Greylisted",
		    REASON_EXPIRED },
		{ "Status: 5.0.0\nDiagnostic-Code: smtp; 421 connection lost",
		    REASON_EXPIRED },
		{ "Status: 4.4.1\nDiagnostic-Code: smtp; connection refused",
		    REASON_EXPIRED },
		{ "Status: 5.0.0\nDiagnostic-Code: smtp; 452 4.2.2 mailbox full",
		    REASON_MAILBOXFULL },
		{ "Status: 5.7.1\nDiagnostic-Code: smtp; 451 Greylisted",
		    REASON_BLOCKED },
		{ "Status: 5.0.0\nDiagnostic-Code: smtp; 550 blocked",
		    REASON_BLOCKED },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (read_one(failed_dsn, t[i].fields))
			CHECK(got[0].verdict.reason == t[i].reason);
}

/*
 * A provider's own case decides when the provider is known from the
 * answering host or from the recipient's domain, not only from the
 * words of the reply: Outlook.com's "550 SC-001" is a poor reputation.
 */
static void
test_provider_case(void)
{
	static const char fmt[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail Returned to Sender\n"
	    "Content-Type: multipart/report; report-type=delivery-status;"
	    " boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nfailed\n"
	    "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; a.example\n\n%s\nAction: failed\n"
	    "Diagnostic-Code: smtp; 550 SC-001 (BN8NAM11) Mail from "
	    "192.0.2.1 refused\n\n--b--\n";

	if (read_one(fmt, "Final-Recipient: rfc822; r@example.net\n"
	    "Remote-MTA: dns; mx1.hotmail.com")) {
		EQ(got[0].provider != NULL ? got[0].provider : "", "outlookcom");
		CHECK(got[0].verdict.reason == REASON_BADREPUTATION);
	}
	if (read_one(fmt, "Final-Recipient: rfc822; r@hotmail.com")) {
		EQ(got[0].provider != NULL ? got[0].provider : "", "outlookcom");
		CHECK(got[0].verdict.reason == REASON_BADREPUTATION);
	}
	if (read_one(fmt, "Final-Recipient: rfc822; r@example.net")) {
		CHECK(got[0].provider == NULL);
		CHECK(got[0].verdict.reason != REASON_BADREPUTATION);
	}
}

/*
 * IMail's fields that name the recipient and the failure: the whole
 * line is its text.  A 2xx in a failure's text is no reply to it.
 */
static void
test_cause_fields(void)
{
	static const char fmt[] = "From: postmaster@a.example\n"
	    "Subject: Undeliverable Mail\n\n%s\n"
	    "This mailbox is not on this server.\n";

	if (read_one(fmt, "Unknown user: r@example.net")) {
		EQ(got[0].recipient, "r@example.net");
		CHECK(got[0].verdict.reason == REASON_USERUNKNOWN);
		CHECK(strncmp(got[0].diagnostic, "Unknown user: r@example.net",
		    27) == 0);
	}
	if (read_one(fmt, "Delivery failed 1 attempts: r@example.net")) {
		EQ(got[0].recipient, "r@example.net");
		CHECK(got[0].reply_code == 0);
	}
	if (read_one(fmt, "<r@example.net>: switched off (LDAP-ERR #220) "
	    "(#5.2.1)")) {
		EQ(got[0].status, "5.2.1");
		CHECK(got[0].reply_code == 0);
		CHECK(got[0].verdict.reason == REASON_SUSPEND);
	}
	if (read_one(fmt, "<r@example.net>: 550 gone; it said 250 before")) {
		CHECK(got[0].reply_code == 550);
	}
}

/*
 * A bounce's only recipient, without a code or a cause in its own text,
 * takes the cause the whole text names; not one of two recipients.
 */
static void
test_whole_text(void)
{
	static const char fmt[] = "From: postmaster@a.example\n"
	    "Subject: Message blocked\n\nYour message to: r@example.net\n"
	    "%s\nwas not delivered.\n\n"
	    "Reason: your server is listed at a DNSBL.\n";

	if (read_one(fmt, "Subject: hello\n")) {
		EQ(got[0].recipient, "r@example.net");
		CHECK(got[0].verdict.reason == REASON_BLOCKED);
		CHECK(got[0].verdict.bounce == BOUNCE_SOFT);
	}
	/* Its own text says: it stands. */
	if (read_one(fmt, "Subject: hello\nThe mailbox is full.\n"))
		CHECK(got[0].verdict.reason == REASON_MAILBOXFULL);
	read_str("From: postmaster@a.example\nSubject: Message blocked\n\n"
	    "Your message to: r@example.net\n\n"
	    "Your message to: s@example.net\n\n"
	    "Reason: your server is listed at a DNSBL.\n");
	CHECK(ngot == 2);
	if (ngot == 2)
		CHECK(got[0].verdict.reason == REASON_UNDEFINED &&
		    got[1].verdict.reason == REASON_UNDEFINED);
}

/*
 * A bounce that names no recipient stands for the original's recipient
 * when it had only one: not with two in To, nor with a Cc.
 */
static void
test_original_recipient(void)
{
	static const char fmt[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undeliverable mail\n\n"
	    "The message was refused:\n 553 5.1.8 sender domain unknown\n\n"
	    "Original message headers:\n\n"
	    "From: s@example.com\n%s\nSubject: hello\n\nbody\n";
	static const struct {
		const char	*head;
		const char	*rcpt;
	} t[] = {
		{ "To: R <R@example.net>", "r@example.net" },
		{ "To: r@example.net, q@example.net", "" },
		{ "To: r@example.net\nCc: q@example.net", "" },
		{ "X-To: r@example.net", "" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (read_one(fmt, t[i].head)) {
			EQ(got[0].recipient, t[i].rcpt);
			EQ(got[0].status, "5.1.8");
		}
}

/*
 * A recipient named only by a person's name, as Exchange 2000 and X.400
 * gateways name them: the original's To or Cc gives the address, when
 * the failure names one of its people.
 */
static void
test_named_recipient(void)
{
	static const char fmt[] = "From: postmaster@corp.example\n"
	    "Subject: Undeliverable: report\n\n"
	    "Your message\n\n  To:      Jones, Mark; Ahmed, Sara\n\n"
	    "did not reach the following recipient(s):\n\n"
	    "%s on 14/03/2002 10:41\n"
	    "    The recipient's mailbox is full.\n"
	    "    <exch.corp.example #5.2.2>\n\n"
	    "Original message headers:\n\n"
	    "From: a@corp.example\nTo: \"Jones, Mark\" <m.jones@corp.example>,\n"
	    "\t\"Ahmed, Sara\" <s.ahmed@corp.example>\nCc: Tom Ode "
	    "<t.ode@corp.example>\nSubject: report\n\nbody\n";
	static const struct {
		const char	*line;
		const char	*rcpt;
	} t[] = {
		{ "Jones, Mark", "m.jones@corp.example" },
		{ "AHMED, SARA", "s.ahmed@corp.example" },
		{ "Tom Ode", "t.ode@corp.example" },
		{ "c=GB;a= ;p=CORP;o=HQ;s=Ahmed;g=Sara;", "s.ahmed@corp.example" },
		{ "c=GB;a= ;p=CORP;o=HQ;s=Ode;g=Tom;", "t.ode@corp.example" },
		/* Nobody the original names, or a name that is a prefix. */
		{ "Smith, Anna", "" },
		/* A surname of the original's without its given name. */
		{ "c=GB;a= ;p=CORP;o=HQ;s=Ahmed;g=Omar;", "" },
		{ "Jones, Ma", "" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (read_one(fmt, t[i].line)) {
			EQ(got[0].recipient, t[i].rcpt);
			EQ(got[0].status, "5.2.2");
		}
}

/*
 * An automatic answer that threw the message away fails the address the
 * message was sent to; one that only answers is an auto-reply.
 */
static void
test_refused_reply(void)
{
	static const char fmt[] = "From: Desk <noreply@desk.example>\n"
	    "To: ann@example.com\nSubject: About your email\n"
	    "Auto-Submitted: auto-replied\n\n"
	    "We received your email to %s\n";
	static const struct {
		const char	*text;
		const char	*kind;
		const char	*rcpt;
	} t[] = {
		{ "help@desk.example, but it has been discarded.", "bounce",
		    "help@desk.example" },
		{ "help@desk.example and will answer it soon.", "autoreply",
		    "noreply@desk.example" },
		/* The address must be the one written to, not the sender's. */
		{ "ann@example.com; it was discarded.", "autoreply",
		    "noreply@desk.example" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (read_one(fmt, t[i].text)) {
			EQ(bounce_kind_name(got[0].kind), t[i].kind);
			EQ(got[0].recipient, t[i].rcpt);
		}
}

/*
 * After a blank line, a line that ends in ':' and says the server's
 * answer follows gives that answer to the recipient still without one.
 */
static void
test_intro_lines(void)
{
	static const struct {
		const char	*line;
		int		 intro;
	} lines[] = {
		{ "Sent because:", 1 },
		{ "The Response was:", 1 },
		{ "Technical details of permanent failure:", 1 },
		{ "The error that the other server returned was:  ", 1 },
		{ "The reason of the problem:", 1 },
		{ "Error message:", 1 },
		/* Domino's "weil:" and the same word in other languages. */
		{ "weil:", 1 },
		{ "  parce que :", 1 },
		{ "Motivo:", 1 },
		{ "perch\xc3\xa9:", 1 },
		/* Biglobe's section of why. */
		{ "   ----- Non-delivered information -----", 1 },
		{ "   ----- Transcript of session follows -----", 0 },
		{ "Lunch was:", 0 },
		{ "The response was", 0 },
		/* No intro line, since a line that long is text; but a
		 * paragraph with a code after a recipient alone is its. */
		{ "The response was: 550 in the same line, which is no intro"
		    " line since a line that long is text:", 2 },
	};
	size_t	 i;

	/*
	 * A second failure at the end, so that the one failure of a text
	 * does not go to the recipient without words of its own.
	 */
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		if (read_one("From: MAILER-DAEMON@a.example\n"
		    "Subject: x\n\n<r@example.net>\n\n%s\n550 5.1.1 gone\n"
		    "\n421 4.4.2 timed out elsewhere\n", lines[i].line))
			EQ(got[0].diagnostic, lines[i].intro == 2 ?
			    "550 in the same line, which is no intro line "
			    "since a line that long is text: 550 5.1.1 gone" :
			    lines[i].intro ? "550 5.1.1 gone" : "");
	}
}

/* More recipients than a message may list: the first ones, and it is said. */
static void
test_too_many(void)
{
	static char	 m[64 * 1024];
	size_t		 n, i;

	for (i = 0; i < 2; i++) {
		size_t	 k;

		n = (size_t)snprintf(m, sizeof(m), "%s",
		    i == 0 ? "From: MAILER-DAEMON@a.example\nSubject: x\n\n" :
		    "From: MAILER-DAEMON@a.example\nSubject: x\n"
		    "Content-Type: multipart/report; boundary=q\n\n--q\n"
		    "Content-Type: message/delivery-status\n\n"
		    "Reporting-MTA: dns; a.example\n\n");
		for (k = 0; k < DSN_RCPT_MAX + 2; k++)
			n += (size_t)snprintf(m + n, sizeof(m) - n, i == 0 ?
			    "<u%zu@example.net>:\n550 5.1.1 no\n\n" :
			    "Final-Recipient: rfc822; u%zu@example.net\n"
			    "Action: failed\nStatus: 5.1.1\n\n", k);
		if (i == 1)
			n += (size_t)snprintf(m + n, sizeof(m) - n, "--q--\n");
		read_buf(m, n);
		CHECK(ngot == DSN_RCPT_MAX);
		CHECK(probs == 1u << BP_TOO_MANY);
		CHECK(ngot > 0 && strcmp(got[0].recipient, "u0@example.net") == 0);
	}
	/* Exactly as many as may be listed: no problem. */
	n = (size_t)snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
	    "Subject: x\n\n");
	for (i = 0; i < DSN_RCPT_MAX; i++)
		n += (size_t)snprintf(m + n, sizeof(m) - n,
		    "<u%zu@example.net>:\n550 5.1.1 no\n\n", i);
	read_buf(m, n);
	CHECK(ngot == DSN_RCPT_MAX && probs == 0);
}

/* A text part whose decoded lines end in CR LF, or in CR alone. */
static void
test_decoded_ends(void)
{
	/* "<d@example.net>:\r\n550 5.1.1 gone\r\n" and with CR alone. */
	static const char *const b64[] = {
		"PGRAZXhhbXBsZS5uZXQ+Og0KNTUwIDUuMS4xIGdvbmUNCg==",
		"PGRAZXhhbXBsZS5uZXQ+Og01NTAgNS4xLjEgZ29uZQ0=",
	};
	char	 m[512];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(b64) / sizeof(b64[0]); i++) {
		n = snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
		    "Subject: x\nContent-Type: text/plain\n"
		    "Content-Transfer-Encoding: base64\n\n%s\n", b64[i]);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1);
		if (ngot == 1) {
			EQ(got[0].recipient, "d@example.net");
			EQ(got[0].diagnostic, "550 5.1.1 gone");
		}
	}
}

static void
test_line_ends(void)
{
	FILE		*fp;
	char		*s, *t;
	long		 n;
	size_t		 i, k;
	struct bounce_rec first;

	if ((fp = fopen(MAIL "postfix.eml", "rb")) == NULL)
		abort();
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	s = malloc((size_t)n);
	t = malloc(2 * (size_t)n);
	if (s == NULL || t == NULL || fread(s, 1, (size_t)n, fp) != (size_t)n)
		abort();
	fclose(fp);
	read_buf(s, (size_t)n);
	first = got[0];
	for (i = k = 0; i < (size_t)n; i++) {
		if (s[i] == '\n')
			t[k++] = '\r';
		t[k++] = s[i];
	}
	read_buf(t, k);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, first.diagnostic);
	EQ(got[0].subject, first.subject);
	EQ(got[0].status, first.status);
	for (i = 0; i < (size_t)n; i++)
		if (s[i] == '\n')
			s[i] = '\r';
	read_buf(s, (size_t)n);
	CHECK(ngot == 1);
	EQ(got[0].diagnostic, first.diagnostic);
	EQ(got[0].remote_mta, first.remote_mta);
	free(s);
	free(t);
}

static void
put(const char *path, const char *body)
{
	FILE	*fp = fopen(path, "w");

	if (fp == NULL)
		abort();
	fputs(body, fp);
	fclose(fp);
}

#define BOUNCE_TO(a)	"From: MAILER-DAEMON@a.example\nSubject: failure " \
			"notice\n\n<" a ">:\n550 5.1.1 no\n"

static void
test_dirs(void)
{
	char	 dir[] = "/tmp/test_bounce.XXXXXX", path[256];
	size_t	 used;

	if (mkdtemp(dir) == NULL)
		abort();
	snprintf(path, sizeof(path), "%s/cur", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/new", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/cur/2", dir);
	put(path, BOUNCE_TO("b@example.net"));
	snprintf(path, sizeof(path), "%s/cur/1", dir);
	put(path, BOUNCE_TO("a@example.net"));
	snprintf(path, sizeof(path), "%s/new/0", dir);
	put(path, BOUNCE_TO("c@example.net"));
	snprintf(path, sizeof(path), "%s/tmp", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/tmp/9", dir);
	put(path, BOUNCE_TO("tmp@example.net"));
	/* A Maildir: cur then new, by name; tmp is not read. */
	read_path(dir);
	CHECK(ngot == 3);
	EQ(got[0].recipient, "a@example.net");
	EQ(got[1].recipient, "b@example.net");
	EQ(got[2].recipient, "c@example.net");
	snprintf(path, sizeof(path), "%s/cur/1", dir);
	EQ(files[0], path);
	/*
	 * Read a second time, it leaves the heap as it was: the list of
	 * names is freed with the names (the first reading sets up what
	 * the context keeps, once).
	 */
	setup(0, LANG_EN);
	CHECK(bounce_path(&ctx, dir) == 0);
	used = heap_used();
	CHECK(bounce_path(&ctx, dir) == 0);
	CHECK(heap_used() == used);
	done();
	/* Any other directory: its files by name, not its subdirectories. */
	snprintf(path, sizeof(path), "%s/cur", dir);
	snprintf(path, sizeof(path), "%s/tmp", dir);
	read_path(path);
	CHECK(ngot == 1);
	EQ(got[0].recipient, "tmp@example.net");
	/* A name that will not open is said, by its path; the rest is read. */
	snprintf(path, sizeof(path), "%s/tmp/8", dir);
	CHECK(symlink("/nonexistent/bounce", path) == 0);
	snprintf(path, sizeof(path), "%s/tmp", dir);
	read_path(path);
	CHECK(ngot == 1 && probs == 1u << BP_UNREADABLE);
	snprintf(path, sizeof(path), "%s/tmp/8", dir);
	EQ(pfile, path);
	setup(0, LANG_EN);
	CHECK(bounce_path(&ctx, "/nonexistent/x") == -1);
	done();
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	CHECK(system(path) == 0);
}

static void
test_output(void)
{
	static const char evil[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: failure notice\n\n<e@example.net>:\n"
	    "550 5.1.1 \x1b[31mred\xe2\x80\xae txet\xc2\x9b \xff end\n";
	const char	*p;

	setup(1, LANG_EN);
	CHECK(bounce_path(&ctx, MAIL "postfix.eml") == 0);
	CHECK(bounce_path(&ctx, MAIL "auto.eml") == 0);
	CHECK(bounce_buffer(&ctx, evil, sizeof(evil) - 1, "f\"\n") == 0);
	done();
	CHECK(json_lines_valid(out, strlen(out)));
	CHECK(strstr(out, "\"recipient\":\"bob.smith@example.net\"") != NULL);
	CHECK(strstr(out, "\"original_recipient\":null") != NULL);
	CHECK(strstr(out, "\"reply_code\":550") != NULL);
	CHECK(strstr(out, "\"kind\":\"autoreply\"") != NULL);
	CHECK(strstr(out, "\"kind\":\"autoreply\",\"recipient\"") != NULL);
	CHECK(strstr(out, "\"reason\":\"vacation\",\"bounce\":\"none\"") !=
	    NULL);
	/* 5.1.1 is explained as the IANA registry does: a bad mailbox. */
	CHECK(strstr(out, "\"explanation\":\"The mailbox") != NULL);
	/* Text: no byte of the message may drive the terminal. */
	setup(0, LANG_FR);
	CHECK(bounce_buffer(&ctx, evil, sizeof(evil) - 1, "f\x1b]0;x\a")
	    == 0);
	done();
	for (p = out; *p != '\0'; p++)
		CHECK(*p != '\x1b');
	/* ESC in a header or diagnostic is a blank like any control. */
	CHECK(strstr(out, "550 5.1.1 [31mred<U+202E> txet<U+009B>") != NULL);
	CHECK(strstr(out, "\xef\xbf\xbd end") != NULL);
	CHECK(strstr(out, "f\\x1b]0;x\\x07 #1  e@example.net\n") == out);
	CHECK(strstr(out, "    diagnostic : 550 5.1.1") != NULL);
	CHECK(strstr(out, "\n    \xc3\xa9" "chec 5.1.1 (550)  ") != NULL);
	/* The registry's explanation of 5.1.1, in French. */
	CHECK(strstr(out, "La bo\xc3\xaete aux lettres") != NULL);
}

/*
 * Text output shows the C1 controls (U+0080 to U+009F) and the bidi
 * controls of Unicode's UAX #9 (ALM U+061C, LRM, RLM, LRE to RLO, LRI
 * to PDI) by their numbers, so that they cannot reorder what the
 * terminal shows; the characters on either side of each range pass.
 */
static void
test_controls(void)
{
	static const struct {
		unsigned long	 cp;
		int		 shown;		/* as <U+XXXX> */
	} cps[] = {
		{ 0x007e, 0 }, { 0x0080, 1 }, { 0x0085, 1 }, { 0x009f, 1 },
		{ 0x00a0, 0 }, { 0x00e9, 0 }, { 0x061b, 0 }, { 0x061c, 1 },
		{ 0x061d, 0 }, { 0x200d, 0 }, { 0x200e, 1 }, { 0x200f, 1 },
		{ 0x2010, 0 }, { 0x2029, 0 }, { 0x202a, 1 }, { 0x202b, 1 },
		{ 0x202c, 1 }, { 0x202d, 1 }, { 0x202e, 1 }, { 0x202f, 0 },
		{ 0x2065, 0 }, { 0x2066, 1 }, { 0x2067, 1 }, { 0x2068, 1 },
		{ 0x2069, 1 }, { 0x206a, 0 },
	};
	char		 msgbuf[1024], want[32], u[4];
	unsigned long	 cp;
	size_t		 i, n, k, at[32], len[32];

	n = (size_t)snprintf(msgbuf, sizeof(msgbuf), "From: MAILER-DAEMON@"
	    "a.example\nSubject: failure notice\nContent-Type: text/plain;"
	    " charset=utf-8\n\n<c@example.net>:\n550 5.1.1 no");
	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		cp = cps[i].cp;
		if (cp < 0x80) {
			u[0] = (char)cp;
			k = 1;
		} else if (cp < 0x800) {
			u[0] = (char)(0xc0 | cp >> 6);
			u[1] = (char)(0x80 | (cp & 0x3f));
			k = 2;
		} else {
			u[0] = (char)(0xe0 | cp >> 12);
			u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
			u[2] = (char)(0x80 | (cp & 0x3f));
			k = 3;
		}
		at[i] = n;
		len[i] = k + 2;
		msgbuf[n++] = ' ';
		msgbuf[n++] = (char)('a' + i);
		memcpy(msgbuf + n, u, k);
		n += k;
	}
	msgbuf[n++] = '\n';
	setup(0, LANG_EN);
	CHECK(bounce_buffer(&ctx, msgbuf, n, "ctl") == 0);
	done();
	CHECK(ngot == 1);
	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		cp = cps[i].cp;
		if (cps[i].shown)
			snprintf(want, sizeof(want), " %c<U+%04lX>",
			    (char)('a' + i), cp);
		else {
			/* The same bytes as in the message. */
			memcpy(want, msgbuf + at[i], len[i]);
			want[len[i]] = '\0';
		}
		if (strstr(out, want) == NULL)
			fprintf(stderr, "U+%04lX: no \"%s\"\n", cp, want);
		CHECK(strstr(out, want) != NULL);
	}
}

/*
 * A text part in Windows-1252 whose euro signs take three bytes each in
 * UTF-8 (0x80 is U+20AC, E2 82 AC): converted whole, so that the
 * recipient at its end is read.
 */
static void
test_wide_text(void)
{
	static const char	 head[] = "From: MAILER-DAEMON@a.example\n"
				    "Subject: failure notice\nContent-Type: "
				    "text/plain; charset=windows-1252\n\n";
	static const char	 tail[] = "<w@example.net>:\n550 5.2.2 full\n";
	char			*m;
	size_t			 i, n;

	/* 240 lines of 1000 euros: 720,000 bytes once converted. */
	if ((m = malloc(sizeof(head) + 240 * 1001 + sizeof(tail))) == NULL)
		abort();
	memcpy(m, head, sizeof(head) - 1);
	n = sizeof(head) - 1;
	for (i = 0; i < 240; i++) {
		memset(m + n, 0x80, 1000);
		n += 1000;
		m[n++] = '\n';
	}
	memcpy(m + n, tail, sizeof(tail) - 1);
	n += sizeof(tail) - 1;
	read_buf(m, n);
	CHECK(ngot == 1 && probs == 0);
	if (ngot == 1) {
		EQ(got[0].recipient, "w@example.net");
		EQ(got[0].status, "5.2.2");
	}
	free(m);
}

/*
 * Exchange's older reports name the recipient with the date it failed,
 * and quote the server's pair after their own vague code: the specific
 * code is the one given (RFC 3463: X.0.0 says no more than its class).
 */
static void
test_exchange_text(void)
{
	read_str("From: System Administrator <postmaster@ex.example.com>\n"
	    "To: ana@example.com\nSubject: Undeliverable: figures\n\n"
	    "Your message did not reach some or all of the intended "
	    "recipients.\n\nThe following recipient(s) cannot be reached:"
	    "\n\n      ned@example.net on 3/9/2026 12:00 PM\n"
	    "            The message could not be delivered.\n"
	    "            <ex.example.com #5.0.0 smtp; 554 5.7.1 "
	    "<ned@example.net>: Relay access denied>\n");
	CHECK(ngot == 1);
	if (ngot != 1)
		return;
	EQ(got[0].recipient, "ned@example.net");
	EQ(got[0].status, "5.7.1");
	EQ(got[0].status_from, "text");
	CHECK(got[0].reply_code == 554);

	/* MMDF's and MDaemon's subjects; the second a delay. */
	read_str("From: Mail System <mmdf@a.example>\nSubject: Failed mail  "
	    "(msg.a1)\n\nIt failed to be received by:\n\n"
	    "    ned@example.net (host: example.net)\n");
	CHECK(ngot == 1 && strcmp(got[0].recipient, "ned@example.net") == 0 &&
	    strcmp(got[0].action, "failed") == 0);
	read_str("From: Mail System <md@a.example>\nSubject: Warning: Message "
	    "Delivery Has Been Delayed\n\n<ned@example.net>:\n"
	    "451 4.4.1 no answer\n");
	CHECK(ngot == 1 && strcmp(got[0].action, "delayed") == 0);

	/*
	 * After words that introduce the server's reply, the reply goes to
	 * the last recipient still without a code, the first one here.
	 */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "<a@example.net>:\n\n<b@example.net>:\n550 5.2.2 full\n\n"
	    "The error message was:\n550 5.1.1 unknown\n");
	CHECK(ngot == 2);
	if (ngot == 2) {
		EQ(got[0].recipient, "a@example.net");
		EQ(got[0].status, "5.1.1");
		EQ(got[1].status, "5.2.2");
	}
	/* A DSN without Remote-MTA: the host its text was talking to. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: Returned mail\n"
	    "Content-Type: multipart/report; report-type=delivery-status; "
	    "boundary=q\n\n--q\nContent-Type: text/plain\n\n"
	    "... while talking to mx.example.net.:\n>>> RCPT TO:<r@example.net>"
	    "\n<<< 550 5.1.1 unknown\n\n--q\n"
	    "Content-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; "
	    "r@example.net\nAction: failed\nStatus: 5.1.1\n\n--q--\n");
	CHECK(ngot == 1 && strcmp(got[0].remote_mta, "mx.example.net") == 0);

	/* Naming nobody, the first failure's code: not the greeting. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failed\n\n"
	    "--- Session Transcript ---\n <-- 220 mx.example.net ESMTP\n"
	    " <-- 250 mx.example.net\n <-- 550 5.1.1 no such user\n");
	CHECK(ngot == 1 && got[0].reply_code == 550 &&
	    strcmp(got[0].status, "5.1.1") == 0);

	/* A specific code first stays; one of another class is not taken. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failed\n\n"
	    "<ned@example.net>:\n550 5.1.1 unknown, see 5.2.2\n");
	CHECK(ngot == 1 && strcmp(got[0].status, "5.1.1") == 0);
	read_str("From: MAILER-DAEMON@a.example\nSubject: failed\n\n"
	    "<ned@example.net>:\n550 5.0.0 failed, then 4.4.1\n");
	CHECK(ngot == 1 && strcmp(got[0].status, "5.0.0") == 0);
}

/*
 * The lines that name a recipient in a bounce's text: "<a@b>:",
 * "<a@b>..." (Sendmail), "<a@b>" alone, "a@b:" and a bare "a@b" before
 * "(" or "<mailto:"; a line where other words follow the address names
 * nobody.  X-Failed-Recipients makes a message a bounce whatever else
 * its header says.
 */
/*
 * A bounce that names no recipient sent back to a VERP address: the
 * recipient it encodes, when it encodes one.
 */
static void
test_verp(void)
{
	static const struct {
		const char	*to;
		const char	*rcpt;	/* "": nobody */
	} tos[] = {
		{ "list-bounces+ann.lee=example.org@lists.example.net",
		    "ann.lee@example.org" },
		{ "<news-bounces+mary-ann=sub.example.org@lists.example.net>",
		    "mary-ann@sub.example.org" },
		{ "list-return-42-ann=example.org@lists.example.net",
		    "ann@example.org" },
		{ "LIST-RETURN-7-ann=example.org@lists.example.net",
		    "ann@example.org" },
		/* A sending service's ids before the user; no number. */
		{ "bounces+2191568-2e6a-ann=example.org@em.example.net", "" },
		{ "list-return--ann=example.org@lists.example.net", "" },
		{ "list-return-42ann=example.org@lists.example.net", "" },
		/* Nothing encoded, or no address. */
		{ "list-bounces@lists.example.net", "" },
		{ "list-bounces+ann@lists.example.net", "" },
		{ "list-bounces+ann=@lists.example.net", "" },
		{ "list-bounces+=example.org@lists.example.net", "" },
		{ "list-bounces+ann=localhost@lists.example.net", "" },
		{ "list-bounces+ann=example.org", "" },
	};
	char	 m[512];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(tos) / sizeof(tos[0]); i++) {
		n = snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
		    "To: %s\nSubject: Undelivered Mail Returned to Sender\n\n"
		    "The account you wrote to is disabled.\n"
		    "Error code: 5.2.1\n", tos[i].to);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1);
		if (ngot == 1)
			EQ(got[0].recipient, tos[i].rcpt);
	}
}

static void
test_rcpt_lines(void)
{
	static const char	 head[] = "From: MAILER-DAEMON@a.example\n"
				    "Subject: failure notice\n\n";
	static const struct {
		const char	*line;
		const char	*rcpt;	/* NULL: nobody */
	} lines[] = {
		{ "<r@example.net>:", "r@example.net" },
		{ "  <r@example.net>:", "r@example.net" },
		{ "<r@example.net>... User unknown", "r@example.net" },
		{ "<r@example.net>...", "r@example.net" },
		{ "<r@example.net>", "r@example.net" },
		{ "<r@example.net>  \t", "r@example.net" },
		{ "<r@example.net> was seen", NULL },
		{ "<r@example.net>.. two dots", NULL },
		{ "<r@example.net>:x", "r@example.net" },
		{ "r@example.net:", "r@example.net" },
		{ "r@example.net: ", "r@example.net" },
		{ "r@example.net (expanded from a list)", "r@example.net" },
		{ "r@example.net <mailto:r@example.net>", "r@example.net" },
		{ "r@example.net <mailto:", "r@example.net" },
		{ "r@example.net <mailto", NULL },
		{ "r@example.net on 3/9/2026 12:00 PM", "r@example.net" },
		{ "r@example.net on 09.03.2026 12:00", "r@example.net" },
		{ "r@example.net on behalf of s@example.net", NULL },
		{ "r@example.net on Tue, 14 Mar 2000 10:11:12 -0500",
		    "r@example.net" },
		{ "r@example.net on Tuesday", NULL },
		{ "r@example.net on Tu", NULL },
		/* Exchange 2003 quotes an address it was given bare. */
		{ "      'r@example.net' on 3/22/2005 11:04 AM",
		    "r@example.net" },
		{ "'r@example.net' on Tue, 22 Mar 2005", "r@example.net" },
		{ "'r@example.net'", NULL },
		{ "'r@example.net' said", NULL },
		{ "'r@example.net on 3/22/2005", NULL },
		{ "'r@example.net x' on 3/22/2005", NULL },
		/* Novell's: a tab sets the address off from its text. */
		{ "\t<r@example.net>\tUser unknown", "r@example.net" },
		{ "<r@example.net> User unknown", NULL },
		/* Stalwart's: why in brackets after a blank. */
		{ "<r@example.net> (delivery to 'mx' failed: code 550)",
		    "r@example.net" },
		{ "<r@example.net>  \t(TLS negotiation failed)",
		    "r@example.net" },
		{ "<r@example.net>(no blank)", NULL },
		{ "<r@example.net> was (not) seen", NULL },
		{ "Receiver not found: r@example.net", "r@example.net" },
		{ "r@example.net on", NULL },
		/* Sendmail 8.6, Smail, GMX. */
		{ "550 r@example.net... Host unknown", "r@example.net" },
		{ "550 <r@example.net>... User unknown", "r@example.net" },
		{ "550 r@example.net: no", NULL },
		{ "250 r@example.net... Recipient ok", NULL },
		{ " <r@example.net> ... transport smtp: 550 no", "r@example.net" },
		{ "\"r@example.net\":", "r@example.net" },
		{ "\"r@example.net\"", NULL },
		/* A field that names it, a field that gives the command. */
		{ "  Recipient address: r@example.net", "r@example.net" },
		{ "Recipient: <r@example.net>", "r@example.net" },
		{ "Recipient address: r@example.net and s", NULL },
		{ "Destinataire : r@example.net", "r@example.net" },
		{ "Empf\xc3\xa4nger: <r@example.net>", "r@example.net" },
		{ "Destinatario: r@example.net", "r@example.net" },
		/* Bigpond's: the address's type before it. */
		{ "SMTP <r@example.net>", "r@example.net" },
		{ "  smtp\t<r@example.net>", "r@example.net" },
		{ "SMTPX <r@example.net>", NULL },
		/* Dutch, Swedish, Turkish, Portuguese's "Para" alone. */
		{ "Ontvanger:  r@example.net", "r@example.net" },
		{ "Mottagare: r@example.net", "r@example.net" },
		{ "Al\xc4\xb1" "c\xc4\xb1  : r@example.net", "r@example.net" },
		{ "   Para:      r@example.net", "r@example.net" },
		/* Slovenian, Hungarian, Finnish, Bulgarian, Greek. */
		{ "  Prejemnik: r@example.net", "r@example.net" },
		{ "C\xc3\xadmzett: r@example.net", "r@example.net" },
		{ "Vastaanottaja: <r@example.net>", "r@example.net" },
		{ "\xd0\x9f\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82"
		    "\xd0\xb5\xd0\xbb: r@example.net", "r@example.net" },
		{ "\xce\xa0\xce\xb1\xcf\x81\xce\xb1\xce\xbb\xce\xae\xcf\x80"
		    "\xcf\x84\xce\xb7\xcf\x82: r@example.net", "r@example.net" },
		{ "Parar: r@example.net", NULL },
		/* A leader of three dots or more between blanks. */
		{ "  Destinatario ... r@example.net", "r@example.net" },
		{ "Destinatario ........ r@example.net", "r@example.net" },
		{ "Destinatario .. r@example.net", NULL },
		{ "Destinatario ...r@example.net", NULL },
		/* Italian certified mail's, a Portuguese sentence. */
		{ "e destinato a \"r@example.net\"", "r@example.net" },
		{ "all'utente \"r@example.net\"", "r@example.net" },
		{ "A sua mensagem para <r@example.net> foi recusada",
		    "r@example.net" },
		{ "Absender: r@example.net", NULL },
		{ "Sender address: r@example.net", NULL },
		{ "Address:     <r@example.net>", "r@example.net" },
		/* A person's name before the brackets, quoted or not. */
		{ "Recipient:  \"Rita Oak\" <r@example.net>", "r@example.net" },
		{ "Recipient: Rita Oak <r@example.net>", "r@example.net" },
		{ "Recipient: \"Rita\" <r@example.net> x", NULL },
		{ "Recipient: s@example.org <r@example.net>", NULL },
		{ "Return address: <r@example.net>", NULL },
		{ "Adresse concern\xc3\xa9" "e : r@example.net", "r@example.net" },
		{ "Recipient unknown there: r@example.net (reply: no such user)",
		    "r@example.net" },
		{ "Recipient: r@example.net [x]", NULL },
		/* A sentence; a quote ends what it opened. */
		{ "We could not deliver your message to \"r@example.net\".",
		    "r@example.net" },
		{ "Invoice 12 sent to 'r@example.net': refused", "r@example.net" },
		{ "It was stopped before its recipient, r@example.net, saw it.",
		    "r@example.net" },
		/* Barracuda's, Notes', IMail's. */
		{ "Your message to:  r@example.net", "r@example.net" },
		{ "was not delivered to:\tr@example.net", "r@example.net" },
		{ "Unknown user: r@example.net", "r@example.net" },
		{ "Delivery failed 1 attempts: <r@example.net>", "r@example.net" },
		{ "Delivered-To: r@example.net", NULL },
		{ "Unknown user: r@example.net and s", NULL },
		/* MailEnable's. */
		{ "\tRecipient: [SMTP:r@example.net]", "r@example.net" },
		{ "Recipient: [smtp:r@example.net]  ", "r@example.net" },
		{ "Recipient: [SMTP:r@example.net] and s", NULL },
		{ "Recipient: [SMTP:r@example.net", NULL },
		{ "Recipient: [SMTP:nobody]", NULL },
		{ "Recipient: [X400:r@example.net]", NULL },
		{ "Command sent: RCPT TO:<r@example.net>", "r@example.net" },
		{ ">>> RCPT TO:<r@example.net>", NULL },
		{ "r@example.net ) closed", NULL },
		{ "r@example.net was seen", NULL },
		{ "r@example.net:x", NULL },
	};
	static const char *const rests[] = {
		"<r@example.net>...550 User unknown",
		"<r@example.net>:550 User unknown",
		"<r@example.net>: 550 User unknown",
		"r@example.net: 550 User unknown",
		"  r@example.net:\t550 User unknown",
	};
	char	 m[512];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		n = snprintf(m, sizeof(m), "%s%s\n550 5.1.1 unknown user\n",
		    head, lines[i].line);
		read_buf(m, (size_t)n);
		if (lines[i].rcpt != NULL) {
			CHECK(ngot == 1);
			if (ngot == 1)
				EQ(got[0].recipient, lines[i].rcpt);
		} else {
			/* A record without a recipient named, if any. */
			CHECK(ngot <= 1);
			if (ngot == 1)
				EQ(got[0].recipient, "");
		}
		if ((lines[i].rcpt != NULL) != (ngot == 1 &&
		    got[0].recipient[0] != '\0'))
			fprintf(stderr, "rcpt line %zu: %s\n", i,
			    lines[i].line);
	}
	/* The text after the address, its mark left out, is the reply. */
	for (i = 0; i < sizeof(rests) / sizeof(rests[0]); i++) {
		n = snprintf(m, sizeof(m), "%s%s\n", head, rests[i]);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1);
		if (ngot == 1)
			EQ(got[0].diagnostic, "550 User unknown");
	}
	/* A person's message, but X-Failed-Recipients names one. */
	read_str("From: Alice <alice@example.org>\nSubject: Re: lunch\n"
	    "X-Failed-Recipients: f@example.net\n\n<f@example.net>:\n"
	    "550 5.1.1 unknown user\n");
	CHECK(ngot == 1);
	read_str("From: Alice <alice@example.org>\nSubject: Re: lunch\n"
	    "X-Failed-Recipients: f\n\n<f@example.net>:\n"
	    "550 5.1.1 unknown user\n");
	CHECK(ngot == 1);
	read_str("From: Alice <alice@example.org>\nSubject: Re: lunch\n\n"
	    "<f@example.net>:\n550 5.1.1 unknown user\n");
	CHECK(ngot == 0);
}

/*
 * Sentences that name the recipient: the address without the '<', '>'
 * and the dots that end the sentence; what follows is the diagnostic.
 */
static void
test_rcpt_sentences(void)
{
	static const struct {
		const char	*line;
		const char	*rcpt;	/* NULL: nobody */
		const char	*diag;
	} lines[] = {
		{ "Your message wasn't delivered to r@example.net.",
		    "r@example.net", "" },
		{ "Your message wasn't delivered to R@Example.NET...",
		    "r@example.net", "" },
		{ "Your message to r@example.net couldn't be delivered.",
		    "r@example.net", "couldn't be delivered." },
		{ "Your message to <r@example.net> couldn't be delivered.",
		    "r@example.net", "couldn't be delivered." },
		{ "Your message to <r@example.net>. It could not be delivered.",
		    "r@example.net", "It could not be delivered." },
		{ "Your mail to r@example.net was not delivered: User unknown.",
		    "r@example.net", "was not delivered: User unknown." },
		{ "Votre message n'a pas pu \xc3\xaatre remis \xc3\xa0 "
		    "r@example.net.", "r@example.net", "" },
		{ "It was not delivered to r@example.net because of a rule",
		    "r@example.net", "because of a rule" },
		/* CommuniGate Pro: the address in quotes and brackets. */
		{ "Failed to deliver to '<r@example.net>'", "r@example.net",
		    "" },
		{ "Failed to deliver to \"<r@example.net>\" today",
		    "r@example.net", "today" },
		/* GroupWise: why, in brackets after the address. */
		{ "\tr@example.net (user not found)", "r@example.net",
		    "(user not found)" },
		{ "Your message to nobody could not be delivered.", NULL, "" },
		{ "Your message to .@. could not be delivered.", NULL, "" },
	};
	char	 m[512];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		n = snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
		    "Subject: failure notice\n\n%s\n", lines[i].line);
		read_buf(m, (size_t)n);
		CHECK(ngot == (lines[i].rcpt != NULL ? 1u : 0u));
		if (ngot != 1 || lines[i].rcpt == NULL)
			continue;
		EQ(got[0].recipient, lines[i].rcpt);
		EQ(got[0].diagnostic, lines[i].diag);
	}
}

/*
 * The server's words under a recipient: from the first code on, inside
 * "returned '...'", without "(reason: ...)"'s parentheses or qmail's
 * "giving up on"; whole when the code closes the text.
 */
/*
 * A report that gives a recipient no Diagnostic-Code: the text's line
 * that names it, "<a@b> (why)", says why, as Stalwart writes it; the
 * recipient with one keeps its own.
 */
static void
test_report_text_why(void)
{
	static const char	 m[] =
	    "From: MAILER-DAEMON@a.example\n"
	    "Subject: Delivery Status Notification\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; "
	    "boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/plain; charset=utf-8\n\n"
	    "<r@example.net> (delivery to 'mx.example.net' failed: code 550)\n"
	    "\n"
	    "<s@example.org> (TLS negotiation with 'mx.example.org' failed:\n"
	    "the policy of example.org requires TLS) Next retry in 15 minutes.\n"
	    "\n--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; a.example\n\n"
	    "Final-Recipient: rfc822;r@example.net\nAction: failed\n"
	    "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user\n\n"
	    "Final-Recipient: rfc822;s@example.org\nAction: delayed\n"
	    "Status: 4.7.5\n\n--b--\n";

	read_str(m);
	CHECK(ngot == 2);
	if (ngot != 2)
		return;
	EQ(got[0].diagnostic, "550 5.1.1 no such user");
	CHECK(got[0].verdict.reason == REASON_USERUNKNOWN);
	CHECK(strstr(got[1].diagnostic, "requires TLS") != NULL);
	EQ(got[1].status, "4.7.5");
	CHECK(got[1].verdict.reason == REASON_FAILEDSTARTTLS);
}

static void
test_diag_text(void)
{
	static const struct {
		const char	*line;
		const char	*diag;
		const char	*status;
		int		 reply;
	} lines[] = {
		{ "(reason: 550 5.1.1 User unknown)", "550 5.1.1 User unknown",
		    "5.1.1", 550 },
		{ "(reason: 550 5.1.1 User unknown))",
		    "550 5.1.1 User unknown)", "5.1.1", 550 },
		{ "no mailbox here by that name (#5.1.1)",
		    "no mailbox here by that name (#5.1.1)", "5.1.1", 0 },
		{ "mailbox full #4.2.2", "mailbox full #4.2.2", "4.2.2", 0 },
		{ "Remote host said: 550 5.1.1 unknown user",
		    "550 5.1.1 unknown user", "5.1.1", 550 },
		{ "The server returned '552 5.2.2 over quota' and closed",
		    "552 5.2.2 over quota", "5.2.2", 552 },
		{ "Remote host said: 550 5.1.1 unknown user giving up on "
		    "192.0.2.1", "550 5.1.1 unknown user", "5.1.1", 550 },
		{ "said: 451 4.7.1 try again, 550 5.1.1 later",
		    "451 4.7.1 try again, 550 5.1.1 later", "4.7.1", 451 },
	};
	char	 m[512];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		n = snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
		    "Subject: failure notice\n\n<r@example.net>:\n%s\n",
		    lines[i].line);
		read_buf(m, (size_t)n);
		CHECK(ngot == 1);
		if (ngot != 1)
			continue;
		EQ(got[0].diagnostic, lines[i].diag);
		EQ(got[0].status, lines[i].status);
		CHECK(got[0].reply_code == lines[i].reply);
	}
	/*
	 * A recipient whose block has no code takes a line of the text that
	 * names it with one, as in a transcript of the session.
	 */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "<r@example.net>:\nSorry, no mailbox here.\n\n--- Transcript ---\n"
	    "RCPT TO:<r@example.net>\n<<< 550 5.1.1 <r@example.net>... User "
	    "unknown\n");
	CHECK(ngot == 1 && strcmp(got[0].diagnostic,
	    "550 5.1.1 <r@example.net>... User unknown") == 0);
	CHECK(ngot == 1 && strcmp(got[0].status, "5.1.1") == 0);
	/* Named again: words without a code give way, words with one stay. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "<r@example.net>: mailbox unavailable\n\n"
	    "<r@example.net>: try later\n");
	CHECK(ngot == 1 && strcmp(got[0].diagnostic, "try later") == 0);
	read_str("From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "<r@example.net>: 550 5.1.1 no such user\n\n"
	    "<r@example.net>: see above\n");
	CHECK(ngot == 1 && strcmp(got[0].diagnostic,
	    "550 5.1.1 no such user see above") == 0);
}

/*
 * The lines that say the returned message follows, each at its exact
 * length and one byte short: after one, an address line is the
 * original's, not a recipient, and its Subject is the original's.
 */
static void
test_orig_markers(void)
{
	static const struct {
		const char	*line;
		int		 marker;
	} lines[] = {
		{ "Original message header", 1 },
		{ "  original MESSAGE headers follow", 1 },
		{ "Original message heade", 0 },
		{ "Below is a copy of", 1 },
		{ "\tbelow is a copy of the message", 1 },
		{ "Below is a copy o", 0 },
		{ "Below this line is a", 1 },
		{ "Below this line is", 0 },
		{ "--- Original message ---", 1 },
		{ "---message", 1 },
		{ "--- The following message could not be delivered", 0 },
		/* m-FILTER's and others' heads of the reply, not of the
		 * message returned. */
		{ "-------server message", 0 },
		{ "----- Error message -----", 0 },
		{ "-------returned message", 1 },
		{ "-- Original message --", 0 },
		{ "Content-Type: message/rfc822", 1 },
		{ "content-type: MESSAGE/RFC822; x=y", 1 },
		{ "Content-Type: message/rfc82", 0 },
		{ "Content-Type: text/rfc822-headers", 1 },
		{ "Content-Type: text/rfc822-header", 0 },
	};
	char	 m[1024];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		/* A part header's own fields end at a blank line. */
		n = snprintf(m, sizeof(m), "From: MAILER-DAEMON@a.example\n"
		    "Subject: failure notice\n\n<a@example.net>:\n"
		    "550 5.1.1 unknown user\n\n%s\n%s\n"
		    "Subject: Lunch\n\n<b@example.net>:\n"
		    "550 5.1.1 unknown user\n", lines[i].line,
		    strncmp(lines[i].line, "Content", 7) == 0 &&
		    lines[i].marker ? "X-Part: yes\n" : "");
		read_buf(m, (size_t)n);
		CHECK(ngot == (lines[i].marker ? 1u : 2u));
		CHECK((strstr(out, "original: \"Lunch\"") != NULL) ==
		    lines[i].marker);
		if (ngot != (lines[i].marker ? 1u : 2u))
			fprintf(stderr, "marker %zu: %s\n", i, lines[i].line);
	}
}

/*
 * A host's trailing root dot goes (RFC 1034 section 3.1), even after a
 * one-letter name; a returned header with a Subject and no Message-ID
 * still gives the original's line.
 */
static void
test_hosts_original(void)
{
	static const char	 m[] = "From: MAILER-DAEMON@a.example\n"
	    "Subject: Undelivered Mail\nContent-Type: multipart/report; "
	    "report-type=delivery-status; boundary=h\n\n--h\n"
	    "Content-Type: message/delivery-status\n\nReporting-MTA: dns; M.\n"
	    "\nFinal-Recipient: rfc822; h@example.net\nAction: failed\n"
	    "Status: 5.1.1\nRemote-MTA: dns; MX.Example.NET.\n\n--h\n"
	    "Content-Type: text/rfc822-headers\n\nSubject: Lunch\n\n--h--\n";

	setup(0, LANG_EN);
	CHECK(bounce_buffer(&ctx, m, sizeof(m) - 1, "h") == 0);
	done();
	CHECK(ngot == 1);
	EQ(got[0].reporting_mta, "m");
	EQ(got[0].remote_mta, "mx.example.net");
	CHECK(strstr(out, "\n    original: \"Lunch\"\n") != NULL);
}

/* One block per recipient: where, who, then the codes and the words. */
static void
test_text(void)
{
	const char	*first = MAIL "qmail.eml #1  frank@example.net\n"
			    "    failed 5.7.1 (550)  ";

	setup(0, LANG_EN);
	CHECK(bounce_path(&ctx, MAIL "qmail.eml") == 0);
	done();
	CHECK(strncmp(out, first, strlen(first)) == 0);
	CHECK(strstr(out, "\n    diagnostic: 550 5.7.1 Relaying denied\n"
	    "    remote MTA: 203.0.113.9\n"
	    "    reported by: mail.example.com\n"
	    "    date: 5 Mar 2026 11:00:00 -0000\n"
	    "    original: \"Hello\" <m1@example.com>\n") != NULL);
	/* The verdict: reason, hard or soft, and whether to try again. */
	CHECK(strstr(out, "\n    failed 5.1.1  unknown recipient, hard "
	    "bounce\n") != NULL);
	setup(0, LANG_EN);
	CHECK(bounce_path(&ctx, MAIL "delayed.eml") == 0);
	done();
	CHECK(strstr(out, "\n    delayed 4.4.1  network error, soft bounce, "
	    "retrying may help\n") != NULL);
	/* A bounce that names nobody: one record, from its first code. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "Delivery failed: 550 5.1.1 unknown user\n");
	CHECK(ngot == 1);
	if (ngot == 1) {
		EQ(got[0].recipient, "");
		EQ(got[0].diagnostic, "550 5.1.1 unknown user");
		EQ(got[0].status, "5.1.1");
	}
	/* A code only in the returned message is none of the bounce's. */
	read_str("From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "It failed.\n\n--- Below this line is a copy of the message.\n\n"
	    "Subject: x\n\n550 5.1.1 in the original\n");
	CHECK(ngot == 0);
	setup(0, LANG_EN);
	CHECK(bounce_path(&ctx, MAIL "qmail.eml") == 0);
	done();
	/* A blank line between blocks; 5.1.1 alone, no reply code. */
	CHECK(strstr(out, "\n\n" MAIL "qmail.eml #1  grace@example.net\n"
	    "    failed 5.1.1  ") != NULL);
}

/*
 * 4096 domains fill the summary's rows; after that a known domain still
 * counts on its own row, and new ones together on "(other)".
 */
static void
summary_overflow(void)
{
	static const char	 fmt[] = "From MAILER-DAEMON Mon Mar  2 10:00:00 "
	    "2026\nFrom: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
	    "<u@d%d.example>:\n550 5.1.1 no\n\n";
	char	*m;
	size_t	 n = 0, size = 4100 * (sizeof(fmt) + 8);
	int	 i;

	if ((m = malloc(size)) == NULL)
		abort();
	for (i = 0; i < 4096; i++)
		n += (size_t)snprintf(m + n, size - n, fmt, i);
	n += (size_t)snprintf(m + n, size - n, fmt, 7);
	n += (size_t)snprintf(m + n, size - n, fmt, 5000);
	n += (size_t)snprintf(m + n, size - n, fmt, 5001);
	n += (size_t)snprintf(m + n, size - n, fmt, 7);
	setup(1, LANG_EN);
	ctx.by = BBY_DOMAIN;
	CHECK(bounce_buffer(&ctx, m, n, "many") == 0);
	bounce_summary(&ctx);
	done();
	CHECK(ngot == 4100);
	CHECK(strncmp(out, "{\"by\":\"domain\",\"rows\":[{\"domain\":"
	    "\"d7.example\",\"count\":3},{\"domain\":\"(other)\",\"count\":2},",
	    88) == 0);
	CHECK(strstr(out, "\"d5000.example\"") == NULL);
	/* Equal counts by name: d0 first, d10 before d2. */
	CHECK(strstr(out, "\"count\":2},{\"domain\":\"d0.example\",\"count\":1},"
	    "{\"domain\":\"d1.example\",\"count\":1},{\"domain\":\"d10.example\"")
	    != NULL);
	free(m);
}

static void
test_summary(void)
{
	setup(0, LANG_EN);
	ctx.by = BBY_DOMAIN;
	CHECK(bounce_path(&ctx, MAIL "qmail.eml") == 0);
	CHECK(bounce_path(&ctx, MAIL "postfix.eml") == 0);
	bounce_summary(&ctx);
	done();
	EQ(out, "       3  example.net\ntotal: 2 messages read, 3 records\n");
	setup(1, LANG_EN);
	ctx.by = BBY_STATUS;
	CHECK(bounce_path(&ctx, MAIL "qmail.eml") == 0);
	CHECK(bounce_path(&ctx, MAIL "postfix.eml") == 0);
	CHECK(bounce_path(&ctx, MAIL "yahoo.eml") == 0);
	bounce_summary(&ctx);
	done();
	EQ(out, "{\"by\":\"status\",\"rows\":[{\"status\":\"5.1.1\",\"count\":2},"
	    "{\"status\":\"5.7.1\",\"count\":1},{\"status\":\"552\",\"count\":1}],"
	    "\"total\":{\"messages\":3,\"records\":4}}\n");
	CHECK(json_lines_valid(out, strlen(out)));
	summary_overflow();
}

/* A record's value for a column of expected.tsv, "-" when absent. */
static const char *
column(const struct bounce_rec *r, int col, char *buf, size_t size)
{
	const char	*v = NULL;

	switch (col) {
	case 2:
		return bounce_kind_name(r->kind);
	case 3:
		v = r->recipient;
		break;
	case 4:
		v = r->action;
		break;
	case 5:
		v = r->status;
		break;
	case 6:
		if (r->reply_code == 0)
			return "-";
		snprintf(buf, size, "%d", r->reply_code);
		return buf;
	case 10:
		v = r->remote_mta;
		break;
	case 11:
		v = r->reporting_mta;
		break;
	case 12:
		v = r->message_id;
		break;
	default:
		break;
	}
	return v == NULL || v[0] == '\0' ? "-" : v;
}

/*
 * The labelled corpus: for every row of tests/data/bounces/expected.tsv,
 * the reader's record for that file, message and recipient.  Reasons,
 * hard or soft, retry and provider are the verdict's, not tested here.
 */
static void
test_corpus(void)
{
	static const int	 cols[] = { 2, 3, 4, 5, 6, 10, 11, 12 };
	char			 line[2048], path[512], buf[16], *f[15], *p;
	struct bounce_rec	*r;
	FILE			*fp;
	size_t			 i, k, nf, rows = 0;
	unsigned long		 idx;
	int			 c;

	fp = fopen("tests/data/bounces/expected.tsv", "r");
	CHECK(fp != NULL);
	if (fp == NULL)
		return;
	if (fgets(line, sizeof(line), fp) == NULL)
		abort();
	while (fgets(line, sizeof(line), fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		for (nf = 0, p = line; nf < 15 && p != NULL; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		CHECK(nf == 15);
		if (nf != 15)
			continue;
		rows++;
		snprintf(path, sizeof(path), "tests/data/bounces/%s", f[0]);
		read_path(path);
		idx = strtoul(f[1], NULL, 10);
		r = NULL;
		for (i = 0; i < ngot && i < RECS; i++)
			if (got[i].index == idx && strcmp(column(&got[i], 3, buf,
			    sizeof(buf)), f[3]) == 0)
				r = &got[i];
		if (strcmp(f[2], "none") == 0) {
			for (i = 0; i < ngot && i < RECS; i++)
				CHECK(got[i].index != idx);
			continue;
		}
		CHECK(r != NULL);
		if (r == NULL) {
			fprintf(stderr, "%s #%s: no record for %s\n", f[0],
			    f[1], f[3]);
			continue;
		}
		for (k = 0; k < sizeof(cols) / sizeof(cols[0]); k++) {
			c = cols[k];
			CHECK(strcmp(column(r, c, buf, sizeof(buf)), f[c]) == 0);
		}
		CHECK(strcmp(f[14], "-") == 0 || strstr(r->diagnostic, f[14]));
	}
	fclose(fp);
	CHECK(rows > 200);
}

int
main(void)
{
	test_formats();
	test_kinds();
	test_mbox();
	test_global();
	test_bad();
	test_long();
	test_line_ends();
	test_dirs();
	test_output();
	test_controls();
	test_wide_text();
	test_rcpt_lines();
	test_verp();
	test_exchange_text();
	test_hosts_original();
	test_orig_markers();
	test_diag_text();
	test_report_text_why();
	test_rcpt_sentences();
	test_text_hosts();
	test_html();
	test_unnamed();
	test_too_many();
	test_own_words();
	test_delay_words();
	test_who_and_subject();
	test_intro_lines();
	test_unix_diagnostic();
	test_cause_fields();
	test_given_up();
	test_provider_case();
	test_whole_text();
	test_original_recipient();
	test_named_recipient();
	test_refused_reply();
	test_alone_then_paragraph();
	test_unindented_reply();
	test_generated_by();
	test_expanded_from();
	test_quoted_marker();
	test_status_paragraphs();
	test_autosubmitted_bounce();
	test_decoded_ends();
	test_text();
	test_summary();
	test_corpus();
	test_remote_host();
	return unit_done("test_bounce");
}

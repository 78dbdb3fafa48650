/* Unit tests of delivery status fields (RFC 3464). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "unit.h"

static struct dsn	 d;

#define EQ(a, b)	CHECK(strcmp((a), (b)) == 0)

static void
test_values(void)
{
	char	 v[128];

	strcpy(v, "5.0.0 (permanent failure)");
	dsn_uncomment(v);
	EQ(v, "5.0.0");
	strcpy(v, "dns; mx.example.org (a (nested) comment) x");
	dsn_uncomment(v);
	EQ(v, "dns; mx.example.org x");
	strcpy(v, "\"(kept)\" (gone)");
	dsn_uncomment(v);
	EQ(v, "\"(kept)\"");
	strcpy(v, "a (unclosed");
	dsn_uncomment(v);
	EQ(v, "a");
	strcpy(v, "rfc822; bob@example.net");
	EQ(dsn_untype(v), "bob@example.net");
	strcpy(v, "smtp;550 5.1.1 no");
	EQ(dsn_untype(v), "550 5.1.1 no");
	strcpy(v, "X-Unix; bob");
	EQ(dsn_untype(v), "bob");
	strcpy(v, "no type: here; really");
	EQ(dsn_untype(v), "no type: here; really");
	strcpy(v, ";x");
	EQ(dsn_untype(v), ";x");
	/*
	 * A type (RFC 3464 section 2.1.2) is an atom, which ':' is not
	 * part of; the types IANA registers (rfc822, utf-8, smtp, x-unix,
	 * dns...) use letters, digits and hyphens only, and so do the ones
	 * read here, '_' aside.
	 */
	strcpy(v, "urn:x; y");
	EQ(dsn_untype(v), "urn:x; y");
	strcpy(v, "utf-8; j@example.net");
	EQ(dsn_untype(v), "j@example.net");
	strcpy(v, "x_y9; z");
	EQ(dsn_untype(v), "z");
	/* The ends of each range of a type's characters. */
	strcpy(v, "az09AZ-_; w");
	EQ(dsn_untype(v), "w");
	strcpy(v, "a/b; w");
	EQ(dsn_untype(v), "a/b; w");
	strcpy(v, "a{b; w");
	EQ(dsn_untype(v), "a{b; w");
	strcpy(v, "a`b; w");
	EQ(dsn_untype(v), "a`b; w");
	strcpy(v, "a@b; w");
	EQ(dsn_untype(v), "a@b; w");
	strcpy(v, "a[b; w");
	EQ(dsn_untype(v), "a[b; w");
	/*
	 * A backslash that ends the value inside a comment quotes
	 * nothing: the value ends there (what follows its NUL is not read).
	 */
	memcpy(v, "x (a\\\0yy)zz", 12);
	dsn_uncomment(v);
	EQ(v, "x");
	strcpy(v, "a (b\\) c) d");
	dsn_uncomment(v);
	EQ(v, "a d");
}

static void
test_next(void)
{
	static const char s[] = "\r\nA: 1\r\nB: two\r\n  lines\r\n"
	    "garbage line\r\n\r\n\r\nC : 3";
	char	 name[32], value[64];
	size_t	 pos = 0;

	CHECK(dsn_next(s, strlen(s), &pos, name, sizeof(name), value,
	    sizeof(value)) == 0);
	CHECK(dsn_next(s, strlen(s), &pos, name, sizeof(name), value,
	    sizeof(value)) == 1);
	EQ(name, "A");
	EQ(value, "1");
	CHECK(dsn_next(s, strlen(s), &pos, name, sizeof(name), value,
	    sizeof(value)) == 1);
	EQ(name, "B");
	EQ(value, "two lines");
	CHECK(dsn_next(s, strlen(s), &pos, name, sizeof(name), value,
	    sizeof(value)) == 0);
	CHECK(dsn_next(s, strlen(s), &pos, name, sizeof(name), value,
	    sizeof(value)) == 1);
	EQ(name, "C");
	EQ(value, "3");
	CHECK(dsn_next(s, strlen(s), &pos, name, sizeof(name), value,
	    sizeof(value)) == -1);
}

/*
 * Lines of blanks end a group as an empty line does, however many; a
 * value may follow its colon without a blank; nothing past n is read.
 */
static void
test_next_edges(void)
{
	static const char s[] = " \t\n\n \nA:1\n\t \r\nB:2X";
	char	 name[32], value[64];
	size_t	 pos = 0, n = sizeof(s) - 2;	/* without the X */

	CHECK(dsn_next(s, n, &pos, name, sizeof(name), value,
	    sizeof(value)) == 0);
	CHECK(dsn_next(s, n, &pos, name, sizeof(name), value,
	    sizeof(value)) == 1);
	EQ(name, "A");
	/* "\t \r\n" after A's line folds into it: it starts with a blank. */
	EQ(value, "1");
	CHECK(dsn_next(s, n, &pos, name, sizeof(name), value,
	    sizeof(value)) == 1);
	EQ(name, "B");
	EQ(value, "2");
	CHECK(dsn_next(s, n, &pos, name, sizeof(name), value,
	    sizeof(value)) == -1);
	/* Empty lines and lines of blanks, mixed, end one group. */
	pos = 0;
	CHECK(dsn_next("\n \n\n\t\nA:1\n", 10, &pos, name, sizeof(name),
	    value, sizeof(value)) == 0);
	CHECK(dsn_next("\n \n\n\t\nA:1\n", 10, &pos, name, sizeof(name),
	    value, sizeof(value)) == 1);
	EQ(name, "A");
}

static void
parse(const char *s)
{
	dsn_parse(s, strlen(s), &d);
}

/*
 * RFC 6533 3: an address of type utf-8 in a delivery-status part writes
 * what is not ASCII as \x{HEX}: U+00FC is "\xc3\xbc", U+00DF "\xc3\x9f",
 * U+4E2D "\xe4\xb8\xad".  Escapes of controls, surrogates, code points
 * past U+FFFF and bad ones stay as they are; other types are not decoded.
 */
static void
test_utf8_addr(void)
{
	static const char *const bad[] = {
		"\\x{1}", "\\x{D800}", "\\x{1F600}", "\\x{}", "\\x{41",
		"\\x{9F}",
	};
	char	 in[128], want[64];
	size_t	 i, k;

	parse("Final-Recipient: utf-8; j\\x{FC}rgen.wei\\x{df}@example.net\n"
	    "Original-Recipient: UTF-8;\\x{4E2D}@example.net\n"
	    "Action: failed\n");
	CHECK(d.nrcpt == 1);
	EQ(d.rcpt[0].final, "j\xc3\xbcrgen.wei\xc3\x9f@example.net");
	EQ(d.rcpt[0].original, "\xe4\xb8\xad@example.net");
	/* Not decoded: what follows the backslash is the address read. */
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(in, sizeof(in), "Final-Recipient: utf-8; %s@example.net"
		    "\nAction: failed\n", bad[i]);
		parse(in);
		snprintf(want, sizeof(want), "%s@example.net", bad[i] + 1);
		for (k = 0; want[k] != '\0'; k++)
			if (want[k] >= 'A' && want[k] <= 'Z')
				want[k] = (char)(want[k] - 'A' + 'a');
		EQ(d.rcpt[0].final, want);
	}
	/*
	 * An X.400 or local name as the final recipient (RFC 3464 2.3.2
	 * allows any address type) gives way to the Internet address of
	 * the original recipient; without one it stays.
	 */
	parse("Original-Recipient: rfc822; hans@ptt.example.org\n"
	    "Final-Recipient: x400; /G=Hans/S=Meier/O=PTT/\nAction: failed\n"
	    "\n"
	    "Final-Recipient: X-LOCAL; jdoe\nOriginal-Recipient: rfc822;"
	    "johanna@example.org\nAction: delayed\n"
	    "\n"
	    "Final-Recipient: x-local; kim\nAction: failed\n"
	    "\n"
	    "Final-Recipient: rfc822; lee@mail.example.org\n"
	    "Original-Recipient: rfc822; lee@example.org\nAction: failed\n");
	CHECK(d.nrcpt == 4);
	EQ(d.rcpt[0].final, "hans@ptt.example.org");
	EQ(d.rcpt[1].final, "johanna@example.org");
	EQ(d.rcpt[2].final, "kim");
	EQ(d.rcpt[3].final, "lee@mail.example.org");
	/* Another type is taken as it is written. */
	parse("Final-Recipient: rfc822; j\\x{FC}@example.net\nAction: failed\n");
	EQ(d.rcpt[0].final, "x{fc}@example.net");
}

static void
test_parse(void)
{
	char	*big;
	size_t	 i, n = 0;

	/* In the spirit of RFC 3464 appendix: two recipients. */
	parse("Reporting-MTA: dns; mx.example.org (Postfix)\n"
	    "Arrival-Date: Tue, 3 Mar 2026 10:00:00 +0100\n"
	    "\n"
	    "Original-Recipient: rfc822;Ann@example.net\n"
	    "Final-Recipient: rfc822; ann@mail.example.net (final)\n"
	    "Action: Failed\n"
	    "Status: 5.1.1 (bad destination mailbox)\n"
	    "Remote-MTA: dns; mail.example.net\n"
	    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
	    "  (in reply to RCPT TO)\n"
	    "Last-Attempt-Date: Tue, 3 Mar 2026 10:00:05 +0100\n"
	    "\n"
	    "Final-Recipient: rfc822; ben@example.net\n"
	    "Action: delayed\n"
	    "Status: 4.4.1\n"
	    "Will-Retry-Until: Fri, 6 Mar 2026 10:00:00 +0100\n"
	    "\n"
	    "X-Vendor: a group that names nobody\n");
	CHECK(d.nrcpt == 2);
	EQ(d.reporting_mta, "mx.example.org");
	EQ(d.arrival_date, "Tue, 3 Mar 2026 10:00:00 +0100");
	EQ(d.rcpt[0].final, "ann@mail.example.net");
	EQ(d.rcpt[0].original, "ann@example.net");
	EQ(d.rcpt[0].action, "failed");
	EQ(d.rcpt[0].status, "5.1.1");
	EQ(d.rcpt[0].remote_mta, "mail.example.net");
	/* Diagnostic text keeps its parentheses: they are no comment. */
	EQ(d.rcpt[0].diagnostic, "550 5.1.1 User unknown (in reply to RCPT TO)");
	EQ(d.rcpt[0].last_attempt, "Tue, 3 Mar 2026 10:00:05 +0100");
	EQ(d.rcpt[1].final, "ben@example.net");
	EQ(d.rcpt[1].status, "4.4.1");
	EQ(d.rcpt[1].will_retry, "Fri, 6 Mar 2026 10:00:00 +0100");
	CHECK(d.rcpt[0].program == 0 && d.rcpt[1].program == 0);
	/* A diagnostic of type X-Unix: a program's exit status. */
	parse("Final-Recipient: rfc822; r@example.net\n"
	    "Diagnostic-Code: X-Unix; 67\n\n"
	    "Final-Recipient: rfc822; s@example.net\n"
	    "Diagnostic-Code: x-unix;75\n\n"
	    "Final-Recipient: rfc822; t@example.net\n"
	    "Diagnostic-Code: X-Unixy; 67\n");
	CHECK(d.nrcpt == 3);
	CHECK(d.rcpt[0].program == 1 && d.rcpt[1].program == 1 &&
	    d.rcpt[2].program == 0);
	EQ(d.rcpt[0].diagnostic, "67");
	/* No blank line at all, and a local address without '@'. */
	parse("Reporting-MTA: dns; a.example\r\nFinal-Recipient: x-unix; Carl\r\n"
	    "Status: 5.0.0\r\nFinal-Recipient: rfc822; dee@example.net\r\n"
	    "Status: 4.2.2\r\n");
	CHECK(d.nrcpt == 2);
	EQ(d.reporting_mta, "a.example");
	EQ(d.rcpt[0].final, "carl");
	EQ(d.rcpt[0].status, "5.0.0");
	EQ(d.rcpt[1].final, "dee@example.net");
	EQ(d.rcpt[1].status, "4.2.2");
	/* Blank lines before the first group: it is still the message's. */
	parse("\r\n\r\nReporting-MTA: dns; lead.example\r\n"
	    "Arrival-Date: Sun, 1 Nov 2026 08:00:00 +0000\r\n\r\n"
	    "Final-Recipient: rfc822; eve@example.net\r\nStatus: 5.1.1\r\n");
	CHECK(d.nrcpt == 1);
	EQ(d.reporting_mta, "lead.example");
	EQ(d.arrival_date, "Sun, 1 Nov 2026 08:00:00 +0000");
	EQ(d.rcpt[0].final, "eve@example.net");
	EQ(d.rcpt[0].status, "5.1.1");
	/* A one-character local name, then a second Final-Recipient. */
	parse("Final-Recipient: x-unix; c\nStatus: 5.0.0\n"
	    "Final-Recipient: rfc822; dee@example.net\nStatus: 4.2.2\n");
	CHECK(d.nrcpt == 2);
	EQ(d.rcpt[0].final, "c");
	EQ(d.rcpt[0].status, "5.0.0");
	/* Fields whose names only start a known one are others. */
	parse("Reporting: dns; a.example\n\nFinal: rfc822; f@example.net\n"
	    "Final-Recipient: rfc822; g@example.net\nDiagnostic: smtp; 550\n"
	    "Status: 5.1.1\nStat: 4.0.0\nAction-: delayed\n");
	CHECK(d.nrcpt == 1);
	EQ(d.reporting_mta, "");
	EQ(d.rcpt[0].final, "g@example.net");
	EQ(d.rcpt[0].diagnostic, "");
	EQ(d.rcpt[0].status, "5.1.1");
	EQ(d.rcpt[0].action, "");
	/* A group that names nobody before the others: it is dropped. */
	parse("Reporting-MTA: dns; a.example\n\nAction: failed\n"
	    "Status: 5.0.0\n\nFinal-Recipient: rfc822; i@example.net\n"
	    "Status: 5.1.1\n\nOriginal-Recipient: rfc822; j@example.net\n"
	    "Status: 4.2.2\n");
	CHECK(d.nrcpt == 2);
	EQ(d.rcpt[0].final, "i@example.net");
	EQ(d.rcpt[0].status, "5.1.1");
	EQ(d.rcpt[1].original, "j@example.net");
	EQ(d.rcpt[1].status, "4.2.2");
	/* A value longer than its field is cut, and ended. */
	parse("Final-Recipient: rfc822; k@example.net\nAction: "
	    "failed-and-then-some-words-beyond-thirty-two-bytes\n");
	CHECK(d.nrcpt == 1);
	CHECK(strlen(d.rcpt[0].action) == sizeof(d.rcpt[0].action) - 1);
	CHECK(strncmp(d.rcpt[0].action, "failed-and-then", 15) == 0);
	/* Nothing is kept from the report read before. */
	parse("Reporting-MTA: dns; a.example\nArrival-Date: x\n");
	parse("Final-Recipient: rfc822; h@example.net\n");
	CHECK(d.nrcpt == 1);
	EQ(d.reporting_mta, "");
	EQ(d.arrival_date, "");
	/* Nothing, and nothing but garbage. */
	parse("");
	CHECK(d.nrcpt == 0);
	parse("\x01\x02\x03 no fields\n\n\n");
	CHECK(d.nrcpt == 0 && d.reporting_mta[0] == '\0');
	/* More recipients than kept: the rest are counted. */
	if ((big = malloc(200 * 64)) == NULL)
		abort();
	for (i = 0; i < 200; i++)
		n += (size_t)sprintf(big + n, "\nFinal-Recipient: rfc822; "
		    "u%zu@example.net\n", i);
	parse(big);
	CHECK(d.nrcpt == DSN_RCPT_MAX);
	CHECK(d.dropped == 200 - DSN_RCPT_MAX);
	EQ(d.rcpt[DSN_RCPT_MAX - 1].final, "u127@example.net");
	free(big);
}

int
main(void)
{
	test_values();
	test_next();
	test_next_edges();
	test_parse();
	test_utf8_addr();
	return unit_done("test_dsn");
}

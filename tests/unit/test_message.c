/* Unit tests of header fields: unfolding, encoded words, charsets, addresses. */
#include <stdio.h>
#include <string.h>

#include "message.h"
#include "unit.h"

static char	 buf[4096];

/* The value of field name in head, or "(absent)". */
static const char *
header(const char *head, const char *name)
{
	if (!message_header(head, strlen(head), name, buf, sizeof(buf)))
		return "(absent)";
	return buf;
}

static const char *
words(const char *s)
{
	message_words(s, strlen(s), buf, sizeof(buf));
	return buf;
}

static const char *
conv(const char *charset, const char *s, size_t n)
{
	message_charset(charset, s, n, buf, sizeof(buf));
	return buf;
}

static const char *
addr(const char *s)
{
	if (message_addr(s, strlen(s), buf, sizeof(buf)) == 0)
		return "(none)";
	return buf;
}

#define EQ(got, want)	CHECK(strcmp((got), (want)) == 0)

static void
test_fields(void)
{
	static const char head[] =
	    "Received: from a\r\n\tby b\r\n"
	    "subject: one\r\n two\r\n\t three\r\n"
	    "X-Empty:\r\n"
	    "To : bob@example.net\n"
	    "From: first\n"
	    "From: second\n";

	CHECK(message_is_field("Subject: x", 10));
	CHECK(message_is_field("Subject : x", 11));
	CHECK(message_is_field("X-Empty:", 8));
	CHECK(!message_is_field("From x", 6));
	CHECK(!message_is_field(": x", 3));
	CHECK(!message_is_field("", 0));
	CHECK(!message_is_field("Sub ject: x", 11));
	CHECK(!message_is_field("Subject", 7));
	CHECK(!message_is_field("\x01\x02: x", 5));
	/* RFC 5322 section 2.2.3: unfolding removes the line breaks. */
	EQ(header(head, "Subject"), "one two three");
	EQ(header(head, "SUBJECT"), "one two three");
	EQ(header(head, "Received"), "from a by b");
	EQ(header(head, "X-Empty"), "");
	EQ(header(head, "To"), "bob@example.net");
	EQ(header(head, "From"), "first");
	EQ(header(head, "Cc"), "(absent)");
	EQ(header(head, "Subj"), "(absent)");
	/* A value longer than the buffer is cut, and terminated. */
	CHECK(message_header("A: 0123456789\n", 14, "A", buf, 5) == 1);
	EQ(buf, "0123");
}

static void
test_words(void)
{
	/* RFC 2047: B and Q encodings, UTF-8 and Latin-1. */
	EQ(words("=?UTF-8?B?w6l0w6k=?="), "\xc3\xa9t\xc3\xa9");
	EQ(words("=?utf-8?b?w6l0w6k=?="), "\xc3\xa9t\xc3\xa9");
	EQ(words("=?ISO-8859-1?Q?caf=E9_cr=E8me?="),
	    "caf\xc3\xa9 cr\xc3\xa8me");
	/* Windows-1252: the euro sign and curly quotes at 0x80-0x9f. */
	EQ(words("=?windows-1252?Q?=80_=92ok=94?="),
	    "\xe2\x82\xac \xe2\x80\x99ok\xe2\x80\x9d");
	/* ISO-8859-15 has the euro where Latin-1 has the currency sign. */
	EQ(words("=?iso-8859-15?q?=A4?="), "\xe2\x82\xac");
	EQ(words("=?iso-8859-1?q?=A4?="), "\xc2\xa4");
	/* Blanks between two encoded words go (RFC 2047 section 6.2). */
	EQ(words("=?UTF-8?Q?a?= =?UTF-8?Q?b?="), "ab");
	EQ(words("=?UTF-8?Q?a?=\t =?UTF-8?Q?b?="), "ab");
	EQ(words("=?UTF-8?Q?a?= x =?UTF-8?Q?b?="), "a x b");
	EQ(words("Re: =?UTF-8?Q?caf=C3=A9?= ok"), "Re: caf\xc3\xa9 ok");
	/* RFC 2231 language tags. */
	EQ(words("=?UTF-8*fr?Q?oui?="), "oui");
	/* What is no encoded word stays as it is. */
	EQ(words("=?bogus"), "=?bogus");
	EQ(words("=?UTF-8?X?abc?="), "=?UTF-8?X?abc?=");
	EQ(words("a = b"), "a = b");
	EQ(words("=?UTF-8?Q?unterminated"), "=?UTF-8?Q?unterminated");
	/* Bytes invalid in UTF-8 become U+FFFD, never raw. */
	EQ(words("=?koi8-r?Q?=C1?="), "\xef\xbf\xbd");
	EQ(words("caf\xe9"), "caf\xef\xbf\xbd");
	EQ(words("=?UTF-8?B?/w==?="), "\xef\xbf\xbd");
	/* Garbage in base64 is skipped. */
	EQ(words("=?UTF-8?B?w6l0*w6k=?="), "\xc3\xa9t\xc3\xa9");
}

static void
test_charset(void)
{
	EQ(conv("latin1", "\xe9t\xe9", 3), "\xc3\xa9t\xc3\xa9");
	EQ(conv("ISO_8859-1", "\xff", 1), "\xc3\xbf");
	EQ(conv("cp1252", "\x80\x81", 2), "\xe2\x82\xac\xef\xbf\xbd");
	EQ(conv("us-ascii", "a\x80", 2), "a\xef\xbf\xbd");
	EQ(conv("utf-8", "a\0b", 3), "a b");
	/* Overlong forms and surrogates are invalid UTF-8. */
	EQ(conv("utf-8", "\xc0\xaf", 2), "\xef\xbf\xbd\xef\xbf\xbd");
	EQ(conv("utf-8", "\xed\xa0\x80", 3),
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	/* A sequence that does not fit is left out whole. */
	CHECK(message_charset("latin1", "a\xe9", 2, buf, 3) == 1);
	EQ(buf, "a");
	CHECK(message_charset("utf-8", "x", 1, buf, 0) == 0);
}

static void
test_addr(void)
{
	EQ(addr("Bob Smith <Bob.Smith@Example.NET>"), "bob.smith@example.net");
	EQ(addr("bob@example.net (Bob)"), "bob@example.net");
	EQ(addr("\"a@b\" <c@example.org>"), "c@example.org");
	EQ(addr("<mailto:dan@example.org>"), "dan@example.org");
	EQ(addr("see dan@example.org."), "dan@example.org");
	EQ(addr("postmaster@[192.0.2.1]"), "postmaster@[192.0.2.1]");
	EQ(addr("no address here"), "(none)");
	EQ(addr("@example.org"), "(none)");
	EQ(addr("user@"), "(none)");
	EQ(addr(""), "(none)");
	CHECK(message_is_addr("a@b", 3));
	CHECK(message_is_addr("first.last+tag@sub.example.com", 30));
	CHECK(!message_is_addr("a b@c", 5));
	CHECK(!message_is_addr("a@b@c", 5));
	CHECK(!message_is_addr("a@.b", 4));
	CHECK(!message_is_addr("a@b.", 4));
	CHECK(!message_is_addr("ab", 2));
}

int
main(void)
{
	test_fields();
	test_words();
	test_charset();
	test_addr();
	return unit_done("test_message");
}

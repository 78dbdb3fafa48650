/* Unit tests of the streamed MIME reader: parts, boundaries, decoding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "unit.h"

/* The reader, and after it bytes that a write past its end would change. */
static struct {
	struct mime	 m;
	unsigned char	 guard[2 * MIME_SCRATCH];
} g;

/* What the visitor saw: "depth:type" per part, then the decoded data. */
static char		 seen[8192], got[8192];
static size_t		 nseen, ngot;
static enum mime_action	 answer = MIME_CONTINUE;
static const char	*stop_at;

static enum mime_action
v_begin(const struct mime_part *p, void *arg)
{
	(void)arg;
	nseen += (size_t)snprintf(seen + nseen, sizeof(seen) - nseen,
	    "%s%d:%s%s", nseen ? " " : "", p->depth, p->type,
	    p->enclosed ? "(enclosed)" : "");
	if (stop_at != NULL && strcmp(p->type, stop_at) == 0)
		return answer;
	return MIME_CONTINUE;
}

static void
v_data(const struct mime_part *p, const char *s, size_t n, void *arg)
{
	(void)p;
	(void)arg;
	/* A soft line break or a line of base64 padding decodes to
	 * nothing, which is not given. */
	CHECK(n > 0);
	if (n > sizeof(got) - 1 - ngot)
		n = sizeof(got) - 1 - ngot;
	memcpy(got + ngot, s, n);
	ngot += n;
	got[ngot] = '\0';
}

static const struct mime_visitor v = { v_begin, v_data, NULL, NULL };

static unsigned
walk(const char *s)
{
	nseen = ngot = 0;
	seen[0] = got[0] = '\0';
	return mime_walk(&g.m, s, strlen(s), &v);
}

#define EQ(a, b)	CHECK(strcmp((a), (b)) == 0)

static void
test_decoders(void)
{
	char		 out[64];
	unsigned	 acc = 0;
	int		 nacc = 0, soft;
	size_t		 n;

	/* RFC 2045 section 6.7: escapes, soft breaks, trailing blanks. */
	n = mime_qp("caf=E9=", 7, out, &soft);
	CHECK(n == 4 && memcmp(out, "caf\xe9", 4) == 0 && soft);
	n = mime_qp("a=3Db  \t", 8, out, &soft);
	CHECK(n == 3 && memcmp(out, "a=b", 3) == 0 && !soft);
	n = mime_qp("=ZZ=4", 5, out, &soft);
	CHECK(n == 5 && memcmp(out, "=ZZ=4", 5) == 0);
	n = mime_qp("=3d", 3, out, &soft);
	CHECK(n == 1 && out[0] == '=');
	/* Base64 with blanks and garbage, and across two calls. */
	n = mime_base64("aGVs bG8*gd29y", 14, out, &acc, &nacc);
	n += mime_base64("bGQ=\n", 5, out + n, &acc, &nacc);
	CHECK(n == 11 && memcmp(out, "hello world", 11) == 0);
	acc = 0;
	nacc = 0;
	CHECK(mime_base64("!!!", 3, out, &acc, &nacc) == 0);
}

/*
 * RFC 2045 section 6.7: "=" and two hexadecimal digits stand for any
 * octet; the digits must be upper case, lower case ones are accepted as
 * the RFC advises.  Every octet, both ways, and the characters on
 * either side of each digit range, which start no escape.
 */
static void
test_qp_octets(void)
{
	static const char	 digits[] = "0123456789ABCDEF";
	static const char	 ldigits[] = "0123456789abcdef";
	static const char	 nonhex[] = "/:@G`g";
	char			 in[4], out[8];
	size_t			 n, i;
	int			 c, soft, bad = 0;

	for (c = 0; c < 256; c++) {
		in[0] = '=';
		in[1] = digits[c >> 4];
		in[2] = digits[c & 0xf];
		n = mime_qp(in, 3, out, &soft);
		if (n != 1 || (unsigned char)out[0] != c || soft)
			bad++;
		in[1] = ldigits[c >> 4];
		in[2] = ldigits[c & 0xf];
		n = mime_qp(in, 3, out, &soft);
		if (n != 1 || (unsigned char)out[0] != c || soft)
			bad++;
	}
	CHECK(bad == 0);
	for (i = 0; nonhex[i] != '\0'; i++) {
		/* =X4 and =4X stay as they are, whatever X is. */
		in[0] = '=';
		in[1] = nonhex[i];
		in[2] = '4';
		n = mime_qp(in, 3, out, &soft);
		CHECK(n == 3 && memcmp(out, in, 3) == 0);
		in[1] = '4';
		in[2] = nonhex[i];
		n = mime_qp(in, 3, out, &soft);
		CHECK(n == 3 && memcmp(out, in, 3) == 0);
	}
}

static void
test_param(void)
{
	char	 p[64];

	CHECK(mime_param("multipart/report; report-type=delivery-status; "
	    "boundary=\"a b;c\"", "boundary", p, sizeof(p)));
	EQ(p, "a b;c");
	CHECK(mime_param("text/plain;CHARSET=latin1", "charset", p, sizeof(p)));
	EQ(p, "latin1");
	CHECK(mime_param("text/plain; name=\"x\\\"y\"", "name", p, sizeof(p)));
	EQ(p, "x\"y");
	CHECK(!mime_param("text/plain", "charset", p, sizeof(p)));
	CHECK(!mime_param("text/plain; xcharset=a", "charset", p, sizeof(p)));
	/* A parameter whose name only starts the one sought is another. */
	CHECK(mime_param("text/plain; char=x; charset=y", "charset", p,
	    sizeof(p)));
	EQ(p, "y");
	CHECK(mime_param("text/plain; =x; charset=y", "charset", p, sizeof(p)));
	EQ(p, "y");
	CHECK(mime_param("text/plain; charsets=x; charset = y", "charset", p,
	    sizeof(p)));
	EQ(p, "y");
	/* A long value is cut to the buffer. */
	CHECK(mime_param("a/b; boundary=0123456789", "boundary", p, 5));
	EQ(p, "0123");
	/* Quoted or not, the value is cut at size - 1, never past it. */
	memset(p, 'Z', sizeof(p));
	CHECK(mime_param("a/b; boundary=\"0123456789\"", "boundary", p, 5));
	EQ(p, "0123");
	CHECK(p[5] == 'Z');
	memset(p, 'Z', sizeof(p));
	CHECK(mime_param("a/b; boundary=\"0123\"", "boundary", p, 5));
	EQ(p, "0123");
	CHECK(p[5] == 'Z');
	/* Room for the NUL alone: found, and empty. */
	memset(p, 'Z', sizeof(p));
	CHECK(mime_param("a/b; boundary=x", "boundary", p, 1));
	CHECK(p[0] == '\0' && p[1] == 'Z');
	CHECK(mime_param("a/b; boundary=\"x\"", "boundary", p, 1));
	CHECK(p[0] == '\0' && p[1] == 'Z');
	CHECK(!mime_param("a/b; boundary=x", "boundary", p, 0));
	CHECK(p[0] == '\0' && p[1] == 'Z');
}

static const char nested[] =
    "From: a@example.org\n"
    "Content-Type: multipart/mixed; boundary=outer\n"
    "\n"
    "preamble\n"
    "--outer\n"
    "Content-Type: multipart/alternative; boundary=\"inner\"\n"
    "\n"
    "--inner\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "caf=C3=A9 au=\n"
    " lait\n"
    "--inner\n"
    "Content-Type: text/html\n"
    "\n"
    "<p>x</p>\n"
    "--inner--\n"
    "--outer  \n"
    "Content-Type: message/rfc822\n"
    "\n"
    "Subject: inside\n"
    "\n"
    "enclosed body\n"
    "--outer\n"
    "Content-Type: application/octet-stream\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "aGVs\n"
    "bG8=\n"
    "--outerx\n"
    "--outer--\n"
    "epilogue\n";

/* A soft break of quoted-printable text is found under trailing blanks. */
static void
test_qp_trailing(void)
{
	CHECK(walk("Content-Type: text/plain\n"
	    "Content-Transfer-Encoding: quoted-printable\n\n"
	    "one= \ntwo x \t\nthree\n") == 0);
	EQ(got, "onetwo x\nthree\n");
}

/* A line that starts with one dash and then the boundary is text. */
static void
test_one_dash(void)
{
	CHECK(walk("Content-Type: multipart/mixed; boundary=sep\n\n"
	    "--sep\nContent-Type: text/plain\n\nfirst\n-+sep\nstill "
	    "first\n--sep--\n") == 0);
	EQ(seen, "0:multipart/mixed 1:text/plain");
	EQ(got, "first\n-+sep\nstill first\n");
}

static void
test_nested(void)
{
	char	*crlf, *cr;
	size_t	 i, k;

	CHECK(walk(nested) == 0);
	EQ(seen, "0:multipart/mixed 1:multipart/alternative 2:text/plain "
	    "2:text/html 1:message/rfc822 2:text/plain(enclosed) "
	    "1:application/octet-stream");
	/* "--outerx" is no boundary: it is part of the base64 body. */
	/* The preamble is the multipart's own data. */
	EQ(got, "preamble\ncaf\xc3\xa9 au lait\n<p>x</p>\nenclosed body\n"
	    "hello\xa2"
	    "\xeb^\xaf");
	/* The same message with CRLF and with lone CR reads the same. */
	crlf = malloc(2 * sizeof(nested));
	cr = malloc(sizeof(nested));
	if (crlf == NULL || cr == NULL)
		abort();
	for (i = k = 0; nested[i] != '\0'; i++) {
		if (nested[i] == '\n')
			crlf[k++] = '\r';
		crlf[k++] = nested[i];
		cr[i] = nested[i] == '\n' ? '\r' : nested[i];
	}
	crlf[k] = cr[i] = '\0';
	{
		char	 s1[sizeof(seen)], g1[sizeof(got)];

		memcpy(s1, seen, sizeof(seen));
		memcpy(g1, got, sizeof(got));
		CHECK(walk(crlf) == 0);
		EQ(seen, s1);
		EQ(got, g1);
		CHECK(walk(cr) == 0);
		EQ(seen, s1);
		EQ(got, g1);
	}
	free(crlf);
	free(cr);
}

static void
test_actions(void)
{
	stop_at = "multipart/alternative";
	answer = MIME_PRUNE;
	walk(nested);
	EQ(seen, "0:multipart/mixed 1:multipart/alternative "
	    "1:message/rfc822 2:text/plain(enclosed) "
	    "1:application/octet-stream");
	answer = MIME_STOP;
	walk(nested);
	EQ(seen, "0:multipart/mixed 1:multipart/alternative");
	EQ(got, "preamble\n");
	stop_at = NULL;
	answer = MIME_CONTINUE;
}

static void
test_broken(void)
{
	char	*deep;
	size_t	 n = 0, i;
	int	 depth = 0;

	/* No closing boundary: the part is still read, and it is said. */
	CHECK(walk("Content-Type: multipart/mixed; boundary=b\n\n--b\n\n"
	    "text\n") == MIME_UNCLOSED);
	EQ(seen, "0:multipart/mixed 1:text/plain");
	EQ(got, "text\n");
	/* The outer boundary ends an inner multipart left open. */
	CHECK(walk("Content-Type: multipart/mixed; boundary=o\n\n--o\n"
	    "Content-Type: multipart/mixed; boundary=i\n\n--i\n\nA\n--o\n\n"
	    "B\n--o--\n") == MIME_UNCLOSED);
	EQ(got, "A\nB\n");
	/* A multipart without a boundary is read as text. */
	CHECK(walk("Content-Type: multipart/mixed\n\nbody\n") == 0);
	EQ(got, "body\n");
	/* Cut in the header of a part: the part is still announced. */
	walk("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
	    "Content-Type: text/html\n");
	EQ(seen, "0:multipart/mixed 1:text/html");
	/* RFC 2046 5.1.5: in a digest a part is a message unless it says
	 * otherwise; in a mixed one, text. */
	walk("Content-Type: multipart/digest; boundary=d\n\n--d\n\n"
	    "Subject: one\n\nbody one\n--d\nContent-Type: text/plain\n\n"
	    "two\n--d--\n");
	EQ(seen, "0:multipart/digest 1:message/rfc822 2:text/plain(enclosed) "
	    "1:text/plain");
	walk("Content-Type: multipart/mixed; boundary=d\n\n--d\n\n"
	    "Subject: one\n\nbody one\n--d--\n");
	EQ(seen, "0:multipart/mixed 1:text/plain");
	/* A boundary that cuts a part's header: the next part's own. */
	walk("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
	    "Content-Type: text/html\n--b\n"
	    "Content-Type: message/delivery-status\n\nx\n--b--\n");
	EQ(seen, "0:multipart/mixed 1:text/html 1:message/delivery-status");
	EQ(got, "x\n");
	/* A header that ends without its blank line. */
	walk("Subject: x\nno colon here\nmore\n");
	EQ(got, "no colon here\nmore\n");
	/* No header at all, and nothing at all. */
	walk("just text\n");
	EQ(got, "just text\n");
	CHECK(walk("") == 0);
	EQ(seen, "0:text/plain");
	/* NUL bytes are bytes. */
	mime_begin(&g.m, &v);
	nseen = ngot = 0;
	mime_line(&g.m, "", 0);
	mime_line(&g.m, "a\0b", 3);
	mime_end(&g.m);
	CHECK(ngot == 4 && memcmp(got, "a\0b\n", 4) == 0);
	/* A line given with the CR of its CR LF: the CR is the line end's. */
	mime_begin(&g.m, &v);
	nseen = ngot = 0;
	mime_line(&g.m, "Content-Type: multipart/mixed; boundary=b\r", 43);
	mime_line(&g.m, "\r", 1);
	mime_line(&g.m, "--b\r", 4);
	mime_line(&g.m, "Content-Type: text/html\r", 25);
	mime_line(&g.m, "\r", 1);
	mime_line(&g.m, "x\r", 2);
	mime_line(&g.m, "--b--\r", 6);
	mime_end(&g.m);
	EQ(seen, "0:multipart/mixed 1:text/html");
	CHECK(ngot == 2 && memcmp(got, "x\n", 2) == 0);
	/* A header line of 100 KB is cut; the fields after it are read. */
	if ((deep = malloc(110 * 1024)) == NULL)
		abort();
	memcpy(deep, "X-Long: ", 8);
	memset(deep + 8, 'a', 100 * 1024);
	strcpy(deep + 8 + 100 * 1024, "\nContent-Type: text/html\n\nbody\n");
	CHECK(walk(deep) == MIME_HEADCUT);
	EQ(seen, "0:text/html");
	EQ(got, "body\n");
	free(deep);
	/* Nesting deeper than MIME_DEPTH is skipped, not followed. */
	if ((deep = malloc(100 * 64)) == NULL)
		abort();
	for (i = 0; i < 100; i++)
		n += (size_t)sprintf(deep + n, "Content-Type: multipart/mixed;"
		    " boundary=b%zu\n\n--b%zu\n", i, i);
	CHECK(walk(deep) & MIME_TOODEEP);
	for (i = 0; seen[i] != '\0'; i++)
		if (seen[i] == ':')
			depth++;
	CHECK(depth == MIME_DEPTH);
	/* The same with messages enclosed in messages. */
	n = 0;
	for (i = 0; i < 100; i++)
		n += (size_t)sprintf(deep + n, "Content-Type: message/rfc822"
		    "\n\n");
	sprintf(deep + n, "Subject: innermost\n\nbody\n");
	CHECK(walk(deep) & MIME_TOODEEP);
	for (i = depth = 0; seen[i] != '\0'; i++)
		if (seen[i] == ':')
			depth++;
	CHECK(depth == MIME_DEPTH);
	/* One level less than the limit is followed to its end. */
	n = 0;
	for (i = 0; i + 1 < MIME_DEPTH; i++)
		n += (size_t)sprintf(deep + n, "Content-Type: message/rfc822"
		    "\n\n");
	sprintf(deep + n, "Subject: innermost\n\nbody\n");
	CHECK(walk(deep) == 0);
	CHECK(strcmp(got, "body\n") == 0);
	free(deep);
	/* A part's header over its limit: the fields that fit are kept. */
	if ((deep = malloc(90 * 1024)) == NULL)
		abort();
	for (i = n = 0; i < 10; i++) {
		n += (size_t)sprintf(deep + n, "X-F%zu: ", i);
		memset(deep + n, 'a', 8000);
		n += 8000;
		deep[n++] = '\n';
	}
	strcpy(deep + n, "Content-Type: text/html\n\nbody\n");
	CHECK(walk(deep) == (MIME_HEADCUT | MIME_HEADFULL));
	EQ(seen, "0:text/plain");
	EQ(got, "body\n");
	/* The field that reaches the limit keeps its start. */
	for (i = n = 0; i < 8; i++) {
		n += (size_t)sprintf(deep + n, "X-F%zu: ", i);
		memset(deep + n, 'a', 8000);
		n += 8000;
		deep[n++] = '\n';
	}
	n += (size_t)sprintf(deep + n, "Content-Type: text/html; x=");
	memset(deep + n, 'a', 5000);
	strcpy(deep + n + 5000, "\n\nbody\n");
	CHECK(walk(deep) == (MIME_HEADCUT | MIME_HEADFULL));
	EQ(seen, "0:text/html");
	free(deep);
	/*
	 * One field folded over 300 KB of lines is cut at MIME_FIELD_MAX:
	 * the header does not fill, and the fields after it are read.
	 */
	if ((deep = malloc(400 * 1024)) == NULL)
		abort();
	n = (size_t)sprintf(deep, "X-Folded: start\n");
	for (i = 0; i < 30000; i++)
		n += (size_t)sprintf(deep + n, " 123456789\n");
	strcpy(deep + n, "Content-Type: text/html\n\nbody\n");
	CHECK(walk(deep) == MIME_HEADCUT);
	EQ(seen, "0:text/html");
	EQ(got, "body\n");
	/*
	 * Folded to one byte short of MIME_FIELD_MAX, its line end
	 * counted: the line after it is cut, and the fields after that
	 * are read.
	 */
	n = (size_t)sprintf(deep, "X-Folded: start\n");
	for (i = 0; i < 743; i++)
		n += (size_t)sprintf(deep + n, " 123456789\n");
	n += (size_t)sprintf(deep + n, " \n");
	CHECK(16 + 743 * 11 + 2 == MIME_FIELD_MAX - 1);
	n += (size_t)sprintf(deep + n, " 123456789\n");
	strcpy(deep + n, "Content-Type: text/html\n\nbody\n");
	CHECK(walk(deep) == MIME_HEADCUT);
	EQ(seen, "0:text/html");
	EQ(got, "body\n");
	free(deep);
}

static char	 charsets[256];

static enum mime_action
v_charset(const struct mime_part *p, void *arg)
{
	size_t	 n = strlen(charsets);

	(void)arg;
	snprintf(charsets + n, sizeof(charsets) - n, "%s[%s|%s|%d] ",
	    p->type, p->charset, p->report_type, p->enc);
	return MIME_CONTINUE;
}

/*
 * Types, parameter values that are tokens, and transfer encodings are
 * case-insensitive (RFC 2045 sections 5.1 and 6.1); message/global is
 * an enclosed message like message/rfc822 (RFC 6532 section 3.7).
 */
static void
test_case(void)
{
	static const struct mime_visitor vc = { v_charset, v_data, NULL,
	    NULL };
	static const char	 m1[] =
	    "Content-Type: Multipart/Report; Report-Type=Delivery-Status;"
	    " boundary=\"B\"\n\n--B\nContent-Type: TEXT/Plain; "
	    "CHARSET=ISO-8859-1\nContent-Transfer-Encoding: BASE64\n\n"
	    "aGk=\n--B\nContent-Type: text/plain\n"
	    "Content-Transfer-Encoding: Quoted-Printable\n\n=41\n"
	    "--B\nContent-Type: message/global\n\nSubject: x\n\ninner\n"
	    "--B--\n";

	charsets[0] = '\0';
	ngot = 0;
	got[0] = '\0';
	CHECK(mime_walk(&g.m, m1, sizeof(m1) - 1, &vc) == 0);
	EQ(charsets, "multipart/report[|delivery-status|0] "
	    "text/plain[iso-8859-1||2] text/plain[||1] message/global[||0] "
	    "text/plain[||0] ");
	EQ(got, "hiA\ninner\n");
}

/*
 * Lines longer than the reader's scratch are decoded in pieces: an
 * escape on either side of a piece's end is never split, and nothing is
 * written past the reader.  "=41" is "A" (RFC 2045 section 6.7); "QUJD"
 * is "ABC" (RFC 4648 section 4).
 */
static void
test_long_lines(void)
{
	static const size_t	 at[] = {
		MIME_SCRATCH - 4, MIME_SCRATCH - 3, MIME_SCRATCH - 2,
		MIME_SCRATCH - 1, MIME_SCRATCH, MIME_SCRATCH + 1
	};
	static const char	 head_qp[] = "Content-Transfer-Encoding: "
				    "quoted-printable\n\n";
	static const char	 head_b64[] = "Content-Transfer-Encoding: "
				    "base64\n\n";
	char			*msg, want[7000];
	size_t			 i, k, len, total = 6000;

	if ((msg = malloc(sizeof(head_b64) + 4 * 2000 + 16)) == NULL)
		abort();
	for (i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
		memset(g.guard, 0xa5, sizeof(g.guard));
		len = sizeof(head_qp) - 1;
		memcpy(msg, head_qp, len);
		memset(msg + len, 'x', total);
		memcpy(msg + len + at[i], "=41", 3);
		msg[len + total] = '\n';
		msg[len + total + 1] = '\0';
		memset(want, 'x', total - 2);
		want[at[i]] = 'A';
		want[total - 2] = '\n';
		want[total - 1] = '\0';
		walk(msg);
		CHECK(ngot == total - 1 && memcmp(got, want, total - 1) == 0);
		for (k = 0; k < sizeof(g.guard) && g.guard[k] == 0xa5; k++)
			continue;
		CHECK(k == sizeof(g.guard));
	}
	/* A soft break at the end of a long line joins it to the next. */
	len = sizeof(head_qp) - 1;
	memcpy(msg, head_qp, len);
	memset(msg + len, 'y', total);
	strcpy(msg + len + total, "=\nz\n");
	walk(msg);
	CHECK(ngot == total + 2 && got[total - 1] == 'y' &&
	    strcmp(got + total, "z\n") == 0);
	/* Base64: 8000 characters on one line, 6000 bytes. */
	memset(g.guard, 0xa5, sizeof(g.guard));
	len = sizeof(head_b64) - 1;
	memcpy(msg, head_b64, len);
	for (i = 0; i < 2000; i++)
		memcpy(msg + len + 4 * i, "QUJD", 4);
	strcpy(msg + len + 8000, "\n");
	walk(msg);
	CHECK(ngot == 6000);
	for (i = 0; i < 6000 && got[i] == "ABC"[i % 3]; i++)
		continue;
	CHECK(i == 6000);
	for (k = 0; k < sizeof(g.guard) && g.guard[k] == 0xa5; k++)
		continue;
	CHECK(k == sizeof(g.guard));
	free(msg);
}

int
main(void)
{
	test_decoders();
	test_qp_octets();
	test_param();
	test_nested();
	test_one_dash();
	test_qp_trailing();
	test_actions();
	test_broken();
	test_case();
	test_long_lines();
	return unit_done("test_mime");
}

/*
 * The ASCII tests of the mail readers (message, MIME, DSN, bounce) and of
 * the text read for verdicts: mail header syntax is ASCII whatever the
 * locale, so <ctype.h> is not used.
 */
#ifndef ASCII_H
#define ASCII_H

#include <stddef.h>

static inline int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

/* RFC 5322's WSP: a space or a tab. */
static inline int
is_wsp(int c)
{
	return c == ' ' || c == '\t';
}

/* Whether the n bytes at s are all WSP (none at all included). */
static inline int
blank(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!is_wsp(s[i]))
			return 0;
	return 1;
}

/* The value of the hexadecimal digit c, either case, or -1. */
static inline int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * Whether s[i - 3] to s[i - 1] are a byte percent-encoded, as URLs and
 * form bodies write them: "smtp%3B550", "reply=550%205.1.1".
 */
static inline int
pct_before(const char *s, size_t i)
{
	return i >= 3 && s[i - 3] == '%' && hex_digit(s[i - 2]) >= 0 &&
	    hex_digit(s[i - 1]) >= 0;
}

/*
 * Code point cp, below U+10000, as UTF-8 at b, which holds three bytes;
 * return the length, or 0 for a code point from U+10000 on.
 */
static inline size_t
utf8_put(unsigned char *b, unsigned long cp)
{
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xc0 | cp >> 6);
		b[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (unsigned char)(0xe0 | cp >> 12);
		b[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		b[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	return 0;
}

#endif

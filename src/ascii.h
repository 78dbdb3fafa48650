/*
 * The ASCII tests of the mail readers (message, MIME, DSN, bounce): mail
 * header syntax is ASCII whatever the locale, so <ctype.h> is not used.
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

#endif

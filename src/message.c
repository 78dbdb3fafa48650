/* RFC 5322 header fields, RFC 2047 encoded words and charsets to UTF-8. */
#include <string.h>

#include "ascii.h"
#include "message.h"
#include "output.h"

#define WORD_MAX	1024	/* longest encoded word decoded */

/* Whether the n bytes at s start a header field: a name, then a colon. */
int
message_is_field(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n && i < 256; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ':')
			break;
		if (c <= ' ' || c >= 0x7f)
			break;
	}
	if (i == 0 || i == n || i == 256)
		return 0;
	/* The obsolete syntax allows blanks before the colon. */
	while (i < n && is_wsp(s[i]))
		i++;
	return i < n && s[i] == ':';
}

/*
 * Copy the n bytes at s into dst, each run of blanks, line ends and
 * control characters made one space, without blanks at either end; dst
 * is always terminated.  Return the length written.
 */
size_t
message_unfold(const char *s, size_t n, char *dst, size_t size)
{
	size_t	 i, len = 0;
	int	 space = 0;

	if (size == 0)
		return 0;
	for (i = 0; i < n && len + 1 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f || c == ' ') {
			space = len > 0;
			continue;
		}
		if (space) {
			if (len + 2 >= size)
				break;
			dst[len++] = ' ';
			space = 0;
		}
		dst[len++] = (char)c;
	}
	dst[len] = '\0';
	return len;
}

/* The end of the header line at s[i]: the offset of its line end or n. */
static size_t
line_end(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != '\n')
		i++;
	return i;
}

/*
 * Find the first field called name (without its colon) in the header of
 * n bytes at head; unfold its value into dst.  Return 1 if found.
 */
int
message_header(const char *head, size_t n, const char *name, char *dst,
    size_t size)
{
	size_t	 nlen = strlen(name), i = 0, k, start, end;

	while (i < n) {
		end = line_end(head, i, n);
		for (k = 0; k < nlen && i + k < end; k++)
			if (lower(head[i + k]) != lower(name[k]))
				break;
		if (k == nlen) {
			k += i;
			while (k < end && is_wsp(head[k]))
				k++;
			if (k < end && head[k] == ':') {
				start = k + 1;
				/* Continuation lines start with a blank. */
				while (end + 1 < n && is_wsp(head[end + 1]))
					end = line_end(head, end + 1, n);
				message_unfold(head + start, end - start, dst,
				    size);
				return 1;
			}
		}
		i = end + 1;
	}
	if (size > 0)
		dst[0] = '\0';
	return 0;
}

/* Append code point cp as UTF-8 within size, keeping room for a NUL. */
static size_t
put_cp(char *dst, size_t len, size_t size, unsigned long cp)
{
	unsigned char	 b[3];
	size_t		 n;

	if ((n = utf8_put(b, cp)) == 0 || len + n + 1 > size)
		return len;
	memcpy(dst + len, b, n);
	return len + n;
}

/* Windows-1252 at 0x80 to 0x9f; 0 where the code page has no character. */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* Where ISO-8859-15 differs from ISO-8859-1. */
static unsigned long
latin9(unsigned char c)
{
	switch (c) {
	case 0xa4:
		return 0x20ac;
	case 0xa6:
		return 0x0160;
	case 0xa8:
		return 0x0161;
	case 0xb4:
		return 0x017d;
	case 0xb8:
		return 0x017e;
	case 0xbc:
		return 0x0152;
	case 0xbd:
		return 0x0153;
	case 0xbe:
		return 0x0178;
	default:
		return c;
	}
}

enum cs { CS_UTF8, CS_LATIN1, CS_LATIN9, CS_CP1252, CS_OTHER };

/*
 * The charset a name stands for, case, "-", "_" and ":" aside (IANA
 * writes ISO_8859-1:1987); CS_OTHER for a name not known here, which is
 * read as UTF-8.
 */
static enum cs
charset_of(const char *name)
{
	char	 key[24];
	size_t	 n = 0;

	for (; *name != '\0' && *name != '*' && n + 1 < sizeof(key); name++)
		if (*name != '-' && *name != '_' && *name != ':')
			key[n++] = (char)lower((unsigned char)*name);
	key[n] = '\0';
	if (strcmp(key, "iso88591") == 0 || strcmp(key, "latin1") == 0 ||
	    strcmp(key, "l1") == 0 || strcmp(key, "iso885911987") == 0)
		return CS_LATIN1;
	if (strcmp(key, "iso885915") == 0 || strcmp(key, "latin9") == 0)
		return CS_LATIN9;
	if (strcmp(key, "windows1252") == 0 || strcmp(key, "cp1252") == 0)
		return CS_CP1252;
	if (n == 0 || strcmp(key, "utf8") == 0 || strcmp(key, "usascii") == 0 ||
	    strcmp(key, "ascii") == 0 || strcmp(key, "us") == 0)
		return CS_UTF8;
	return CS_OTHER;
}

/*
 * Whether text in the charset named is converted here (no name at all
 * is US-ASCII, RFC 2045): ASCII, UTF-8, ISO 8859-1 and -15, Windows-1252.
 */
int
message_charset_known(const char *name)
{
	return charset_of(name) != CS_OTHER;
}

/*
 * Convert n bytes at s from charset to UTF-8 into dst, always
 * terminated; bytes that are not valid in it become U+FFFD, and NUL
 * bytes a space.  Return the length written.
 */
size_t
message_charset(const char *charset, const char *s, size_t n, char *dst,
    size_t size)
{
	const unsigned char	*p = (const unsigned char *)s;
	enum cs			 cs = charset_of(charset);
	size_t			 i = 0, len = 0, k;
	unsigned long		 cp;

	if (size == 0)
		return 0;
	while (i < n && len + 1 < size) {
		if (p[i] == 0) {
			dst[len++] = ' ';
			i++;
			continue;
		}
		if (p[i] < 0x80) {
			dst[len++] = (char)p[i++];
			continue;
		}
		switch (cs) {
		case CS_UTF8:
		case CS_OTHER:
			k = utf8_valid(p + i, n - i);
			if (k == 0) {
				len = put_cp(dst, len, size, 0xfffd);
				i++;
			} else if (len + k + 1 <= size) {
				memcpy(dst + len, p + i, k);
				len += k;
				i += k;
			} else
				i = n;
			continue;
		case CS_LATIN1:
			cp = p[i];
			break;
		case CS_LATIN9:
			cp = latin9(p[i]);
			break;
		default:
			cp = p[i] < 0xa0 ? cp1252[p[i] - 0x80] : p[i];
			if (cp == 0)
				cp = 0xfffd;
			break;
		}
		k = put_cp(dst, len, size, cp);
		if (k == len)
			break;
		len = k;
		i++;
	}
	dst[len] = '\0';
	return len;
}

/*
 * An encoded word =?charset?B?text?= or =?charset?Q?text?= at s: decode
 * it to UTF-8 at dst + *len, or only check it when dst is NULL.  Return
 * its length in s, or 0 if s does not start one.
 */
static size_t
encoded_word(const char *s, size_t n, char *dst, size_t size, size_t *len)
{
	/* A charset name has up to 40 characters (RFC 2978), then maybe
	   an RFC 2231 language tag. */
	char		 cs[64], raw[WORD_MAX];
	size_t		 i = 2, k, start, end, rn = 0;
	unsigned	 acc = 0;
	int		 nacc = 0, enc;

	if (n < 8 || s[0] != '=' || s[1] != '?')
		return 0;
	for (k = 0; i < n && s[i] != '?' && k + 1 < sizeof(cs); i++)
		cs[k++] = s[i];
	cs[k] = '\0';
	if (k == 0 || i + 2 >= n || s[i] != '?' || s[i + 2] != '?')
		return 0;
	enc = lower((unsigned char)s[i + 1]);
	if (enc != 'b' && enc != 'q')
		return 0;
	start = i + 3;
	for (end = start; end + 1 < n && end - start < WORD_MAX; end++)
		if (s[end] == '?' && s[end + 1] == '=')
			break;
	/* The loop stops early only at "?=". */
	if (end + 1 >= n || end - start >= WORD_MAX)
		return 0;
	if (dst == NULL)
		return end + 2;
	if (enc == 'b')
		rn = mime_base64(s + start, end - start, raw, &acc, &nacc);
	else
		for (k = start; k < end; k++) {
			if (s[k] == '_')
				raw[rn++] = ' ';
			else if (s[k] == '=' && k + 2 < end &&
			    hex_digit((unsigned char)s[k + 1]) >= 0 &&
			    hex_digit((unsigned char)s[k + 2]) >= 0) {
				raw[rn++] = (char)(hex_digit((unsigned char)s[k + 1])
				    << 4 | hex_digit((unsigned char)s[k + 2]));
				k += 2;
			} else
				raw[rn++] = s[k];
		}
	*len += message_charset(cs, raw, rn, dst + *len, size - *len);
	return end + 2;
}

/*
 * Decode the RFC 2047 encoded words of an unfolded header value into
 * UTF-8 at dst, always terminated; blanks between two encoded words go.
 * Other text is taken as UTF-8.  Return the length written.
 */
size_t
message_words(const char *s, size_t n, char *dst, size_t size)
{
	size_t	 i = 0, len = 0, w, k, plain;
	int	 after_word = 0;

	if (size == 0)
		return 0;
	while (i < n && len + 1 < size) {
		if (s[i] == '=' && i + 1 < n && s[i + 1] == '?' &&
		    (w = encoded_word(s + i, n - i, dst, size, &len)) > 0) {
			i += w;
			after_word = 1;
			continue;
		}
		if (after_word && is_wsp(s[i])) {
			for (k = i; k < n && is_wsp(s[k]); k++)
				continue;
			/* Dropped only if an encoded word follows. */
			if (encoded_word(s + k, n - k, NULL, 0, NULL) > 0) {
				i = k;
				continue;
			}
		}
		after_word = 0;
		for (plain = i + 1; plain < n && s[plain] != '='; plain++)
			continue;
		len += message_charset("utf-8", s + i, plain - i, dst + len,
		    size - len);
		i = plain;
	}
	dst[len] = '\0';
	return len;
}

static int
addr_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' &&
	    strchr("!#$%&'*+-/=?^_`{|}~.", c) != NULL) || c >= 0x80;
}

/* Letters, digits, hyphens and dots: what a domain name is made of. */
static int
ldh_dot(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/*
 * Whether the n bytes at s are one address, local@domain, as bounces
 * write them: no blanks, one '@', a domain of letters, digits, dots and
 * hyphens, or an address literal of RFC 5321 section 4.1.3: [192.0.2.1],
 * [IPv6:2001:db8::1], letters, digits, dots, colons and hyphens inside.
 */
int
message_is_addr(const char *s, size_t n)
{
	size_t	 at, i, k;

	if (n > 254)
		return 0;
	/*
	 * Beyond ASCII, UTF-8 only (RFC 6531), and no U+FFFD: a text of
	 * another charset, read as UTF-8, holds '@' inside its characters.
	 */
	for (i = 0; i < n; i += k)
		if ((k = utf8_valid((const unsigned char *)s + i, n - i)) == 0 ||
		    (k == 3 && memcmp(s + i, "\xef\xbf\xbd", 3) == 0))
			return 0;
	for (at = 0; at < n && s[at] != '@'; at++)
		if (!addr_char((unsigned char)s[at]))
			return 0;
	if (at == 0 || at + 1 >= n)
		return 0;
	if (s[at + 1] == '[') {
		if (n - at < 4 || s[n - 1] != ']')
			return 0;
		for (i = at + 2; i < n - 1; i++)
			if (!ldh_dot((unsigned char)s[i]) && s[i] != ':')
				return 0;
		return 1;
	}
	for (i = at + 1; i < n; i++)
		if (!ldh_dot((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
			return 0;
	return s[n - 1] != '.' && s[at + 1] != '.';
}

/* Copy an address lowercased, without "mailto:"; return its length. */
static size_t
addr_copy(const char *s, size_t n, char *dst, size_t size)
{
	size_t	 i;

	if (n >= 7 && strncmp(s, "mailto:", 7) == 0) {
		s += 7;
		n -= 7;
	}
	if (size == 0)
		return 0;
	if (n >= size)
		n = size - 1;
	for (i = 0; i < n; i++)
		dst[i] = (char)lower((unsigned char)s[i]);
	dst[n] = '\0';
	return n;
}

/*
 * Whether s[i - 1], before a local part, glues it to what comes before:
 * a control character other than a blank's, or the '[' that starts a
 * terminal's control sequence.
 */
static int
glued(const char *s, size_t i)
{
	unsigned char	 c;

	if (i == 0)
		return 0;
	c = (unsigned char)s[i - 1];
	return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') ||
	    c == 0x7f || c == '[';
}

/*
 * The first address in the n bytes at s, "Name <a@b>" or a bare a@b,
 * lowercased into dst.  Return its length, 0 if there is none.
 */
size_t
message_addr(const char *s, size_t n, char *dst, size_t size)
{
	size_t	 i, k, start;

	if (size > 0)
		dst[0] = '\0';
	for (i = 0; i < n; i++) {
		if (s[i] != '<')
			continue;
		for (k = i + 1; k < n && s[k] != '>' && s[k] != '<'; k++)
			continue;
		if (k < n && s[k] == '>' && message_is_addr(s + i + 1, k - i - 1))
			return addr_copy(s + i + 1, k - i - 1, dst, size);
	}
	for (i = 0; i < n; i++) {
		if (s[i] != '@')
			continue;
		for (start = i; start > 0 && addr_char((unsigned char)s[start - 1]);
		    start--)
			continue;
		for (k = i + 1; k < n && (addr_char((unsigned char)s[k]) ||
		    s[k] == '[' || s[k] == ']'); k++)
			continue;
		while (k > i + 1 && s[k - 1] == '.')
			k--;
		/* Not the end of "evil\x1b[31m@b": what a terminal
		 * sequence leaves is no address. */
		if (glued(s, start))
			continue;
		if (message_is_addr(s + start, k - start))
			return addr_copy(s + start, k - start, dst, size);
	}
	return 0;
}

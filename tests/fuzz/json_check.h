/* A strict JSON checker for the fuzz targets: one value, valid UTF-8. */
#ifndef JSON_CHECK_H
#define JSON_CHECK_H

#include <stddef.h>
#include <string.h>

#include "output.h"

struct jc {
	const unsigned char	*s;
	size_t			 n, i;
	int			 depth;
};

static int	jc_value(struct jc *);

static void
jc_ws(struct jc *j)
{
	while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\t' ||
	    j->s[j->i] == '\n' || j->s[j->i] == '\r'))
		j->i++;
}

static int
jc_lit(struct jc *j, const char *w)
{
	size_t	 len = strlen(w);

	if (j->n - j->i < len || memcmp(j->s + j->i, w, len) != 0)
		return 0;
	j->i += len;
	return 1;
}

static int
jc_string(struct jc *j)
{
	size_t	 len, k;

	if (j->i >= j->n || j->s[j->i] != '"')
		return 0;
	for (j->i++; j->i < j->n; ) {
		unsigned char c = j->s[j->i];

		if (c == '"') {
			j->i++;
			return 1;
		}
		if (c < 0x20)
			return 0;
		if (c == '\\') {
			if (++j->i >= j->n)
				return 0;
			c = j->s[j->i];
			if (c == 'u') {
				for (k = 1; k <= 4; k++)
					if (j->i + k >= j->n ||
					    strchr("0123456789abcdefABCDEF",
					    j->s[j->i + k]) == NULL ||
					    j->s[j->i + k] == '\0')
						return 0;
				j->i += 5;
			} else if (strchr("\"\\/bfnrt", c) != NULL && c != '\0')
				j->i++;
			else
				return 0;
			continue;
		}
		if ((len = utf8_valid(j->s + j->i, j->n - j->i)) == 0)
			return 0;
		j->i += len;
	}
	return 0;
}

static int
jc_number(struct jc *j)
{
	size_t	 start = j->i;

	if (j->i < j->n && j->s[j->i] == '-')
		j->i++;
	if (j->i >= j->n || j->s[j->i] < '0' || j->s[j->i] > '9')
		return 0;
	if (j->s[j->i] == '0')
		j->i++;
	else
		while (j->i < j->n && j->s[j->i] >= '0' && j->s[j->i] <= '9')
			j->i++;
	return j->i > start;
}

static int
jc_value(struct jc *j)
{
	int	 first = 1;

	if (++j->depth > 64)
		return 0;
	jc_ws(j);
	if (j->i >= j->n)
		return 0;
	switch (j->s[j->i]) {
	case '{':
	case '[': {
		unsigned char close = j->s[j->i] == '{' ? '}' : ']';
		int obj = close == '}';

		j->i++;
		for (;;) {
			jc_ws(j);
			if (j->i < j->n && j->s[j->i] == close && first) {
				j->i++;
				break;
			}
			if (obj) {
				if (!jc_string(j))
					return 0;
				jc_ws(j);
				if (j->i >= j->n || j->s[j->i++] != ':')
					return 0;
			}
			if (!jc_value(j))
				return 0;
			jc_ws(j);
			if (j->i >= j->n)
				return 0;
			if (j->s[j->i] == close) {
				j->i++;
				break;
			}
			if (j->s[j->i++] != ',')
				return 0;
			first = 0;
		}
		break;
	}
	case '"':
		if (!jc_string(j))
			return 0;
		break;
	case 't':
		return j->depth--, jc_lit(j, "true");
	case 'f':
		return j->depth--, jc_lit(j, "false");
	case 'n':
		return j->depth--, jc_lit(j, "null");
	default:
		if (!jc_number(j))
			return 0;
	}
	j->depth--;
	return 1;
}

/* Whether the n bytes at s are exactly one JSON value. */
static inline int
json_valid(const char *s, size_t n)
{
	struct jc	 j = { (const unsigned char *)s, n, 0, 0 };

	if (!jc_value(&j))
		return 0;
	jc_ws(&j);
	return j.i == n;
}

/* Whether every line of the n bytes at s is one JSON value. */
static inline int
json_lines_valid(const char *s, size_t n)
{
	const char	*nl;

	while (n > 0) {
		nl = memchr(s, '\n', n);
		if (nl == NULL || !json_valid(s, (size_t)(nl - s)))
			return 0;
		n -= (size_t)(nl - s) + 1;
		s = nl + 1;
	}
	return 1;
}

#endif

/*
 * Fuzz target: terminal escaping.  The first byte chooses the flags and
 * where the input is cut in two calls, as a buffer boundary cuts a line.
 * No byte a terminal obeys comes out, and when the input holds no '^'
 * or '\' the escapes undone give the input back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

/* Whether the n bytes at p hold a control a terminal obeys. */
static int
has_control(const unsigned char *p, size_t n, int line, int eight)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (p[i] == 0x7f || (eight && p[i] >= 0x80 && p[i] <= 0x9f))
			return 1;
		if (p[i] < 0x20 && (line || (p[i] != '\t' && p[i] != '\n' &&
		    !(p[i] == '\r' && i + 1 < n && p[i + 1] == '\n'))))
			return 1;
		if (i + 1 < n && ((p[i] == 0xc2 && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0x9f) || (p[i] == 0xd8 && p[i + 1] == 0x9c)))
			return 1;
		if (i + 2 < n && p[i] == 0xe2 && ((p[i + 1] == 0x80 &&
		    (p[i + 2] == 0x8e || p[i + 2] == 0x8f ||
		    (p[i + 2] >= 0xaa && p[i + 2] <= 0xae))) ||
		    (p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9)))
			return 1;
	}
	return 0;
}

static int
hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	abort();
}

/* Undo the escapes of the n bytes at s into dst; return the length. */
static size_t
unescape(const unsigned char *s, size_t n, unsigned char *dst)
{
	size_t		 i, k = 0;
	unsigned long	 cp;

	for (i = 0; i < n; i++) {
		if (s[i] == '^') {
			if (++i >= n)
				abort();
			dst[k++] = s[i] == '?' ? 0x7f : (unsigned char)(s[i] - 0x40);
		} else if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x') {
			dst[k++] = (unsigned char)(hex(s[i + 2]) << 4 |
			    hex(s[i + 3]));
			i += 3;
		} else if (s[i] == '\\' && i + 5 < n && s[i + 1] == 'u') {
			cp = (unsigned long)(hex(s[i + 2]) << 12 |
			    hex(s[i + 3]) << 8 | hex(s[i + 4]) << 4 |
			    hex(s[i + 5]));
			if (cp < 0x800) {
				dst[k++] = (unsigned char)(0xc0 | cp >> 6);
			} else {
				dst[k++] = (unsigned char)(0xe0 | cp >> 12);
				dst[k++] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
			}
			dst[k++] = (unsigned char)(0x80 | (cp & 0x3f));
			i += 5;
		} else if (s[i] == '\\')
			abort();
		else
			dst[k++] = s[i];
	}
	return k;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	unsigned char	*back;
	char		*out = NULL;
	size_t		 len = 0, cut, n;
	FILE		*fp;
	int		 flags, line, eight;

	if (size < 1)
		return 0;
	line = data[0] & 1;
	eight = data[0] & 2;
	flags = OUT_SAFE_TERM | (line ? OUT_SAFE_LINE : 0) |
	    (eight ? OUT_SAFE_8BIT : 0);
	data++;
	size--;
	cut = size > 0 ? (size_t)data[0] % (size + 1) : 0;
	if ((fp = open_memstream(&out, &len)) == NULL)
		return 0;
	out_safe(fp, (const char *)data, cut, flags);
	out_safe(fp, (const char *)data + cut, size - cut, flags);
	fclose(fp);
	if (has_control((unsigned char *)out, len, line, eight) ||
	    len > 6 * size)
		abort();
	if (memchr(data, '^', size) == NULL && memchr(data, '\\', size) ==
	    NULL) {
		if ((back = malloc(len + 1)) == NULL)
			abort();
		n = unescape((unsigned char *)out, len, back);
		if (n != size || memcmp(back, data, size) != 0)
			abort();
		free(back);
	}
	free(out);

	/* A message quotes at most 64 characters, on one line. */
	if ((back = malloc(size + 1)) == NULL)
		abort();
	memcpy(back, data, size);
	back[size] = '\0';
	out = NULL;
	if ((fp = open_memstream(&out, &len)) == NULL)
		abort();
	out_quoted(fp, (const char *)back);
	fclose(fp);
	if (len < 2 || out[0] != '\'' || memchr(out, '\n', len) != NULL ||
	    has_control((unsigned char *)out, len, 1, 0) || len > 6 * 64 + 5)
		abort();
	free(out);
	free(back);
	return 0;
}

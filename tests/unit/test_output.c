/* Unit tests of the writers: JSON escaping, UTF-8 checks, wrapping. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "unit.h"

static char	 captured[4096];

/* A stream that writes into captured[], emptied first. */
static FILE *
capture(void)
{
	memset(captured, 0, sizeof(captured));
	return fmemopen(captured, sizeof(captured) - 1, "w");
}

/* Run json_string on n bytes and return what it wrote. */
static const char *
json(const char *s, size_t n)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	json_string(fp, s, n);
	fclose(fp);
	return captured;
}

static const char *
wrap(const char *s, int indent, int width)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	out_wrap(fp, s, indent, width);
	fclose(fp);
	return captured;
}

int
main(void)
{
	CHECK(strcmp(json("abc", 3), "\"abc\"") == 0);
	CHECK(strcmp(json("a\"b\\c", 5), "\"a\\\"b\\\\c\"") == 0);
	CHECK(strcmp(json("\n\r\t", 3), "\"\\n\\r\\t\"") == 0);
	CHECK(strcmp(json("\x01\x1f", 2), "\"\\u0001\\u001f\"") == 0);
	CHECK(strcmp(json("a\0b", 3), "\"a\\u0000b\"") == 0);
	CHECK(strcmp(json("boîte", strlen("boîte")), "\"boîte\"") == 0);
	/* Invalid UTF-8 becomes U+FFFD: a lone continuation byte, a
	 * truncated sequence, an overlong form, a surrogate. */
	CHECK(strcmp(json("\x80", 1), "\"\xef\xbf\xbd\"") == 0);
	CHECK(strcmp(json("\xc3", 1), "\"\xef\xbf\xbd\"") == 0);
	CHECK(strcmp(json("\xc0\xaf", 2), "\"\xef\xbf\xbd\xef\xbf\xbd\"") == 0);
	CHECK(strcmp(json("\xed\xa0\x80", 3),
	    "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"") == 0);
	CHECK(strcmp(json("\xf4\x90\x80\x80", 4),
	    "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"") == 0);
	CHECK(strcmp(json("\xf0\x9f\x93\xa7", 4), "\"\xf0\x9f\x93\xa7\"") == 0);

	CHECK(utf8_valid((const unsigned char *)"a", 1) == 1);
	CHECK(utf8_valid((const unsigned char *)"\xc3\xa9", 2) == 2);
	CHECK(utf8_valid((const unsigned char *)"\xc3\xa9", 1) == 0);
	CHECK(utf8_valid((const unsigned char *)"\xe0\x80\x80", 3) == 0);
	CHECK(utf8_valid((const unsigned char *)"\xff", 1) == 0);

	CHECK(strcmp(wrap("one two three", 2, 9), "  one two\n  three\n")
	    == 0);
	CHECK(strcmp(wrap("été été", 0, 7), "été été\n") == 0);
	CHECK(strcmp(wrap("", 4, 79), "") == 0);
	CHECK(strcmp(wrap("  a  ", 1, 79), " a\n") == 0);
	return unit_done("test_output");
}

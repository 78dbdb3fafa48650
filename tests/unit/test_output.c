/* Unit tests of the writers: JSON escaping, UTF-8 checks, wrapping. */
#include <stdint.h>
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

/*
 * Run outbuf_json on n bytes, put together in a buffer of size bytes,
 * and return what reached the stream.
 */
static const char *
json_in(const char *s, size_t n, size_t size)
{
	struct outbuf	 b;
	char		 mem[64];
	FILE		*fp = capture();

	if (fp == NULL || size > sizeof(mem))
		return "";
	b.fp = fp;
	b.mem = mem;
	b.size = size;
	b.len = 0;
	outbuf_json(&b, s, n);
	outbuf_flush(&b);
	fclose(fp);
	return captured;
}

/* What JSON of s is, as json_string and through buffers of each size. */
static int
json_is(const char *s, size_t n, const char *want)
{
	size_t	 size;

	if (strcmp(json(s, n), want) != 0)
		return 0;
	/* An escape (six bytes at most) and a number need that much. */
	for (size = 6; size <= 64; size += 11)
		if (strcmp(json_in(s, n, size), want) != 0)
			return 0;
	return 1;
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

/* Run out_safe on n bytes with flags and return what it wrote. */
static const char *
safe(const char *s, size_t n, int flags)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	out_safe(fp, s, n, flags);
	fclose(fp);
	return captured;
}

#define SAFE(in, want)	CHECK(strcmp(safe((in), sizeof(in) - 1, \
			    OUT_SAFE_TERM), (want)) == 0)

static const char *
quoted(const char *s)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	out_quoted(fp, s);
	fclose(fp);
	return captured;
}

static const char *
latin1(const char *s)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	out_latin1(fp, s, strlen(s));
	fclose(fp);
	return captured;
}

/*
 * Whether the n bytes at s hold a byte a terminal obeys: C0 but TAB and
 * LF, DEL, or the UTF-8 form of a C1 or bidi control.  Written apart
 * from out_safe, from the byte patterns of those code points.
 */
static int
has_control(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	for (i = 0; i < n; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n') ||
		    p[i] == 0x7f)
			return 1;
		if (i + 1 < n && p[i] == 0xc2 && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0x9f)
			return 1;
		if (i + 1 < n && p[i] == 0xd8 && p[i + 1] == 0x9c)
			return 1;
		if (i + 2 < n && p[i] == 0xe2 && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0x8e || p[i + 2] == 0x8f ||
		    (p[i + 2] >= 0xaa && p[i + 2] <= 0xae)))
			return 1;
		if (i + 2 < n && p[i] == 0xe2 && p[i + 1] == 0x81 &&
		    p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9)
			return 1;
	}
	return 0;
}

/* Each control written in two calls cut at every byte stays harmless. */
static void
check_split(const char *s)
{
	char	 out[64];
	size_t	 n = strlen(s), cut, len;
	FILE	*fp;

	for (cut = 0; cut <= n; cut++) {
		memset(out, 0, sizeof(out));
		if ((fp = fmemopen(out, sizeof(out) - 1, "w")) == NULL)
			return;
		out_safe(fp, s, cut, OUT_SAFE_TERM);
		out_safe(fp, s + cut, n - cut, OUT_SAFE_TERM);
		fclose(fp);
		len = strlen(out);
		CHECK(len > 0 && !has_control(out, len));
	}
}

/*
 * What JSON (RFC 8259) makes of one byte or character c of n bytes, as
 * json_string writes it: the two-character escapes, \u00XX for other
 * controls and DEL, U+FFFD for a byte that is no UTF-8.
 */
static const char *
escaped(const char *c, size_t n)
{
	static char		 buf[16];
	const unsigned char	 b = (unsigned char)c[0];

	if (n > 1)
		return c;
	switch (b) {
	case '"':
		return "\\\"";
	case '\\':
		return "\\\\";
	case '\n':
		return "\\n";
	case '\r':
		return "\\r";
	case '\t':
		return "\\t";
	}
	if (b < 0x20 || b == 0x7f) {
		snprintf(buf, sizeof(buf), "\\u%04x", b);
		return buf;
	}
	return b >= 0x80 ? "\xef\xbf\xbd" : c;
}

/*
 * Each byte that JSON must escape, and its plain neighbours, at every
 * place in runs of plain text from 0 to 40 bytes: a run read eight bytes
 * at a time must stop at the byte, wherever it falls in the eight.
 */
static void
check_json_runs(void)
{
	static const char *const odd[] = {
		"\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", "\x7f", "\x80",
		"\xff", "\xc3", "\xc3\xa9", "\xe2\x82\xac", " ", "!", "#", "[",
		"]", "~", "a",
	};
	char		 in[64], want[128];
	const char	*e;
	size_t		 len, at, k, n, m;

	for (k = 0; k < sizeof(odd) / sizeof(odd[0]); k++) {
		n = strlen(odd[k]);
		for (len = 0; len <= 40; len++)
			for (at = 0; at <= len; at++) {
				memset(in, 'x', len);
				memcpy(in + at, odd[k], n);
				memset(in + at + n, 'y', len - at);
				e = escaped(odd[k], n);
				m = (size_t)snprintf(want, sizeof(want),
				    "\"%.*s%s%.*s\"", (int)at, in, e,
				    (int)(len - at), in + at + n);
				CHECK(m < sizeof(want) &&
				    json_is(in, len + n, want));
			}
	}
	/* Nothing to escape, in runs of every length up to 40. */
	for (len = 0; len <= 40; len++) {
		memset(in, 'z', len);
		snprintf(want, sizeof(want), "\"%.*s\"", (int)len, in);
		CHECK(json_is(in, len, want));
	}
}

/* Bytes written to fp so far, what is buffered in it included. */
static long
written(FILE *fp)
{
	return fflush(fp) == 0 ? ftell(fp) : -1;
}

/*
 * A buffer keeps what fits, writes what it holds when the next piece
 * does not fit, and writes a piece larger than itself straight through,
 * in order.
 */
static void
check_outbuf(void)
{
	struct outbuf	 b;
	char		 mem[8];
	FILE		*fp = capture();

	if (fp == NULL)
		abort();
	b.fp = fp;
	b.mem = mem;
	b.size = sizeof(mem);
	b.len = 0;
	outbuf_add(&b, "abcd", 4);
	outbuf_add(&b, "efgh", 4);
	CHECK(b.len == 8 && written(fp) == 0);
	outbuf_add(&b, "i", 1);
	CHECK(b.len == 1 && written(fp) == 8);
	outbuf_add(&b, "jklmnop", 7);
	CHECK(b.len == 8 && written(fp) == 8);
	outbuf_add(&b, "", 0);
	CHECK(b.len == 8 && written(fp) == 8);
	outbuf_flush(&b);
	CHECK(b.len == 0 && written(fp) == 16);
	outbuf_add(&b, "012345678", 9);
	CHECK(b.len == 0 && written(fp) == 25);
	outbuf_add(&b, "ab", 2);
	outbuf_add(&b, "01234567", 8);
	CHECK(b.len == 8 && written(fp) == 27);
	outbuf_unumber(&b, 42);
	CHECK(b.len == 2 && written(fp) == 35);
	outbuf_unumber(&b, 1234567);
	CHECK(b.len == 7 && written(fp) == 37);
	OUTBUF_LIT(&b, "xyz");
	CHECK(b.len == 3 && written(fp) == 44);
	outbuf_flush(&b);
	fclose(fp);
	CHECK(strcmp(captured, "abcdefghijklmnop012345678ab0123456742"
	    "1234567xyz") == 0);
}

/*
 * Each byte alone, each C1 and bidi control, and a byte that needs an
 * escape at either side of where a run read 8 or 16 bytes at a time
 * ends.  Expected strings written by hand from RFC 8259: the five
 * two-character escapes JSON has for these (not \b nor \f, which are
 * written \u0008 and \u000c), \u followed by four lower-case hex digits
 * for the others.
 */
static void
check_json_bytes(void)
{
	static const char *const c0[32] = {
		"\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004",
		"\\u0005", "\\u0006", "\\u0007", "\\u0008", "\\t", "\\n",
		"\\u000b", "\\u000c", "\\r", "\\u000e", "\\u000f", "\\u0010",
		"\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015",
		"\\u0016", "\\u0017", "\\u0018", "\\u0019", "\\u001a",
		"\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
	};
	static const char *const bidi[][2] = {
		{ "\xd8\x9c", "\\u061c" }, { "\xe2\x80\x8e", "\\u200e" },
		{ "\xe2\x80\x8f", "\\u200f" }, { "\xe2\x80\xaa", "\\u202a" },
		{ "\xe2\x80\xab", "\\u202b" }, { "\xe2\x80\xac", "\\u202c" },
		{ "\xe2\x80\xad", "\\u202d" }, { "\xe2\x80\xae", "\\u202e" },
		{ "\xe2\x81\xa6", "\\u2066" }, { "\xe2\x81\xa7", "\\u2067" },
		{ "\xe2\x81\xa8", "\\u2068" }, { "\xe2\x81\xa9", "\\u2069" },
	};
	static const char	 hex[] = "0123456789abcdef";
	char			 in[4], want[16];
	size_t			 i;

	for (i = 0; i < 256; i++) {
		in[0] = (char)i;
		if (i < 0x20)
			snprintf(want, sizeof(want), "\"%s\"", c0[i]);
		else if (i == 0x7f)
			strcpy(want, "\"\\u007f\"");
		else if (i == '"' || i == '\\')
			snprintf(want, sizeof(want), "\"\\%c\"", (int)i);
		else if (i >= 0x80)
			strcpy(want, "\"\xef\xbf\xbd\"");
		else
			snprintf(want, sizeof(want), "\"%c\"", (int)i);
		CHECK(json_is(in, 1, want));
	}
	/* C1 controls written in UTF-8, U+0080 to U+009F. */
	for (i = 0; i < 32; i++) {
		in[0] = (char)0xc2;
		in[1] = (char)(0x80 + i);
		snprintf(want, sizeof(want), "\"\\u00%c%c\"", hex[8 + i / 16],
		    hex[i % 16]);
		CHECK(json_is(in, 2, want));
	}
	for (i = 0; i < sizeof(bidi) / sizeof(bidi[0]); i++) {
		snprintf(want, sizeof(want), "\"%s\"", bidi[i][1]);
		CHECK(json_is(bidi[i][0], strlen(bidi[i][0]), want));
	}
	/* Their neighbours stay as they are. */
	CHECK(json_is("\xc2\xa0\xd8\x9b\xe2\x80\x8d\xe2\x80\xaf\xe2\x81\xa5",
	    13, "\"\xc2\xa0\xd8\x9b\xe2\x80\x8d\xe2\x80\xaf\xe2\x81\xa5\""));
	/* U+2029 and U+206A, just outside the two bidi ranges, and U+061D. */
	CHECK(json_is("\xe2\x80\xa9\xe2\x81\xaa\xd8\x9d", 8,
	    "\"\xe2\x80\xa9\xe2\x81\xaa\xd8\x9d\""));
	/* At 0, 7, 8, 15, 16 of a run. */
	CHECK(json_is("\"bcdefghijklmnopqrstu", 21,
	    "\"\\\"bcdefghijklmnopqrstu\""));
	CHECK(json_is("abcdefg\tijklmnopqrstu", 21,
	    "\"abcdefg\\tijklmnopqrstu\""));
	CHECK(json_is("abcdefgh\\jklmnopqrstu", 21,
	    "\"abcdefgh\\\\jklmnopqrstu\""));
	CHECK(json_is("abcdefghijklmno\x7fqrstu", 21,
	    "\"abcdefghijklmno\\u007fqrstu\""));
	CHECK(json_is("abcdefghijklmnop\x80rstu", 21,
	    "\"abcdefghijklmnop\xef\xbf\xbdrstu\""));
	CHECK(json_is("abcdefghijklmnop\xc3\xa9stu", 21,
	    "\"abcdefghijklmnop\xc3\xa9stu\""));
	CHECK(json_is("abcdefghijklmno\xc3\xa9rstuv", 22,
	    "\"abcdefghijklmno\xc3\xa9rstuv\""));
	CHECK(json_is("abcdefghijklmnopqrstuvwxyz012345\x1f", 33,
	    "\"abcdefghijklmnopqrstuvwxyz012345\\u001f\""));
	CHECK(json_is("abcdefghijklmnopqrstuvwxyz01234 ~", 33,
	    "\"abcdefghijklmnopqrstuvwxyz01234 ~\""));
	/* Invalid UTF-8: each byte of a cut or overlong sequence alone. */
	CHECK(json_is("ab\xe2\x82z", 5, "\"ab\xef\xbf\xbd\xef\xbf\xbdz\""));
	CHECK(json_is("\xc1\xbf", 2, "\"\xef\xbf\xbd\xef\xbf\xbd\""));
	CHECK(json_is("\xf5\x80\x80\x80", 4, "\"\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd\""));
	CHECK(json_is("", 0, "\"\""));
}

/* Run out_put_unumber on v and return what it wrote. */
static const char *
uint_text(uint64_t v)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	out_put_unumber(fp, v);
	fclose(fp);
	return captured;
}

/* Run out_put_number on v and return what it wrote. */
static const char *
int_text(int64_t v)
{
	FILE	*fp = capture();

	if (fp == NULL)
		return "";
	out_put_number(fp, v);
	fclose(fp);
	return captured;
}

/* Run out_number or out_unumber on v: what they wrote, terminated. */
static const char *
number_text(int64_t v, int sign)
{
	static char	 buf[OUT_NUMBER + 8];
	size_t		 n;

	memset(buf, 'x', sizeof(buf));
	n = sign ? out_number(buf, v) : out_unumber(buf, (uint64_t)v);
	/* Nothing is written past the number, nor past OUT_NUMBER. */
	CHECK(n <= OUT_NUMBER && buf[n] == 'x');
	buf[n] = '\0';
	return buf;
}

/*
 * Each power of ten and its neighbours, where a number gains a digit,
 * and numbers of an odd and an even count of digits, as snprintf's %ju
 * writes them; into an outbuf too, with room and without.
 */
static void
check_digits(void)
{
	char		 want[32], mem[24];
	const char	*got;
	struct outbuf	 b;
	uint64_t	 p, v;
	int		 k, d;
	size_t		 room;

	for (p = 1, k = 0; k < 20; k++, p *= 10)
		for (d = -1; d <= 1; d++) {
			v = p + (uint64_t)(int64_t)d;
			(void)snprintf(want, sizeof(want), "%ju", (uintmax_t)v);
			got = number_text((int64_t)v, 0);
			CHECK(strcmp(got, want) == 0);
			for (room = 0; room <= 2; room++) {
				b.fp = NULL;
				b.mem = mem;
				b.size = sizeof(mem);
				b.len = sizeof(mem) - OUT_NUMBER + room;
				if (b.len + strlen(want) > b.size)
					continue;
				outbuf_unumber(&b, v);
				CHECK(b.len == sizeof(mem) - OUT_NUMBER + room +
				    strlen(want) && memcmp(mem + sizeof(mem) -
				    OUT_NUMBER + room, want, strlen(want)) == 0);
			}
		}
	CHECK(strcmp(number_text(123456789, 0), "123456789") == 0);
	CHECK(strcmp(number_text(12345678, 0), "12345678") == 0);
}

/*
 * out_format against the C library's snprintf, for the same format and
 * arguments and every buffer size up to past the whole: the text, the
 * cut and the length returned are snprintf's.
 */
#define SAME_AS_SNPRINTF(...) do {					\
	char	 want_[128], got_[128];					\
	size_t	 size_;							\
	int	 wn_, gn_;						\
									\
	for (size_ = 0; size_ <= sizeof(want_); size_++) {		\
		memset(want_, 'x', sizeof(want_));			\
		memset(got_, 'x', sizeof(got_));			\
		wn_ = snprintf(want_, size_, __VA_ARGS__);		\
		gn_ = out_format(got_, size_, __VA_ARGS__);		\
		CHECK(wn_ == gn_ && memcmp(want_, got_,			\
		    sizeof(want_)) == 0);				\
	}								\
} while (0)

static void
check_format(void)
{
	SAME_AS_SNPRINTF("plain text, no conversion");
	SAME_AS_SNPRINTF("%s", "");
	SAME_AS_SNPRINTF("%s %dyz%s %s.", "Class", 5, ":", "permanent");
	SAME_AS_SNPRINTF("%d.%d.%d", 5, 1, 1);
	SAME_AS_SNPRINTF("%d %d", -1, -2147483647 - 1);
	SAME_AS_SNPRINTF("%d", 2147483647);
	SAME_AS_SNPRINTF("100%% %s%%", "sure");
	SAME_AS_SNPRINTF("%*s|", 4, "");
	SAME_AS_SNPRINTF("%*s|", 2, "abc");
	SAME_AS_SNPRINTF("%*s|", 6, "abc");
	SAME_AS_SNPRINTF("%*s|", -6, "abc");
	SAME_AS_SNPRINTF("%*s%s\n", 40, "", "a long line, longer than a pad");
	SAME_AS_SNPRINTF("d\xc3\xa9j\xc3\xa0 %s \xc2\xab", "\xc3\xa9t\xc3\xa9");
	SAME_AS_SNPRINTF("%zu cases use %d", (size_t)12, 550);
	SAME_AS_SNPRINTF("%zu", (size_t)-1);
	SAME_AS_SNPRINTF("%s %c%c%c", "Reply codes:", '4', 'x', 'X');
	SAME_AS_SNPRINTF("%c%c", 'a', 0);
	/* Other conversions are printf's own. */
	SAME_AS_SNPRINTF("\\u%04lx and %zu", 0x9bUL, (size_t)7);
	SAME_AS_SNPRINTF("%ld %s", 5L, "trailing %");
	SAME_AS_SNPRINTF("%s: %x", "hex", 255u);
}

int
main(void)
{
	static const char *const controls[] = {
		"\x1b]0;title\x07", "x\xc2\x9bm", "\xc2\x80",
		"\xc2\x9f", "\xe2\x80\xae", "\xe2\x80\xaa", "\xe2\x81\xa6",
		"\xe2\x81\xa9", "\xe2\x80\x8e", "\xe2\x80\x8f", "\xd8\x9c",
	};
	char		 all[256];
	const char	*s;
	size_t		 i;

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
	/* DEL, C1 and bidi controls are escaped: JSON read on a terminal. */
	CHECK(strcmp(json("\x7f", 1), "\"\\u007f\"") == 0);
	CHECK(strcmp(json("\xc2\x9b" "2J", 4), "\"\\u009b2J\"") == 0);
	CHECK(strcmp(json("a\xe2\x80\xae" "b", 5), "\"a\\u202eb\"") == 0);
	CHECK(strcmp(json("\xc2\xa0", 2), "\"\xc2\xa0\"") == 0);
	check_json_runs();
	check_json_bytes();
	check_outbuf();

	CHECK(strcmp(uint_text(0), "0") == 0);
	CHECK(strcmp(uint_text(9), "9") == 0);
	CHECK(strcmp(uint_text(10), "10") == 0);
	CHECK(strcmp(uint_text(4294967296u), "4294967296") == 0);
	CHECK(strcmp(uint_text(UINT64_MAX), "18446744073709551615") == 0);
	CHECK(strcmp(int_text(0), "0") == 0);
	CHECK(strcmp(int_text(550), "550") == 0);
	CHECK(strcmp(int_text(-1), "-1") == 0);
	CHECK(strcmp(int_text(INT64_MAX), "9223372036854775807") == 0);
	CHECK(strcmp(int_text(INT64_MIN), "-9223372036854775808") == 0);
	/* What printf's %d and %u write. */
	CHECK(strcmp(number_text(0, 1), "0") == 0);
	CHECK(strcmp(number_text(7, 1), "7") == 0);
	CHECK(strcmp(number_text(550, 1), "550") == 0);
	CHECK(strcmp(number_text(1000, 1), "1000") == 0);
	CHECK(strcmp(number_text(-1, 1), "-1") == 0);
	CHECK(strcmp(number_text(-550, 1), "-550") == 0);
	CHECK(strcmp(number_text(INT64_MAX, 1), "9223372036854775807") == 0);
	CHECK(strcmp(number_text(INT64_MIN, 1), "-9223372036854775808") == 0);
	CHECK(strcmp(number_text(0, 0), "0") == 0);
	CHECK(strcmp(number_text(10, 0), "10") == 0);
	CHECK(strcmp(number_text(-1, 0), "18446744073709551615") == 0);
	check_digits();
	check_format();

	CHECK(utf8_valid((const unsigned char *)"a", 1) == 1);
	CHECK(utf8_valid((const unsigned char *)"\xc3\xa9", 2) == 2);
	CHECK(utf8_valid((const unsigned char *)"\xc3\xa9", 1) == 0);
	CHECK(utf8_valid((const unsigned char *)"\xe0\x80\x80", 3) == 0);
	CHECK(utf8_valid((const unsigned char *)"\xff", 1) == 0);

	CHECK(strcmp(wrap("one two three", 2, 9), "  one two\n  three\n")
	    == 0);
	CHECK(strcmp(wrap("été été", 0, 7), "été été\n") == 0);
	CHECK(strcmp(wrap("", 4, 79), "") == 0);
	/* A colour for each class 2 to 5, none outside them. */
	CHECK(strcmp(color_of(2), "\033[1;32m") == 0);
	CHECK(strcmp(color_of(5), "\033[1;31m") == 0);
	CHECK(color_of(3) != color_of(0) && color_of(4) != color_of(0));
	CHECK(color_of(1) == color_of(0) && color_of(6) == color_of(0) &&
	    color_of(-1) == color_of(0));
	CHECK(strcmp(wrap("  a  ", 1, 79), " a\n") == 0);
	/* Longer than the line put together: words, a word, an indent. */
	{
		static char	 in[2100], want[2200];
		size_t		 w, n;

		for (w = n = 0; w < 400; w++)
			n += (size_t)sprintf(in + n, "%sabcd", w ? " " : "");
		snprintf(want, sizeof(want), "  %s\n", in);
		CHECK(strcmp(wrap(in, 2, 5000), want) == 0);
		memset(in, 'x', 600);
		strcpy(in + 600, " y");
		snprintf(want, sizeof(want), "   %.600s\n   y\n", in);
		CHECK(strcmp(wrap(in, 3, 79), want) == 0);
		snprintf(want, sizeof(want), "%300s%s\n", "", "a b");
		CHECK(strcmp(wrap("a b", 300, 1000), want) == 0);
		snprintf(want, sizeof(want), "%300s%s\n%300s%s\n", "", "a", "",
		    "b");
		CHECK(strcmp(wrap("a b", 300, 302), want) == 0);
	}

	/* Terminal safety: plain text, TAB and LF and CRLF go through. */
	SAFE("said: 550 5.1.1 <a@b>\tx\r\n", "said: 550 5.1.1 <a@b>\tx\r\n");
	SAFE("", "");
	/* C0 and DEL in caret notation: ESC as ^[, NUL as ^@, a lone CR. */
	SAFE("\x1b[2J\x1b]0;pwned\x07", "^[[2J^[]0;pwned^G");
	SAFE("a\0b", "a^@b");
	SAFE("\x01\x1f\x7f", "^A^_^?");
	SAFE("x\ry", "x^My");
	SAFE("end\r", "end^M");
	/* C1 controls in UTF-8 (U+0080 to U+009F), and bidi controls. */
	SAFE("\xc2\x9b" "31m", "\\u009b31m");
	SAFE("\xc2\x80\xc2\x9f", "\\u0080\\u009f");
	SAFE("a\xe2\x80\xae" "cba", "a\\u202ecba");
	SAFE("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad",
	    "\\u202a\\u202b\\u202c\\u202d");
	SAFE("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9",
	    "\\u2066\\u2067\\u2068\\u2069");
	SAFE("\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c",
	    "\\u200e\\u200f\\u061c");
	/* Their neighbours are letters and signs, shown as they are. */
	SAFE("\xc2\xa0\xc3\xa9\xe2\x80\x99\xe2\x80\xaf\xe2\x81\xa5",
	    "\xc2\xa0\xc3\xa9\xe2\x80\x99\xe2\x80\xaf\xe2\x81\xa5");
	SAFE("\xf0\x9f\x93\xa7 \xd8\x9b", "\xf0\x9f\x93\xa7 \xd8\x9b");
	/* Raw C1 bytes outside valid UTF-8 as \x9b; other invalid bytes go
	 * through, as Latin-1 logs hold them. */
	SAFE("\x9b" "2J", "\\x9b2J");
	SAFE("\x80\x9f", "\\x80\\x9f");
	SAFE("caf\xe9 \xff", "caf\xe9 \xff");
	SAFE("\xc0\x9b", "\xc0\\x9b");
	SAFE("\xed\xa0\x80", "\xed\xa0\\x80");
	SAFE("\xe2\x80", "\xe2\\x80");
	/* One line for messages: TAB, LF and CR escaped too. */
	CHECK(strcmp(safe("a\tb\r\nc", 6, OUT_SAFE_TERM | OUT_SAFE_LINE),
	    "a^Ib^M^Jc") == 0);
	/* A terminal that does not read UTF-8: every byte 0x80-0x9f. */
	CHECK(strcmp(safe("\xe2\x80\x99 \xe9", 5,
	    OUT_SAFE_TERM | OUT_SAFE_8BIT), "\xe2\\x80\\x99 \xe9") == 0);
	/* Every byte value: nothing a terminal obeys comes out. */
	for (i = 0; i < sizeof(all); i++)
		all[i] = (char)i;
	s = safe(all, sizeof(all), OUT_SAFE_TERM);
	CHECK(!has_control(s, strlen(s)));
	s = safe(all, sizeof(all), OUT_SAFE_TERM | OUT_SAFE_LINE);
	CHECK(strchr(s, '\n') == NULL && strchr(s, '\t') == NULL);
	/* A control cut in two, as a buffer boundary cuts a line. */
	for (i = 0; i < sizeof(controls) / sizeof(controls[0]); i++)
		check_split(controls[i]);

	/* Quoted in a message: one line, 64 characters at most. */
	CHECK(strcmp(quoted("55\n0"), "'55^J0'") == 0);
	CHECK(strcmp(quoted("\xe2\x80\xae" "055"), "'\\u202e055'") == 0);
	CHECK(strcmp(quoted("Mailbox\xff"), "'Mailbox\\xff'") == 0);
	CHECK(strcmp(quoted("\xc2\x9b"), "'\\u009b'") == 0);
	memset(all, 'e', 100);
	all[100] = '\0';
	CHECK(strlen(quoted(all)) == 64 + 2 + 3);

	/* ISO 8859-1: Latin-1 letters as one byte, the rest transliterated. */
	CHECK(strcmp(latin1("d\xc3\xa9j\xc3\xa0 \xc2\xab"), "d\xe9j\xe0 \xab") == 0);
	/* Three bytes whose middle one is odd: U+2264, less or equal. */
	CHECK(strcmp(latin1("a \xe2\x89\xa4 b"), "a <= b") == 0);
	CHECK(strcmp(latin1("l\xe2\x80\x99\xc5\x93uvre\xe2\x80\xa6"),
	    "l'oeuvre...") == 0);
	CHECK(strcmp(latin1("\xe2\x80\x9cx\xe2\x80\x9d \xf0\x9f\x93\xa7 \xff"),
	    "\"x\" ? ?") == 0);
	CHECK(out_locale_latin1("fr_FR.ISO-8859-1") == 1);
	CHECK(out_locale_latin1("fr_FR.iso88591@euro") == 1);
	CHECK(out_locale_latin1("de_DE.ISO-8859-15") == 1);
	CHECK(out_locale_latin1("fr_FR.UTF-8") == 0);
	CHECK(out_locale_latin1("en_US.utf8") == 0);
	CHECK(out_locale_latin1("C.UTF-8") == 0);
	CHECK(out_locale_latin1("C") == 0);
	CHECK(out_locale_latin1("POSIX") == 0);
	CHECK(out_locale_latin1("fr_FR") == 0);
	CHECK(out_locale_latin1(NULL) == 0);
	CHECK(out_locale_latin1("fr_FR.") == 0);
	return unit_done("test_output");
}

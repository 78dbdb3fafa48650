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

/* A field's name is read for 255 bytes at most: a longer one is none. */
static void
test_long_field_name(void)
{
	char	 s[300];

	memset(s, 'a', sizeof(s));
	s[255] = ':';
	CHECK(message_is_field(s, sizeof(s)));
	s[255] = 'a';
	s[256] = ':';
	CHECK(!message_is_field(s, sizeof(s)));
}

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
	size_t	 n;

	CHECK(message_is_field("Subject: x", 10));
	CHECK(message_is_field("Subject : x", 11));
	CHECK(message_is_field("X-Empty:", 8));
	CHECK(!message_is_field("From x", 6));
	CHECK(!message_is_field(": x", 3));
	CHECK(!message_is_field("", 0));
	CHECK(!message_is_field("Sub ject: x", 11));
	CHECK(!message_is_field("Subject", 7));
	CHECK(!message_is_field("\x01\x02: x", 5));
	test_long_field_name();
	/* RFC 5322 section 2.2.3: unfolding removes the line breaks. */
	EQ(header(head, "Subject"), "one two three");
	EQ(header(head, "SUBJECT"), "one two three");
	EQ(header(head, "Received"), "from a by b");
	EQ(header(head, "X-Empty"), "");
	EQ(header(head, "To"), "bob@example.net");
	EQ(header(head, "From"), "first");
	EQ(header(head, "Cc"), "(absent)");
	EQ(header(head, "Subj"), "(absent)");
	/* Unfolding into room for the NUL alone, or into none. */
	memset(buf, 'Z', 4);
	CHECK(message_unfold("abc", 3, buf, 1) == 0);
	CHECK(buf[0] == '\0' && buf[1] == 'Z');
	memset(buf, 'Z', 4);
	CHECK(message_unfold("abc", 3, buf, 0) == 0);
	CHECK(buf[0] == 'Z');
	CHECK(message_unfold("abc", 3, buf, 3) == 2);
	EQ(buf, "ab");
	/* A blank that does not fit with what follows it is left out. */
	CHECK(message_unfold("ab cd", 5, buf, 4) == 2);
	EQ(buf, "ab");
	CHECK(message_unfold(" \t\r\n", 4, buf, 8) == 0);
	EQ(buf, "");
	/* A value longer than the buffer is cut, and terminated. */
	CHECK(message_header("A: 0123456789\n", 14, "A", buf, 5) == 1);
	EQ(buf, "0123");
	/* A conversion stops at the end of its buffer; what is past it stays. */
	for (n = 1; n <= 4; n++) {
		memset(buf, 'X', 8);
		CHECK(message_charset("us-ascii", "ab\0def", 6, buf, n) ==
		    n - 1);
		CHECK(strncmp(buf, "ab def", n - 1) == 0 && buf[n - 1] == '\0');
		CHECK(buf[n] == 'X');
	}
	/* A UTF-8 character that does not fit whole is left out. */
	CHECK(message_charset("utf-8", "ab\xc3\xa9", 4, buf, 4) == 2);
	EQ(buf, "ab");
	CHECK(message_charset("utf-8", "ab\xc3\xa9", 4, buf, 5) == 4);
	EQ(buf, "ab\xc3\xa9");
	/* The text is cut there: nothing after it comes in. */
	CHECK(message_charset("utf-8", "ab\xe2\x82\xac" "c", 6, buf, 4) == 2);
	EQ(buf, "ab");
	/* An absent field leaves the buffer empty, not as it was. */
	memcpy(buf, "old", 4);
	CHECK(message_header("A: 1\n", 5, "B", buf, sizeof(buf)) == 0);
	EQ(buf, "");
	/* A buffer of no size is not written at all. */
	memcpy(buf, "old", 4);
	CHECK(message_header("A: 1\n", 5, "B", buf, 0) == 0);
	EQ(buf, "old");
	/* One byte is room for the empty string. */
	CHECK(message_header("A: 1\n", 5, "B", buf, 1) == 0);
	EQ(buf, "");
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
	/* An escape that is no pair of hex digits stays as written. */
	EQ(words("=?utf-8?Q?a=ZZb=4?="), "a=ZZb=4");
	EQ(words("=?utf-8?Q?=3d=3D=3g?="), "===3g");
	/* Each end of the hex digits, in both cases (RFC 2045 6.7). */
	EQ(words("=?utf-8?Q?=30=39=41=46=61=66=3a=3f=4A?="), "09AFaf:?J");
	/* The bytes just past each end are no hex digits. */
	EQ(words("=?utf-8?Q?=/0=:0=@0=G0=`0=g0=0`?="),
	    "=/0=:0=@0=G0=`0=g0=0`");
	CHECK(message_words("=?utf-8?Q?a?=", 13, buf, 0) == 0);
	/* A buffer of one byte holds the terminator alone. */
	memcpy(buf, "old", 4);
	CHECK(message_words("abc", 3, buf, 1) == 0);
	EQ(buf, "");
	/* Nothing to decode: the buffer is emptied all the same. */
	memcpy(buf, "old", 4);
	CHECK(message_words("", 0, buf, sizeof(buf)) == 0);
	EQ(buf, "");
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
	/* "=?" starts one, not "=" and any byte: the blank before such
	 * text stays. */
	EQ(words("=XUTF-8?Q?abc?="), "=XUTF-8?Q?abc?=");
	EQ(words("=?UTF-8?Q?a?= =XUTF-8?Q?b?="), "a =XUTF-8?Q?b?=");
	EQ(words("=?UTF-8?X?abc?="), "=?UTF-8?X?abc?=");
	EQ(words("a = b"), "a = b");
	EQ(words("=?UTF-8?Q?unterminated"), "=?UTF-8?Q?unterminated");
	/* Bytes invalid in UTF-8 become U+FFFD, never raw. */
	EQ(words("=?gb2312?Q?=C1?="), "\xef\xbf\xbd");
	EQ(words("=?koi8-r?Q?=C1?="), "\xd0\xb0");
	EQ(words("caf\xe9"), "caf\xef\xbf\xbd");
	EQ(words("=?UTF-8?B?/w==?="), "\xef\xbf\xbd");
	/* Garbage in base64 is skipped. */
	EQ(words("=?UTF-8?B?w6l0*w6k=?="), "\xc3\xa9t\xc3\xa9");
}

/*
 * The edges of an encoded word (RFC 2047 section 2): a charset token of
 * at least one character, up to the 40 of RFC 2978 and a language tag,
 * "?", B or Q, "?", the text, "?=".  What is no word stays as it is.
 */
static void
test_word_limits(void)
{
	static const size_t	 cslens[] = { 1, 39, 40, 41, 62, 63, 64, 65 };
	static const size_t	 textlens[] = { 1, 1022, 1023, 1024, 1025 };
	char			 w[1200], want[1200];
	size_t			 i, n, len;

	/* Unknown charsets are read as UTF-8: "ok" comes out if read. */
	for (i = 0; i < sizeof(cslens) / sizeof(cslens[0]); i++) {
		memcpy(w, "=?", 2);
		memset(w + 2, 'x', cslens[i]);
		strcpy(w + 2 + cslens[i], "?Q?ok?=");
		EQ(words(w), cslens[i] <= 63 ? "ok" : w);
	}
	/* Past the limit, a name is no name even where "Q?" follows. */
	memcpy(w, "=?", 2);
	memset(w + 2, 'x', 64);
	strcpy(w + 66, "Q?ok?=");
	EQ(words(w), w);
	/* A 40-character name followed by a language tag. */
	memcpy(w, "=?", 2);
	memset(w + 2, 'x', 40);
	strcpy(w + 42, "*en-US?Q?ok?=");
	EQ(words(w), "ok");
	/* No charset, no encoding, or no "?" around the encoding. */
	EQ(words("=??Q?abc?="), "=??Q?abc?=");
	EQ(words("=?UTF-8??abc?="), "=?UTF-8??abc?=");
	EQ(words("=?UTF-8?QQ?abc?="), "=?UTF-8?QQ?abc?=");
	EQ(words("=?UTF-8?Q"), "=?UTF-8?Q");
	EQ(words("=?UTF-8?Q?"), "=?UTF-8?Q?");
	EQ(words("=?UTF-8?Q?abc?"), "=?UTF-8?Q?abc?");
	EQ(words("=?UTF-8?Q?abc="), "=?UTF-8?Q?abc=");
	/* The shortest word, with empty text, and "?=" as the text's end. */
	EQ(words("=?a?Q?" "?=x"), "x");
	EQ(words("=?a?Q?b?c?=d"), "b?cd");
	/* Encoded text up to 1023 characters is decoded. */
	for (i = 0; i < sizeof(textlens) / sizeof(textlens[0]); i++) {
		len = textlens[i];
		n = (size_t)sprintf(w, "=?UTF-8?Q?");
		memset(w + n, 'y', len);
		strcpy(w + n + len, "?=");
		memset(want, 'y', len);
		want[len] = '\0';
		EQ(words(w), len <= 1023 ? want : w);
	}
}

static void
test_charset(void)
{
	EQ(conv("latin1", "\xe9t\xe9", 3), "\xc3\xa9t\xc3\xa9");
	EQ(conv("ISO_8859-1", "\xff", 1), "\xc3\xbf");
	EQ(conv("cp1252", "\x80\x81", 2), "\xe2\x82\xac\xef\xbf\xbd");
	EQ(conv("us-ascii", "a\x80", 2), "a\xef\xbf\xbd");
	EQ(conv("utf-8", "a\0b", 3), "a b");
	/*
	 * Cyrillic and Central European code pages, from the Unicode
	 * Consortium's tables: "\xd0\x9f\xd1\x80\xd0\xb8" is "При".
	 */
	EQ(conv("windows-1251", "\xcf\xf0\xe8", 3), "\xd0\x9f\xd1\x80\xd0\xb8");
	EQ(conv("CP1251", "\x98", 1), "\xef\xbf\xbd");
	EQ(conv("KOI8-R", "\xf0\xd2\xc9", 3), "\xd0\x9f\xd1\x80\xd0\xb8");
	EQ(conv("iso-8859-2", "\xa3\xb3", 2), "\xc5\x81\xc5\x82");
	EQ(conv("latin2", "\xb3", 1), "\xc5\x82");
	EQ(conv("windows-1250", "\x8a\xb3", 2), "\xc5\xa0\xc5\x82");
	EQ(conv("cp1250", "\x81", 1), "\xef\xbf\xbd");
	/*
	 * A charset not converted here is read as UTF-8: Big5's two bytes
	 * for U+4E2D are not valid UTF-8, while GB 2312's for the same
	 * character are converted.
	 */
	EQ(conv("big5", "\xa4\xa4", 2), "\xef\xbf\xbd\xef\xbf\xbd");
	EQ(conv("utf-16", "\xc3\xa9", 2), "\xc3\xa9");
	EQ(conv("GB2312", "\xd6\xd0", 2), "\xe4\xb8\xad");
	/* Those that give way to a later text in another. */
	CHECK(message_charset_yields("GB2312"));
	CHECK(message_charset_yields("ks_c_5601-1987"));
	CHECK(message_charset_yields("big5"));
	CHECK(!message_charset_yields("utf-8"));
	CHECK(!message_charset_yields("iso-2022-jp"));
	CHECK(!message_charset_yields(""));
	/* Overlong forms and surrogates are invalid UTF-8. */
	EQ(conv("utf-8", "\xc0\xaf", 2), "\xef\xbf\xbd\xef\xbf\xbd");
	EQ(conv("utf-8", "\xed\xa0\x80", 3),
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	/* A sequence that does not fit is left out whole. */
	CHECK(message_charset("latin1", "a\xe9", 2, buf, 3) == 1);
	EQ(buf, "a");
	CHECK(message_charset("utf-8", "x", 1, buf, 0) == 0);
}

/* Code point cp as UTF-8 into b; return its length. */
static size_t
utf8_of(unsigned long cp, char *b)
{
	if (cp < 0x80) {
		b[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (char)(0xc0 | cp >> 6);
		b[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	b[0] = (char)(0xe0 | cp >> 12);
	b[1] = (char)(0x80 | (cp >> 6 & 0x3f));
	b[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

/*
 * Japanese text: JIS X 0208 characters in the three encodings mail uses
 * (RFC 1468's ISO-2022-JP, Shift_JIS, EUC-JP), checked against the
 * standard's code points: 0x2121 is U+3000, 0x2422 U+3042 (a), 0x2522
 * U+30A2 (A), 0x3021 U+4E9C, the first kanji, 0x7426 U+7199, the last;
 * "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" is U+65E5 U+672C U+8A9E, "nihongo".
 */
static void
test_charset_japanese(void)
{
	static const struct {
		unsigned char	 row, cell;	/* JIS, from 0x21 */
		unsigned long	 cp;
	} known[] = {
		{ 0x21, 0x21, 0x3000 }, { 0x24, 0x22, 0x3042 },
		{ 0x25, 0x22, 0x30a2 }, { 0x30, 0x21, 0x4e9c },
		{ 0x74, 0x26, 0x7199 }, { 0x2d, 0x21, 0x2460 },
	};
	char		 in[8], want[4], a[16], b[16];
	unsigned	 r, c, lead, trail, diff = 0, wrong = 0;
	size_t		 i, n;

	EQ(conv("ISO-2022-JP", "\x1b$BF|K\\8l\x1b(B!", 13),
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e!");
	EQ(conv("shift_jis", "\x93\xfa\x96\x7b\x8c\xea", 6),
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
	EQ(conv("EUC-JP", "\xc6\xfc\xcb\xdc\xb8\xec", 6),
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		n = utf8_of(known[i].cp, want);
		want[n] = '\0';
		snprintf(in, sizeof(in), "\x1b$B%c%c", known[i].row,
		    known[i].cell);
		EQ(conv("iso-2022-jp", in, 5), want);
		in[0] = (char)(known[i].row + 0x80);
		in[1] = (char)(known[i].cell + 0x80);
		EQ(conv("euc-jp", in, 2), want);
	}
	/* Half-width katakana: U+FF76 in each; NEC's circled 1 in CP932. */
	EQ(conv("sjis", "\xb6", 1), "\xef\xbd\xb6");
	EQ(conv("euc-jp", "\x8e\xb6", 2), "\xef\xbd\xb6");
	EQ(conv("iso-2022-jp", "\x1b(I6\x1b(Bx", 8), "\xef\xbd\xb6x");
	EQ(conv("Windows-31J", "\x87\x40", 2), "\xe2\x91\xa0");
	/* A line ends in ASCII; ESC ( J is ASCII too; a bad escape is shown. */
	EQ(conv("iso-2022-jp", "\x1b$BF|\nF|", 8), "\xe6\x97\xa5\nF|");
	EQ(conv("iso-2022-jp", "\x1b$BF|\x1b(JF|", 10), "\xe6\x97\xa5" "F|");
	EQ(conv("iso-2022-jp", "\x1b$Zx", 4), "\xef\xbf\xbd$Zx");
	EQ(conv("iso-2022-jp", "\x1b$BF", 4), "\xef\xbf\xbd");
	/* Bytes that start no character, or a pair cut short. */
	EQ(conv("shift_jis", "\x81 x", 3), "\xef\xbf\xbd x");
	EQ(conv("shift_jis", "\xf5\x40", 2), "\xef\xbf\xbd@");
	EQ(conv("shift_jis", "\x93", 1), "\xef\xbf\xbd");
	EQ(conv("euc-jp", "\xc6", 1), "\xef\xbf\xbd");
	EQ(conv("euc-jp", "\x8f\xb0\xa1x", 4), "\xef\xbf\xbdx");
	EQ(conv("euc-jp", "\xa9\xa1", 2), "\xef\xbf\xbd");
	/*
	 * Every cell of the grid: the Shift_JIS pair that RFC 1468's
	 * arithmetic gives and the EUC-JP pair read alike.
	 */
	for (r = 0; r < 94; r++)
		for (c = 0; c < 94; c++) {
			lead = r < 62 ? 0x81 + r / 2 : 0xc1 + r / 2;
			trail = r % 2 == 1 ? 0x9f + c : c < 63 ? 0x40 + c :
			    0x41 + c;
			in[0] = (char)lead;
			in[1] = (char)trail;
			message_charset("shift_jis", in, 2, a, sizeof(a));
			in[0] = (char)(0xa1 + r);
			in[1] = (char)(0xa1 + c);
			message_charset("euc-jp", in, 2, b, sizeof(b));
			diff += strcmp(a, b) != 0;
			wrong += strcmp(a, "\xef\xbf\xbd") == 0 && r != 12;
		}
	CHECK(diff == 0);
	/* JIS X 0208 has 6,879 characters: the rest of the grid is empty. */
	CHECK(wrong == 94 * 93 - 6879);
	/* "nichi" (U+65E5) under the charsets' other names. */
	EQ(conv("ISO-2022-JP", "\x1b$BF|\x1b(B", 8), "\xe6\x97\xa5");
	EQ(conv("csShiftJIS", "\x93\xfa", 2), "\xe6\x97\xa5");
	EQ(conv("x-euc-jp", "\xc6\xfc", 2), "\xe6\x97\xa5");
	EQ(words("=?iso-2022-jp?B?GyRCRnxLXDhsGyhC?="),
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
	/* A character that does not fit is left out whole. */
	CHECK(message_charset("euc-jp", "a\xc6\xfc", 3, buf, 3) == 1);
}

/*
 * Korean and Chinese text in the EUC form mail uses, against the
 * standards: KS X 1001 puts its 2,350 Hangul syllables in rows 16 to 40
 * in Unicode's order, from U+AC00 at 0xb0a1 to U+D79D at 0xc8fe, and
 * "hangugeo" is 0xc7d1 0xb1b9 0xbeee, U+D55C U+AD6D U+C5B4; GB 2312 has
 * 7,445 characters, U+554A first of its hanzi at 0xb0a1, and
 * "zhongwen" is 0xd6d0 0xcec4, U+4E2D U+6587.  The wider forms' pairs
 * and GB 18030's four bytes are passed over whole.
 */
static void
test_charset_korean_chinese(void)
{
	char		 in[4], a[16];
	unsigned	 r, c, chars = 0, order = 0;
	unsigned long	 prev = 0xabff, cp;
	size_t		 n;

	EQ(conv("EUC-KR", "\xc7\xd1\xb1\xb9\xbe\xee", 6),
	    "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4");
	EQ(conv("ks_c_5601-1987", "\xb0\xa1", 2), "\xea\xb0\x80");
	EQ(conv("euc-kr", "\xc8\xfe", 2), "\xed\x9e\x9d");
	EQ(conv("GB2312", "\xd6\xd0\xce\xc4", 4),
	    "\xe4\xb8\xad\xe6\x96\x87");
	EQ(conv("gbk", "\xb0\xa1", 2), "\xe5\x95\x8a");
	for (r = 15; r < 40; r++)
		for (c = 0; c < 94; c++) {
			in[0] = (char)(0xa1 + r);
			in[1] = (char)(0xa1 + c);
			n = message_charset("euc-kr", in, 2, a, sizeof(a));
			cp = n == 3 ? ((unsigned long)(a[0] & 0x0f) << 12 |
			    (unsigned long)(a[1] & 0x3f) << 6 |
			    (unsigned long)(a[2] & 0x3f)) : 0;
			order += cp > prev && cp <= 0xd7a3;
			prev = cp;
		}
	CHECK(order == 2350);
	for (r = 0; r < 94; r++)
		for (c = 0; c < 94; c++) {
			in[0] = (char)(0xa1 + r);
			in[1] = (char)(0xa1 + c);
			message_charset("gb2312", in, 2, a, sizeof(a));
			chars += strcmp(a, "\xef\xbf\xbd") != 0;
		}
	CHECK(chars == 7445);
	/* GBK's and Windows-949's pairs, GB 18030's four bytes, a cut. */
	EQ(conv("gbk", "\x81\x40x", 3), "\xef\xbf\xbdx");
	EQ(conv("cp949", "\x81\x41x", 3), "\xef\xbf\xbdx");
	EQ(conv("gb18030", "\x81\x30\x81\x30x", 5), "\xef\xbf\xbdx");
	EQ(conv("gb18030", "\x81\x30x", 3), "\xef\xbf\xbd" "0x");
	EQ(conv("euc-kr", "\xc7", 1), "\xef\xbf\xbd");
	EQ(conv("euc-kr", "\xc7 x", 3), "\xef\xbf\xbd x");
	/* A letter may be a Windows-949 trail byte: the pair is one. */
	EQ(conv("euc-kr", "\xc7xy", 3), "\xef\xbf\xbdy");
	EQ(conv("euc-kr", "\xa2\xfe", 2), "\xef\xbf\xbd");
	EQ(conv("gb2312", "\x80x", 2), "\xef\xbf\xbdx");
}

/*
 * Every byte of each single-byte charset, against the Unicode mapping
 * tables (8859-1.TXT, 8859-15.TXT, CP1252.TXT): Latin-1 is the code
 * point itself, Latin-9 differs at eight places, Windows-1252 at 0x80
 * to 0x9f, where five bytes have no character (U+FFFD).  NUL is a space.
 */
static void
test_charset_tables(void)
{
	static const unsigned short	 w1252[32] = {
		0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
		0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
		0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
		0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
	};
	static const struct {
		unsigned char	 byte;
		unsigned short	 cp;
	} l9[] = {
		{ 0xa4, 0x20ac }, { 0xa6, 0x0160 }, { 0xa8, 0x0161 },
		{ 0xb4, 0x017d }, { 0xb8, 0x017e }, { 0xbc, 0x0152 },
		{ 0xbd, 0x0153 }, { 0xbe, 0x0178 },
	};
	static const char *const names[3] = { "iso-8859-1", "ISO-8859-15",
	    "windows-1252" };
	char		 in[1], want[4];
	unsigned long	 cp;
	size_t		 i, k, n, wrong[3] = { 0, 0, 0 };
	int		 c;

	for (c = 0; c < 256; c++)
		for (k = 0; k < 3; k++) {
			cp = c == 0 ? ' ' : (unsigned long)c;
			if (k == 1)
				for (i = 0; i < sizeof(l9) / sizeof(l9[0]); i++)
					if (l9[i].byte == c)
						cp = l9[i].cp;
			if (k == 2 && c >= 0x80 && c < 0xa0)
				cp = w1252[c - 0x80];
			in[0] = (char)c;
			n = utf8_of(cp, want);
			if (message_charset(names[k], in, 1, buf,
			    sizeof(buf)) != n || memcmp(buf, want, n) != 0 ||
			    buf[n] != '\0') {
				wrong[k]++;
				fprintf(stderr, "%s: byte %#x\n", names[k], c);
			}
		}
	CHECK(wrong[0] == 0);
	CHECK(wrong[1] == 0);
	CHECK(wrong[2] == 0);
	/* The names that stand for each, whatever their case and dashes. */
	EQ(conv("LATIN1", "\xa4", 1), "\xc2\xa4");
	EQ(conv("l1", "\xa4", 1), "\xc2\xa4");
	EQ(conv("ISO_8859-1:1987", "\xa4", 1), "\xc2\xa4");
	EQ(conv("iso-8859-1*fr", "\xa4", 1), "\xc2\xa4");
	EQ(conv("Latin-9", "\xa4", 1), "\xe2\x82\xac");
	EQ(conv("CP1252", "\x80", 1), "\xe2\x82\xac");
	EQ(conv("iso-8859-2", "\xa4", 1), "\xc2\xa4");
	EQ(conv("iso-8859-5", "\xa4", 1), "\xef\xbf\xbd");
}

static void
test_addr(void)
{
	EQ(addr("Bob Smith <Bob.Smith@Example.NET>"), "bob.smith@example.net");
	EQ(addr("bob@example.net (Bob)"), "bob@example.net");
	/* What a terminal sequence glued to an address leaves is none. */
	EQ(addr("rfc822; evil\x1b[31m@example.net"), "(none)");
	EQ(addr("rfc822; evil [31m@example.net"), "(none)");
	EQ(addr("x\x01bob@example.net"), "(none)");
	EQ(addr("x\x7f" "bob@example.net"), "(none)");
	EQ(addr("to:\tbob@example.net"), "bob@example.net");
	EQ(addr("x\r\nbob@example.net"), "bob@example.net");
	/* A line end's CR or LF alone, and a tab, glue nothing. */
	EQ(addr("x\rbob@example.net"), "bob@example.net");
	EQ(addr("x\nbob@example.net"), "bob@example.net");
	EQ(addr("x\tbob@example.net"), "bob@example.net");
	EQ(addr("\"a@b\" <c@example.org>"), "c@example.org");
	EQ(addr("<mailto:dan@example.org>"), "dan@example.org");
	/* An address in angle brackets is one that they close. */
	EQ(addr("<a@b.example<c@d.example>"), "c@d.example");
	/* Both ends of each range of letters and digits, in both forms. */
	EQ(addr("Zoe <AZaz09@Example.ORG>"), "azaz09@example.org");
	EQ(addr("AZaz09@Example.ORG"), "azaz09@example.org");
	EQ(addr("see dan@example.org."), "dan@example.org");
	EQ(addr("postmaster@[192.0.2.1]"), "postmaster@[192.0.2.1]");
	EQ(addr("no address here"), "(none)");
	EQ(addr("@example.org"), "(none)");
	EQ(addr("user@"), "(none)");
	EQ(addr(""), "(none)");
	/*
	 * Only the n bytes given are read: a '>' just past them closes no
	 * brackets, and the first address without them is the one.
	 */
	CHECK(message_addr("x@y.example <a@b.example>", 25, buf,
	    sizeof(buf)) > 0);
	EQ(buf, "a@b.example");
	CHECK(message_addr("x@y.example <a@b.example>", 24, buf,
	    sizeof(buf)) > 0);
	EQ(buf, "x@y.example");
	CHECK(message_is_addr("a@b", 3));
	CHECK(message_is_addr("first.last+tag@sub.example.com", 30));
	CHECK(!message_is_addr("a b@c", 5));
	CHECK(!message_is_addr("a@b@c", 5));
	CHECK(!message_is_addr("a@.b", 4));
	CHECK(!message_is_addr("a@b.", 4));
	CHECK(!message_is_addr("ab", 2));
	CHECK(!message_is_addr("a@", 2) && !message_is_addr("@b", 2));
	CHECK(!message_is_addr("@", 1) && !message_is_addr("", 0));
	/* UTF-8 beyond ASCII (RFC 6531), but no other bytes, and no
	 * U+FFFD, which stands where another charset was read as UTF-8. */
	CHECK(message_is_addr("pel\xc3\xa9@b.example", 14));
	CHECK(message_is_addr("u@caf\xc3\xa9.example", 15));
	CHECK(!message_is_addr("pel\xe9@b.example", 13));
	CHECK(!message_is_addr("\x82\xcd@b.example", 12));
	CHECK(!message_is_addr("u\xef\xbf\xbd@b.example", 14));
	CHECK(!message_is_addr("u@b\xef\xbf\xbd.example", 14));
	CHECK(!message_is_addr("u@b.example\xc3", 12));
	/* The first byte is checked as the others are. */
	CHECK(!message_is_addr("(a@b.example", 12));
	CHECK(!message_is_addr(" a@b.example", 12));
	/* Letters, digits, '-' and '.' in a domain, in either case, and
	 * each end of each range: a-z, A-Z, 0-9. */
	CHECK(message_is_addr("u@aAzZ09-x.example", 18));
	CHECK(message_is_addr("aAzZ09@example.org", 18));
	CHECK(!message_is_addr("u@a_b.example", 13));
	CHECK(!message_is_addr("u@a/b.example", 13));
	CHECK(!message_is_addr("u@a:b.example", 13));
	CHECK(!message_is_addr("u@a@b.example", 13));
	CHECK(!message_is_addr("u@a`b.example", 13));
	CHECK(!message_is_addr("u@a{b.example", 13));
	CHECK(!message_is_addr("u@a[b.example", 13));
	/* 254 bytes at most (RFC 5321 4.5.3.1.3, a path of 256 with its
	 * angle brackets). */
	{
		char	 a[300];

		memset(a, 'x', sizeof(a));
		a[0] = 'u';
		a[1] = '@';
		CHECK(message_is_addr(a, 254) && !message_is_addr(a, 255));
	}
}

/*
 * Address literals (RFC 5321 section 4.1.3), and the special characters
 * RFC 5322 section 3.2.3 allows in a local part, inside angle brackets
 * after a display name that holds an '@' of its own.
 */
/* Room for nothing: no byte written, as snprintf does; room for one: "". */
static void
test_addr_room(void)
{
	char	 d[2] = { 'X', 'Y' };

	CHECK(message_addr("<a@b.example>", 13, d, 0) == 0);
	CHECK(d[0] == 'X' && d[1] == 'Y');
	CHECK(message_addr("no address", 10, d, 0) == 0);
	/* A mark of CJK text ends an address, before it and after it. */
	EQ(addr("\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a"
	    "a@b.example\xe3\x80\x82 x"), "a@b.example");
	EQ(addr("x a@b.example\xef\xbc\x8c y"), "a@b.example");
	/* Both ends of the full-width marks between letters: U+FF3B to
	 * U+FF40 are marks, U+FF3A (a letter) and U+FF10 (a digit) not. */
	EQ(addr("\xef\xbc\xbb" "a@b.example"), "a@b.example");
	EQ(addr("\xef\xbd\x80" "a@b.example"), "a@b.example");
	EQ(addr("\xef\xbc\xba" "a@b.example"), "\xef\xbc\xba" "a@b.example");
	EQ(addr("\xef\xbc\x90" "a@b.example"), "\xef\xbc\x90" "a@b.example");
	CHECK(d[0] == 'X');
	CHECK(message_addr("no address", 10, d, 1) == 0);
	CHECK(d[0] == '\0' && d[1] == 'Y');
	d[0] = 'X';
	CHECK(message_addr("<a@b.example>", 13, d, 1) == 0);
	CHECK(d[0] == '\0' && d[1] == 'Y');
	CHECK(message_addr("<A@B.example>", 13, d, 2) == 1);
	CHECK(d[0] == 'a' && d[1] == '\0');
}

static void
test_addr_edges(void)
{
	static const char	 atext[] = "!#$%&'*+-/=?^_`{|}~";
	static const struct {
		const char	*s;
		int		 ok;
	} lit[] = {
		{ "a@[192.0.2.1]", 1 },
		{ "a@[IPv6:2001:db8::1]", 1 },
		{ "a@[1]", 1 },
		{ "a@[]", 0 },
		{ "a@[192.0.2.1", 0 },
		{ "a@[192.0.2 .1]", 0 },
		{ "a@[x<y]", 0 },
		{ "a@[x;y]", 0 },
		{ "a@[x]y]", 0 },
		{ "a@[x\"y]", 0 },
	};
	char	 in[64], want[64];
	size_t	 i;

	for (i = 0; i < sizeof(lit) / sizeof(lit[0]); i++)
		CHECK(message_is_addr(lit[i].s, strlen(lit[i].s)) == lit[i].ok);
	EQ(addr("<a@[x<y]>"), "(none)");
	EQ(addr("<a@[x;y]>"), "(none)");
	EQ(addr("Host <postmaster@[IPv6:2001:db8::1]>"),
	    "postmaster@[ipv6:2001:db8::1]");
	for (i = 0; atext[i] != '\0'; i++) {
		snprintf(in, sizeof(in), "\"x@y.z\" <a%cb@example.org>",
		    atext[i]);
		snprintf(want, sizeof(want), "a%cb@example.org", atext[i]);
		EQ(addr(in), want);
		snprintf(in, sizeof(in), "x@y.z <%c@example.org>", atext[i]);
		snprintf(want, sizeof(want), "%c@example.org", atext[i]);
		EQ(addr(in), want);
	}
	/* Characters that are no atext end a bare address. */
	EQ(addr("\"x y\" <a(b@example.org>"), "b@example.org");
	EQ(addr("<a\"b@example.org>"), "b@example.org");
}

int
main(void)
{
	test_fields();
	test_words();
	test_word_limits();
	test_charset();
	test_charset_tables();
	test_charset_japanese();
	test_charset_korean_chinese();
	test_addr();
	test_addr_edges();
	test_addr_room();
	return unit_done("test_message");
}

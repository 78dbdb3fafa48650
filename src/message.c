/* RFC 5322 header fields, RFC 2047 encoded words and charsets to UTF-8. */
#include <string.h>

#include "ascii.h"
#include "jis0208.h"
#include "euc94.h"
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

/*
 * The Cyrillic and Central European single-byte charsets, 0x80 to 0xff
 * (the Unicode Consortium's mappings); 0 where the code page has no
 * character.
 */
static const unsigned short cp1251[128] = {
	0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021,
	0x20ac, 0x2030, 0x0409, 0x2039, 0x040a, 0x040c, 0x040b, 0x040f,
	0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x0000, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f,
	0x00a0, 0x040e, 0x045e, 0x0408, 0x00a4, 0x0490, 0x00a6, 0x00a7,
	0x0401, 0x00a9, 0x0404, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x0407,
	0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6, 0x00b7,
	0x0451, 0x2116, 0x0454, 0x00bb, 0x0458, 0x0405, 0x0455, 0x0457,
	0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
	0x0418, 0x0419, 0x041a, 0x041b, 0x041c, 0x041d, 0x041e, 0x041f,
	0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
	0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f,
	0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
	0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f,
	0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
	0x0448, 0x0449, 0x044a, 0x044b, 0x044c, 0x044d, 0x044e, 0x044f,
};

static const unsigned short koi8r[128] = {
	0x2500, 0x2502, 0x250c, 0x2510, 0x2514, 0x2518, 0x251c, 0x2524,
	0x252c, 0x2534, 0x253c, 0x2580, 0x2584, 0x2588, 0x258c, 0x2590,
	0x2591, 0x2592, 0x2593, 0x2320, 0x25a0, 0x2219, 0x221a, 0x2248,
	0x2264, 0x2265, 0x00a0, 0x2321, 0x00b0, 0x00b2, 0x00b7, 0x00f7,
	0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
	0x2557, 0x2558, 0x2559, 0x255a, 0x255b, 0x255c, 0x255d, 0x255e,
	0x255f, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
	0x2566, 0x2567, 0x2568, 0x2569, 0x256a, 0x256b, 0x256c, 0x00a9,
	0x044e, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
	0x0445, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e,
	0x043f, 0x044f, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
	0x044c, 0x044b, 0x0437, 0x0448, 0x044d, 0x0449, 0x0447, 0x044a,
	0x042e, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
	0x0425, 0x0418, 0x0419, 0x041a, 0x041b, 0x041c, 0x041d, 0x041e,
	0x041f, 0x042f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
	0x042c, 0x042b, 0x0417, 0x0428, 0x042d, 0x0429, 0x0427, 0x042a,
};

static const unsigned short latin2[128] = {
	0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087,
	0x0088, 0x0089, 0x008a, 0x008b, 0x008c, 0x008d, 0x008e, 0x008f,
	0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
	0x0098, 0x0099, 0x009a, 0x009b, 0x009c, 0x009d, 0x009e, 0x009f,
	0x00a0, 0x0104, 0x02d8, 0x0141, 0x00a4, 0x013d, 0x015a, 0x00a7,
	0x00a8, 0x0160, 0x015e, 0x0164, 0x0179, 0x00ad, 0x017d, 0x017b,
	0x00b0, 0x0105, 0x02db, 0x0142, 0x00b4, 0x013e, 0x015b, 0x02c7,
	0x00b8, 0x0161, 0x015f, 0x0165, 0x017a, 0x02dd, 0x017e, 0x017c,
	0x0154, 0x00c1, 0x00c2, 0x0102, 0x00c4, 0x0139, 0x0106, 0x00c7,
	0x010c, 0x00c9, 0x0118, 0x00cb, 0x011a, 0x00cd, 0x00ce, 0x010e,
	0x0110, 0x0143, 0x0147, 0x00d3, 0x00d4, 0x0150, 0x00d6, 0x00d7,
	0x0158, 0x016e, 0x00da, 0x0170, 0x00dc, 0x00dd, 0x0162, 0x00df,
	0x0155, 0x00e1, 0x00e2, 0x0103, 0x00e4, 0x013a, 0x0107, 0x00e7,
	0x010d, 0x00e9, 0x0119, 0x00eb, 0x011b, 0x00ed, 0x00ee, 0x010f,
	0x0111, 0x0144, 0x0148, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x00f7,
	0x0159, 0x016f, 0x00fa, 0x0171, 0x00fc, 0x00fd, 0x0163, 0x02d9,
};

static const unsigned short cp1250[128] = {
	0x20ac, 0x0000, 0x201a, 0x0000, 0x201e, 0x2026, 0x2020, 0x2021,
	0x0000, 0x2030, 0x0160, 0x2039, 0x015a, 0x0164, 0x017d, 0x0179,
	0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x0000, 0x2122, 0x0161, 0x203a, 0x015b, 0x0165, 0x017e, 0x017a,
	0x00a0, 0x02c7, 0x02d8, 0x0141, 0x00a4, 0x0104, 0x00a6, 0x00a7,
	0x00a8, 0x00a9, 0x015e, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x017b,
	0x00b0, 0x00b1, 0x02db, 0x0142, 0x00b4, 0x00b5, 0x00b6, 0x00b7,
	0x00b8, 0x0105, 0x015f, 0x00bb, 0x013d, 0x02dd, 0x013e, 0x017c,
	0x0154, 0x00c1, 0x00c2, 0x0102, 0x00c4, 0x0139, 0x0106, 0x00c7,
	0x010c, 0x00c9, 0x0118, 0x00cb, 0x011a, 0x00cd, 0x00ce, 0x010e,
	0x0110, 0x0143, 0x0147, 0x00d3, 0x00d4, 0x0150, 0x00d6, 0x00d7,
	0x0158, 0x016e, 0x00da, 0x0170, 0x00dc, 0x00dd, 0x0162, 0x00df,
	0x0155, 0x00e1, 0x00e2, 0x0103, 0x00e4, 0x013a, 0x0107, 0x00e7,
	0x010d, 0x00e9, 0x0119, 0x00eb, 0x011b, 0x00ed, 0x00ee, 0x010f,
	0x0111, 0x0144, 0x0148, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x00f7,
	0x0159, 0x016f, 0x00fa, 0x0171, 0x00fc, 0x00fd, 0x0163, 0x02d9,
};

enum cs {
	CS_UTF8, CS_LATIN1, CS_LATIN9, CS_CP1252, CS_CP1251, CS_KOI8R,
	CS_LATIN2, CS_CP1250, CS_ISO2022JP, CS_SJIS, CS_EUCJP, CS_EUCKR,
	CS_GB, CS_OTHER
};

/* The code pages whose whole upper half is a table. */
static const unsigned short *const high[] = {
	[CS_CP1251] = cp1251, [CS_KOI8R] = koi8r, [CS_LATIN2] = latin2,
	[CS_CP1250] = cp1250,
};

/*
 * The charset a name stands for, case, "-", "_" and ":" aside (IANA
 * writes ISO_8859-1:1987); CS_OTHER for a name not known here, which is
 * read as UTF-8.
 */
static enum cs
charset_of(const char *name)
{
	static const struct {
		char	 key[20];
		enum cs	 cs;
	} names[] = {
		{ "utf8", CS_UTF8 }, { "usascii", CS_UTF8 },
		{ "ascii", CS_UTF8 }, { "us", CS_UTF8 },
		{ "iso88591", CS_LATIN1 }, { "latin1", CS_LATIN1 },
		{ "l1", CS_LATIN1 }, { "iso885911987", CS_LATIN1 },
		{ "iso885915", CS_LATIN9 }, { "latin9", CS_LATIN9 },
		{ "windows1252", CS_CP1252 }, { "cp1252", CS_CP1252 },
		{ "windows1251", CS_CP1251 }, { "cp1251", CS_CP1251 },
		{ "koi8r", CS_KOI8R },
		{ "iso88592", CS_LATIN2 }, { "latin2", CS_LATIN2 },
		{ "l2", CS_LATIN2 }, { "iso885921987", CS_LATIN2 },
		{ "windows1250", CS_CP1250 }, { "cp1250", CS_CP1250 },
		{ "iso2022jp", CS_ISO2022JP }, { "csiso2022jp", CS_ISO2022JP },
		{ "shiftjis", CS_SJIS }, { "sjis", CS_SJIS },
		{ "xsjis", CS_SJIS }, { "windows31j", CS_SJIS },
		{ "cp932", CS_SJIS }, { "csshiftjis", CS_SJIS },
		{ "mskanji", CS_SJIS },
		{ "eucjp", CS_EUCJP }, { "xeucjp", CS_EUCJP },
		{ "cseucpkdfmtjapanese", CS_EUCJP },
		{ "euckr", CS_EUCKR }, { "cseuckr", CS_EUCKR },
		{ "ksc56011987", CS_EUCKR }, { "ksc5601", CS_EUCKR },
		{ "cp949", CS_EUCKR }, { "windows949", CS_EUCKR },
		{ "uhc", CS_EUCKR },
		{ "gb2312", CS_GB }, { "csgb2312", CS_GB }, { "euccn", CS_GB },
		{ "xeuccn", CS_GB }, { "gbk", CS_GB }, { "cp936", CS_GB },
		{ "windows936", CS_GB }, { "gb18030", CS_GB },
	};
	char	 key[24];
	size_t	 n = 0, k;

	for (; *name != '\0' && *name != '*' && n + 1 < sizeof(key); name++)
		if (*name != '-' && *name != '_' && *name != ':')
			key[n++] = (char)lower((unsigned char)*name);
	key[n] = '\0';
	if (n == 0)
		return CS_UTF8;
	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strcmp(key, names[k].key) == 0)
			return names[k].cs;
	return CS_OTHER;
}

/*
 * Whether a text in the charset named gives way to a later text in one
 * that does not: a charset not converted here, and the Korean and
 * Chinese ones, whose notices often say it all again in English after
 * them (NetEase's English after its GB2312).
 */
int
message_charset_yields(const char *name)
{
	enum cs	 cs = charset_of(name);

	return cs == CS_OTHER || cs == CS_EUCKR || cs == CS_GB;
}

/* The character at row and cell of JIS X 0208, both from 0, or U+FFFD. */
static unsigned long
jis_char(unsigned row, unsigned cell)
{
	unsigned long	 cp = row < 94 && cell < 94 ? jis0208[row * 94 + cell] : 0;

	return cp != 0 ? cp : 0xfffd;
}

/*
 * The character of the Japanese charset cs at p[*i], p[*i] being 0x80
 * or above unless cs is ISO-2022-JP, whose shift state is *state (0:
 * ASCII, 1: JIS X 0208, 2: the half-width katakana of JIS X 0201);
 * *i moves past what was read.  Return the code point, 0xfffd for a byte
 * or a pair that is none, or 0 for an escape sequence, which gives none.
 */
static unsigned long
jis_next(enum cs cs, const unsigned char *p, size_t n, size_t *i, int *state)
{
	size_t		 k = *i;
	unsigned	 a = p[k], b = k + 1 < n ? p[k + 1] : 0, row, cell;

	switch (cs) {
	case CS_ISO2022JP:
		/* ESC ( B, ESC ( J, ESC $ @, ESC $ B, ESC ( I (RFC 1468). */
		if (a == 0x1b && k + 2 < n) {
			*i += 3;
			if (b == '(' && (p[k + 2] == 'B' || p[k + 2] == 'J'))
				*state = 0;
			else if (b == '$' && (p[k + 2] == '@' || p[k + 2] == 'B'))
				*state = 1;
			else if (b == '(' && p[k + 2] == 'I')
				*state = 2;
			else {
				*i = k + 1;
				return 0xfffd;
			}
			return 0;
		}
		/* A line ends in ASCII, whatever was not switched back. */
		if (a == '\n' || a == '\r')
			*state = 0;
		if (*state == 0 || a < 0x21 || a > 0x7e) {
			*i += 1;
			return a < 0x80 ? a : 0xfffd;
		}
		if (*state == 2) {
			*i += 1;
			return a <= 0x5f ? 0xff61 + (a - 0x21) : 0xfffd;
		}
		if (b < 0x21 || b > 0x7e) {
			*i += 1;
			return 0xfffd;
		}
		*i += 2;
		return jis_char(a - 0x21, b - 0x21);
	case CS_SJIS:
		if (a >= 0xa1 && a <= 0xdf) {
			*i += 1;
			return 0xff61 + (a - 0xa1);
		}
		if (!((a >= 0x81 && a <= 0x9f) || (a >= 0xe0 && a <= 0xef)) ||
		    b < 0x40 || b > 0xfc || b == 0x7f) {
			*i += 1;
			return 0xfffd;
		}
		*i += 2;
		row = (a < 0xa0 ? a - 0x81 : a - 0xc1) * 2;
		if (b >= 0x9f) {
			row++;
			cell = b - 0x9f;
		} else
			cell = b - (b > 0x7f ? 0x41 : 0x40);
		return jis_char(row, cell);
	default:
		/* EUC-JP: a pair from 0xa1; 0x8e, then a half-width katakana. */
		if (a == 0x8e && b >= 0xa1 && b <= 0xdf) {
			*i += 2;
			return 0xff61 + (b - 0xa1);
		}
		if (a < 0xa1 || a > 0xfe || b < 0xa1 || b > 0xfe) {
			/* JIS X 0212 after 0x8f: three bytes, not read here. */
			*i += a == 0x8f && k + 2 < n ? 3 : 1;
			return 0xfffd;
		}
		*i += 2;
		return jis_char(a - 0xa1, b - 0xa1);
	}
}

/*
 * The character of an EUC charset of 94 by 94 cells, grid, at p[*i],
 * a byte from 0x80; *i moves past what was read.  A pair from 0xa1 is a
 * row and a cell.  The wider forms that mailers send under the same
 * names (Windows-949 under "ks_c_5601-1987", GBK and GB 18030 under
 * "gb2312") add pairs after a lead byte from 0x81 and, in GB 18030,
 * sequences of four bytes: they are passed over whole, as U+FFFD, so
 * that the characters after them are read in step.
 */
static unsigned long
euc94_next(const unsigned short *grid, const unsigned char *p, size_t n,
    size_t *i)
{
	size_t		 k = *i;
	unsigned	 a = p[k], b = k + 1 < n ? p[k + 1] : 0;
	unsigned long	 cp;

	if (a >= 0xa1 && a <= 0xfe && b >= 0xa1 && b <= 0xfe) {
		*i += 2;
		cp = grid[(a - 0xa1) * 94 + (b - 0xa1)];
		return cp != 0 ? cp : 0xfffd;
	}
	if (a >= 0x81 && a <= 0xfe && b >= 0x30 && b <= 0x39 &&
	    k + 3 < n && p[k + 2] >= 0x81 && p[k + 2] <= 0xfe &&
	    p[k + 3] >= 0x30 && p[k + 3] <= 0x39)
		*i += 4;
	else if (a >= 0x81 && a <= 0xfe && b >= 0x40 && b <= 0xfe &&
	    b != 0x7f)
		*i += 2;
	else
		*i += 1;
	return 0xfffd;
}

/*
 * Convert n bytes at s from charset to UTF-8 into dst, always
 * terminated; bytes that are not valid in it become U+FFFD, and NUL
 * bytes a space.  Return the length written.  The charsets converted:
 * ASCII (also no name at all, RFC 2045), UTF-8, ISO 8859-1, -2 and -15,
 * Windows-1250, -1251 and -1252, KOI8-R, the Japanese ISO-2022-JP,
 * Shift_JIS (Windows-31J) and EUC-JP, the Korean EUC-KR and the Chinese
 * GB 2312 (EUC-CN); the characters of their wider forms (Windows-949,
 * GBK, GB 18030) outside those grids become U+FFFD.  Any other is read
 * as UTF-8.
 */
size_t
message_charset(const char *charset, const char *s, size_t n, char *dst,
    size_t size)
{
	const unsigned char	*p = (const unsigned char *)s;
	enum cs			 cs = charset_of(charset);
	size_t			 i = 0, len = 0, k;
	unsigned long		 cp;
	int			 state = 0;	/* ISO-2022-JP's shift */

	if (size == 0)
		return 0;
	while (i < n && len + 1 < size) {
		if (p[i] == 0) {
			dst[len++] = ' ';
			i++;
			continue;
		}
		/* ASCII, unless ISO-2022-JP escapes or shifts out of it. */
		if (p[i] < 0x80 && (cs != CS_ISO2022JP || (state == 0 &&
		    p[i] != 0x1b))) {
			dst[len++] = (char)p[i++];
			continue;
		}
		switch (cs) {
		case CS_ISO2022JP:
		case CS_SJIS:
		case CS_EUCJP:
			/* An escape sequence gives no character. */
			if ((cp = jis_next(cs, p, n, &i, &state)) == 0)
				continue;
			break;
		case CS_EUCKR:
			cp = euc94_next(ksx1001, p, n, &i);
			break;
		case CS_GB:
			cp = euc94_next(gb2312, p, n, &i);
			break;
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
			cp = p[i++];
			break;
		case CS_LATIN9:
			cp = latin9(p[i++]);
			break;
		case CS_CP1252:
			cp = p[i] < 0xa0 ? cp1252[p[i] - 0x80] : p[i];
			i++;
			break;
		default:
			cp = high[cs][p[i++] - 0x80];
			break;
		}
		if (cp == 0)
			cp = 0xfffd;
		/* A character that does not fit ends the text. */
		if ((k = put_cp(dst, len, size, cp)) == len)
			break;
		len = k;
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

/*
 * Whether the three bytes at p are, in UTF-8, a mark of Chinese,
 * Japanese or Korean text, which stands against an address without a
 * blank: the ideographic space, comma, full stop and brackets (U+3000
 * to U+303F), and the full-width marks (U+FF01 to U+FF0F, U+FF1A to
 * U+FF20, U+FF3B to U+FF40, U+FF5B to U+FF65), as in "收件人：a@b".
 */
static int
cjk_mark(const unsigned char *p)
{
	unsigned	 cp;

	if ((p[0] != 0xe3 && p[0] != 0xef) || (p[1] & 0xc0) != 0x80 ||
	    (p[2] & 0xc0) != 0x80)
		return 0;
	cp = (unsigned)(p[0] & 0x0f) << 12 | (unsigned)(p[1] & 0x3f) << 6 |
	    (unsigned)(p[2] & 0x3f);
	return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 &&
	    cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) || (cp >= 0xff3b &&
	    cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65);
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
	/* Nor a mark of CJK text, which ends a label: "收件人：a@b". */
	for (at = 0; at < n && s[at] != '@'; at++)
		if (!addr_char((unsigned char)s[at]) || (at + 2 < n &&
		    cjk_mark((const unsigned char *)s + at)))
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

/*
 * Copy an address lowercased; return its length.  "<mailto:a@b>" is no
 * address for message_is_addr() (a ':' in its local part): the a@b in
 * it is taken bare.
 */
static size_t
addr_copy(const char *s, size_t n, char *dst, size_t size)
{
	size_t	 i;

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
		/* An address ends at a mark of CJK text: "收件人：a@b。" */
		for (start = i; start > 0 && addr_char((unsigned char)s[start - 1]) &&
		    !(start >= 3 && cjk_mark((const unsigned char *)s + start - 3));
		    start--)
			continue;
		for (k = i + 1; k < n && (addr_char((unsigned char)s[k]) ||
		    s[k] == '[' || s[k] == ']') && !(k + 2 < n &&
		    cjk_mark((const unsigned char *)s + k)); k++)
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

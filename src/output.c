/* Writing records as text for people or as JSON for programs. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "output.h"
#include "reason.h"

#define WRAP_WIDTH	79
#define INDENT		4

/*
 * The short strings of this file's tables are arrays of char, each wide
 * enough for the longest and its NUL: unlike a pointer, an array needs
 * no relocation by the loader each time smtpcode starts.
 */
static const char lang_tags[LANG_MAX][4] = { "en", "fr" };

static const char colors[6][12] = {
	"\033[1m",	/* sentinels */
	"\033[1m",
	"\033[1;32m",	/* 2: success */
	"\033[1;36m",	/* 3: intermediate */
	"\033[1;33m",	/* 4: transient */
	"\033[1;31m",	/* 5: permanent */
};

/* Labels of the text output, in each language. */
enum label {
	L_UNNAMED, L_CLASS, L_SUBJECT, L_DIGIT2, L_ALSO, L_BASIC, L_NOBASIC,
	L_UNREG_DETAIL, L_UNREG_SUBJECT, L_PAIR_OK, L_PAIR_CLASS,
	L_PAIR_ASSOC, L_PAIR_BAD, L_SENTINEL, L_ANY, L_USUAL, L_REASON,
	L_HARD, L_SOFT, L_NONE, L_RETRY_YES, L_RETRY_NO, L_ACTION, L_SOURCE,
	L_MANY_CASES,
	L_MAX
};

static const char labels[L_MAX][LANG_MAX][96] = {
	{ "not a named code", "code sans nom" },
	{ "Class", "Classe" },
	{ "Subject", "Sujet" },
	{ "Second digit", "Deuxième chiffre" },
	{ "Also known as", "Autres noms" },
	{ "Reply codes it goes with", "Codes de réponse associés" },
	{ "Reply codes it goes with: none given by the registry",
	    "Codes de réponse associés : aucun dans le registre" },
	{ "unregistered detail code", "code de détail non enregistré" },
	{ "unregistered subject", "sujet non enregistré" },
	{ "The pair is consistent.", "La paire est cohérente." },
	{ "the classes differ", "les classes diffèrent" },
	{ "the registry does not list this reply code for",
	    "le registre n'associe pas ce code de réponse à" },
	{ "Inconsistent pair", "Paire incohérente" },
	{ "not an SMTP reply code", "pas un code de réponse SMTP" },
	{ "any class", "toute classe" },
	{ "is usually sent with", "accompagne d'ordinaire" },
	{ "Reason", "Raison" },
	{ "hard bounce: the address itself is bad",
	    "échec définitif : l'adresse elle-même est mauvaise" },
	{ "soft bounce: the address may still be good",
	    "échec temporaire ou de politique : l'adresse peut être bonne" },
	{ "not a failure", "pas un échec" },
	{ "waiting alone may help", "attendre peut suffire" },
	{ "waiting alone will not help", "attendre ne suffira pas" },
	{ "What to do", "Que faire" },
	{ "Source", "Source" },
	{ "%zu provider cases use %d: give the enhanced code too, or --provider.",
	    "%zu cas de fournisseurs emploient %d : donnez aussi le code étendu, "
	    "ou --provider." },
};

static unsigned long unicode_control(const unsigned char *, size_t);
static FILE	*latin1_begin(struct out *);
static void	 latin1_end(struct out *, FILE *);

#define LBL(o, l)	(labels[(l)][(o)->lang])
#define COLON(o)	((o)->lang == LANG_FR ? " :" : ":")

const char *
color_of(int class)
{
	return colors[class >= 2 && class <= 5 ? class : 0];
}

/*
 * Write s at most width columns wide, each new line indented; the
 * current line already holds col columns.
 */
static void
wrap_from(FILE *fp, const char *s, int col, int indent, int width)
{
	char		 line[512];
	const char	*p;
	size_t		 n = 0, len;
	int		 wcols;

	/* Each line is put together, then written at once. */
	while (*s != '\0') {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		wcols = 0;
		for (p = s; *p != '\0' && *p != ' '; p++)
			if (((unsigned char)*p & 0xc0) != 0x80)
				wcols++;
		len = (size_t)(p - s);
		if (col > 0 && col + 1 + wcols > width) {
			line[n++] = '\n';
			fwrite(line, 1, n, fp);
			n = 0;
			col = 0;
		}
		if (n + (size_t)indent + 1 + len + 1 > sizeof(line)) {
			fwrite(line, 1, n, fp);
			n = 0;
		}
		if (col == 0) {
			if ((size_t)indent < sizeof(line) / 2) {
				memset(line + n, ' ', (size_t)indent);
				n += (size_t)indent;
			} else
				out_print(fp, "%*s", indent, "");
			col = indent;
		} else {
			line[n++] = ' ';
			col++;
		}
		if (len > sizeof(line) - 1 - n) {
			fwrite(line, 1, n, fp);
			fwrite(s, 1, len, fp);
			n = 0;
		} else {
			memcpy(line + n, s, len);
			n += len;
		}
		col += wcols;
		s = p;
	}
	if (col > 0)
		line[n++] = '\n';
	fwrite(line, 1, n, fp);
}

/* Write s at most width columns wide, each line indented. */
void
out_wrap(FILE *fp, const char *s, int indent, int width)
{
	wrap_from(fp, s, 0, indent, width);
}

/*
 * Length of the valid UTF-8 sequence at the start of s (1 to 4), or 0
 * if it is not one.  Overlong forms and surrogates are invalid.
 */
size_t
utf8_valid(const unsigned char *s, size_t n)
{
	unsigned	 c = s[0];
	size_t		 len, i;
	unsigned long	 cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

#ifdef __SSE2__
#include <emmintrin.h>

/*
 * Which of the 16 bytes at s a JSON string holds as they are, a bit
 * each: 0x20 to 0x7e, but '"' and '\\'.  Compared as signed, bytes 0x80
 * to 0xff are below 0x20.
 */
static unsigned
plain16(const unsigned char *s)
{
	__m128i	 v, ok, odd;

	v = _mm_loadu_si128((const __m128i *)(const void *)s);
	ok = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1f)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)));
	odd = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
	return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(odd, ok));
}
#endif

/*
 * The length of the run at s of printable ASCII but '"' and '\\', which
 * a JSON string holds as it is.  Log lines are mostly that, so it is
 * read sixteen bytes at a time where the CPU has SSE2 (every x86-64
 * does); a run shorter than sixteen, or any run without SSE2, eight at a
 * time: a word is taken whole when none of its bytes is below 0x20,
 * above 0x7e, a quote or a backslash.
 */
static size_t
json_plain(const unsigned char *s, size_t n)
{
	const uint64_t	 ones = 0x0101010101010101u, high = ones * 0x80;
	uint64_t	 w, q, b;
	size_t		 i = 0;
#ifdef __SSE2__
	unsigned	 m;

	if (n >= 16) {
		for (; n - i >= 16; i += 16)
			if ((m = plain16(s + i)) != 0xffff)
				return i + (size_t)__builtin_ctz(~m);
		if (i == n)
			return n;
		/*
		 * Fewer than sixteen left: the last sixteen bytes, read
		 * again, tell for them all; past the end, ~m is 1.
		 */
		m = plain16(s + n - 16) >> (16 - (n - i));
		return i + (size_t)__builtin_ctz(~m);
	}
#endif
	for (; n - i >= 8; i += 8) {
		memcpy(&w, s + i, sizeof(w));
		q = w ^ ones * '"';
		b = w ^ ones * '\\';
		if ((((w - ones * 0x20) & ~w) | ((w + ones) | w) |
		    ((q - ones) & ~q) | ((b - ones) & ~b)) & high)
			break;
	}
	while (i < n && s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' &&
	    s[i] != '\\')
		i++;
	return i;
}

/*
 * Append to b the n bytes at s that do not fit in what is left of it:
 * what it holds is written first, then they go in its memory, or
 * straight to its stream if they would never fit.
 */
void
outbuf_put(struct outbuf *b, const char *s, size_t n)
{
	outbuf_flush(b);
	if (n > b->size)
		fwrite(s, 1, n, b->fp);
	else {
		memcpy(b->mem, s, n);
		b->len = n;
	}
}

/* Write what b holds to its stream. */
void
outbuf_flush(struct outbuf *b)
{
	fwrite(b->mem, 1, b->len, b->fp);
	b->len = 0;
}

/* Append v in decimal to b, as fprintf's %ju. */
void
outbuf_unumber(struct outbuf *b, uint64_t v)
{
	char	 d[OUT_NUMBER];

	if (b->size - b->len >= OUT_NUMBER)
		b->len += out_unumber(b->mem + b->len, v);
	else
		outbuf_add(b, d, out_unumber(d, v));
}

/*
 * The JSON escape of the character cp at dst, at least 7 bytes: the
 * two-character escapes, \u followed by four hex digits for other
 * controls (none is above U+FFFF), U+FFFD for a byte that is no UTF-8,
 * which the caller gives as 0x80 to 0xff; return its length.
 */
static size_t
json_escape(char *dst, unsigned long cp, int bad)
{
	static const char	 hex[] = "0123456789abcdef";

	if (bad) {
		/* Bytes to append, not a string. */
		memcpy(dst, "\xef\xbf\xbd", 3);	/* NOLINT(bugprone-not-null-terminated-result) */
		return 3;
	}
	dst[0] = '\\';
	switch (cp) {
	case '"':
	case '\\':
		dst[1] = (char)cp;
		return 2;
	case '\n':
		dst[1] = 'n';
		return 2;
	case '\r':
		dst[1] = 'r';
		return 2;
	case '\t':
		dst[1] = 't';
		return 2;
	}
	dst[1] = 'u';
	dst[2] = hex[cp >> 12 & 0xf];
	dst[3] = hex[cp >> 8 & 0xf];
	dst[4] = hex[cp >> 4 & 0xf];
	dst[5] = hex[cp & 0xf];
	return 6;
}

/*
 * Append n bytes of s to b as a JSON string: quotes, backslashes and
 * control characters escaped (C0, DEL, C1 and the bidi controls, so that
 * JSON read on a terminal cannot drive it), invalid UTF-8 replaced by
 * U+FFFD.  Runs of bytes that need nothing are copied whole.
 */
void
outbuf_json(struct outbuf *b, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, start = 0, len;
	unsigned long		 cp;
	char			 esc[8];

	OUTBUF_LIT(b, "\"");
	while ((i += json_plain(p + i, n - i)) < n) {
		/* len 0: a byte alone, ASCII or no UTF-8. */
		len = p[i] >= 0x80 ? utf8_valid(p + i, n - i) : 0;
		cp = len == 0 ? p[i] : unicode_control(p + i, len);
		if (len != 0 && cp == 0) {
			i += len;
			continue;
		}
		outbuf_add(b, s + start, i - start);
		outbuf_add(b, esc, json_escape(esc, cp, len == 0 && cp >= 0x80));
		i += len == 0 ? 1 : len;
		start = i;
	}
	outbuf_add(b, s + start, i - start);
	OUTBUF_LIT(b, "\"");
}

/* Write n bytes of s as a JSON string, as outbuf_json() makes it. */
void
json_string(FILE *fp, const char *s, size_t n)
{
	struct outbuf	 b;
	char		 buf[512];

	b.fp = fp;
	b.mem = buf;
	b.size = sizeof(buf);
	b.len = 0;
	outbuf_json(&b, s, n);
	outbuf_flush(&b);
}

/* v in decimal on fp, as fprintf's %ju, without reading a format. */
void
out_put_unumber(FILE *fp, uint64_t v)
{
	char	 d[OUT_NUMBER];
	size_t	 n;

	n = out_unumber(d, v);
	fwrite(d, 1, n, fp);
}

/* v in decimal on fp, as fprintf's %d. */
void
out_put_number(FILE *fp, int64_t v)
{
	if (v < 0) {
		putc('-', fp);
		out_put_unumber(fp, (uint64_t)0 - (uint64_t)v);
	} else
		out_put_unumber(fp, (uint64_t)v);
}

/*
 * v in decimal at buf, which holds OUT_NUMBER bytes, not terminated;
 * return the length.  What printf's %d and %u write, without the part
 * of the C library that printf brings into memory.
 */
size_t
out_unumber(char *buf, uint64_t v)
{
	static const char	 pairs[] =
	    "00010203040506070809101112131415161718192021222324"
	    "25262728293031323334353637383940414243444546474849"
	    "50515253545556575859606162636465666768697071727374"
	    "75767778798081828384858687888990919293949596979899";
	static const uint64_t	 tens[20] = { 1ULL, 10ULL, 100ULL, 1000ULL,
	    10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
	    1000000000ULL, 10000000000ULL, 100000000000ULL,
	    1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
	    1000000000000000ULL, 10000000000000000ULL,
	    100000000000000000ULL, 1000000000000000000ULL,
	    10000000000000000000ULL };
	uint64_t		 x = v | 1;
	size_t			 n, k;

	/*
	 * Its digits counted first, from its bits: 1233 / 4096 is a little
	 * above log10(2), so t is the count less one, or the count itself,
	 * which one comparison tells.  Then written from the last, by twos.
	 */
	n = (size_t)(64 - __builtin_clzll(x)) * 1233 >> 12;
	n += x >= tens[n];
	for (k = n; v >= 100; v /= 100) {
		k -= 2;
		memcpy(buf + k, pairs + v % 100 * 2, 2);
	}
	if (v >= 10)
		memcpy(buf + k - 2, pairs + v * 2, 2);
	else
		buf[k - 1] = (char)('0' + v);
	return n;
}

size_t
out_number(char *buf, int64_t v)
{
	if (v >= 0)
		return out_unumber(buf, (uint64_t)v);
	buf[0] = '-';
	return 1 + out_unumber(buf + 1, (uint64_t)0 - (uint64_t)v);
}

/* Whether fmt converts nothing but %s, %*s, %d, %zu, %c and %%. */
static int
format_plain(const char *fmt)
{
	for (; (fmt = strchr(fmt, '%')) != NULL; fmt += 2) {
		if ((fmt[1] == '*' && fmt[2] == 's') ||
		    (fmt[1] == 'z' && fmt[2] == 'u'))
			fmt++;
		else if (strchr("sdc%", fmt[1]) == NULL || fmt[1] == '\0')
			return 0;
	}
	return 1;
}

/* Put the len bytes of s at buf + n, as far as size allows. */
static size_t
format_put(char *buf, size_t size, size_t n, const char *s, size_t len)
{
	size_t	 k = 0;

	if (n + 1 < size)
		k = size - 1 - n < len ? size - 1 - n : len;
	memcpy(buf + n, s, k);
	return n + len;
}

static size_t
format_pad(char *buf, size_t size, size_t n, size_t len)
{
	static const char	 spaces[] = "                ";

	while (len > 0) {
		n = format_put(buf, size, n, spaces, len < 16 ? len : 16);
		len -= len < 16 ? len : 16;
	}
	return n;
}

/*
 * vsnprintf() for the conversions the writers use (see format_plain),
 * any other format being left to vsnprintf() itself: printf's code is
 * the largest part of the C library that a run would otherwise bring
 * into memory, for a few sentences.
 */
int
out_vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
	char		 d[OUT_NUMBER];
	const char	*s;
	size_t		 n = 0, len;
	int		 width;

	if (!format_plain(fmt))
		return vsnprintf(buf, size, fmt, ap);
	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			/* Not strcspn: a part of the C library no other
			 * call brings into memory. */
			s = strchr(fmt, '%');
			len = s != NULL ? (size_t)(s - fmt) : strlen(fmt);
			n = format_put(buf, size, n, fmt, len);
			fmt += len - 1;
			continue;
		}
		fmt++;
		width = 0;
		if (*fmt == '*') {
			width = va_arg(ap, int);
			fmt++;
		}
		switch (*fmt) {
		case 's':
			if ((s = va_arg(ap, const char *)) == NULL)
				s = "(null)";
			len = strlen(s);
			if (width > 0 && (size_t)width > len)
				n = format_pad(buf, size, n,
				    (size_t)width - len);
			n = format_put(buf, size, n, s, len);
			/* A negative width puts the spaces after. */
			if (width < 0 && (size_t)-(long long)width > len)
				n = format_pad(buf, size, n,
				    (size_t)-(long long)width - len);
			break;
		case 'd':
			n = format_put(buf, size, n, d,
			    out_number(d, va_arg(ap, int)));
			break;
		case 'z':
			n = format_put(buf, size, n, d,
			    out_unumber(d, va_arg(ap, size_t)));
			fmt++;
			break;
		case 'c':
			d[0] = (char)va_arg(ap, int);
			n = format_put(buf, size, n, d, 1);
			break;
		default:
			n = format_put(buf, size, n, "%", 1);
			break;
		}
	}
	if (size > 0)
		buf[n < size ? n : size - 1] = '\0';
	return n > INT_MAX ? INT_MAX : (int)n;
}

int
out_format(char *buf, size_t size, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = out_vformat(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* fprintf() by out_vformat(), in one write as fprintf makes it. */
int
out_print(FILE *fp, const char *fmt, ...)
{
	va_list	 ap, aq;
	char	 buf[1024];
	int	 n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = out_vformat(buf, sizeof(buf), fmt, ap);
	if (n >= 0 && (size_t)n < sizeof(buf))
		fwrite(buf, 1, (size_t)n, fp);
	else
		n = vfprintf(fp, fmt, aq);
	va_end(aq);
	va_end(ap);
	return n;
}

/* A string as JSON, or null. */
void
json_cstr(FILE *fp, const char *s)
{
	if (s == NULL)
		fputs("null", fp);
	else
		json_string(fp, s, strlen(s));
}

/* Write a comma-separated list as a JSON array of strings. */
static void
json_list(FILE *fp, const char *s)
{
	const char	*end;
	size_t		 n;

	putc('[', fp);
	while (*s != '\0') {
		end = strchr(s, ',');
		n = end ? (size_t)(end - s) : strlen(s);
		json_string(fp, s, n);
		if (end == NULL)
			break;
		putc(',', fp);
		s = end + 1;
	}
	putc(']', fp);
}

/*
 * Append to the string of n bytes in buf, within size, as snprintf
 * would; return the new length, which never passes size - 1.
 */
static size_t
cat(char *, size_t, size_t, const char *, ...)
    __attribute__((format(printf, 4, 5)));

static size_t
cat(char *buf, size_t n, size_t size, const char *fmt, ...)
{
	va_list	 ap;
	int	 len;

	if (n + 1 >= size)
		return n;
	va_start(ap, fmt);
	len = out_vformat(buf + n, size - n, fmt, ap);
	va_end(ap);
	if (len < 0)
		return n;
	return n + (size_t)len < size ? n + (size_t)len : size - 1;
}

/* A record as one line of tab-separated fields; tabs in them are spaces. */
static void
tsv_line(struct out *o, const char *code, const char *name, const char *text)
{
	const char	*f[3];
	size_t		 i;

	f[0] = code;
	f[1] = name ? name : "-";
	f[2] = text ? text : "-";
	for (i = 0; i < 3; i++) {
		if (i > 0)
			putc('\t', o->fp);
		for (; *f[i] != '\0'; f[i]++)
			putc(*f[i] == '\t' ? ' ' : *f[i], o->fp);
	}
	putc('\n', o->fp);
}

/* Start a record: separators, and the array when one is needed. */
static void
record_start(struct out *o)
{
	if (o->tsv) {
		o->count++;
		return;
	}
	if (o->json) {
		if (o->array && o->count > 0)
			putc(',', o->fp);
	} else if (o->count > 0)
		putc('\n', o->fp);
	o->count++;
}

static void
record_end(struct out *o)
{
	if (o->json && !o->array)
		putc('\n', o->fp);
}

void
out_begin(struct out *o)
{
	o->count = 0;
	if (o->json && o->array)
		putc('[', o->fp);
}

void
out_end(struct out *o)
{
	if (o->json && o->array)
		fputs("]\n", o->fp);
}

/* The code itself, coloured by class when asked for. */
static void
text_code(struct out *o, const char *code, int class)
{
	if (o->color)
		out_print(o->fp, "%s%s%s", color_of(class), code, COLOR_OFF);
	else
		fputs(code, o->fp);
}

static void
text_rfcs(struct out *o, const char *rfcs)
{
	const char	*p;

	if (*rfcs == '\0')
		return;
	out_print(o->fp, "%*s", INDENT, "");
	for (p = rfcs; *p != '\0'; p++)
		if (*p == ',')
			fputs(", ", o->fp);
		else
			putc(*p, o->fp);
	putc('\n', o->fp);
}

/* The sentence that explains an unnamed code from its digits. */
static void
digits_sentence(struct out *o, int value, char *buf, size_t size)
{
	out_format(buf, size, "%s %dyz%s %s. %s %d%s %s.", LBL(o, L_CLASS),
	    value / 100, COLON(o), class_gloss(value / 100, o->lang),
	    LBL(o, L_DIGIT2), value / 10 % 10, COLON(o),
	    category_word(value / 10 % 10, o->lang));
}

static void
text_digits(struct out *o, int value)
{
	char	 buf[256];

	digits_sentence(o, value, buf, sizeof(buf));
	out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
}

static void
text_basic(struct out *o, const struct basic *b)
{
	const char	*al[8];
	char		 code[8], buf[512];
	size_t		 n, i, len;
	int		 class = basic_class(b->value);

	out_format(code, sizeof(code), "%d", b->value);
	text_code(o, code, class);
	if (b->reply != NULL)
		out_print(o->fp, " %s", table_str(b->reply->name));
	else
		out_print(o->fp, " (%s)", LBL(o, L_UNNAMED));
	out_print(o->fp, ", %s\n", class ? class_word(class, o->lang) :
	    LBL(o, L_SENTINEL));
	if (b->reply == NULL) {
		text_digits(o, b->value);
		return;
	}
	out_wrap(o->fp, table_str(b->reply->text[o->lang]), INDENT, WRAP_WIDTH);
	n = reply_aliases(b->reply, al, 8);
	if (n > 0) {
		len = cat(buf, 0, sizeof(buf), "%s%s", LBL(o, L_ALSO),
		    COLON(o));
		for (i = 0; i < n && i < 8; i++)
			len = cat(buf, len, sizeof(buf), "%s %s", i ? "," : "",
			    al[i]);
		out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
	}
	text_rfcs(o, table_str(b->reply->rfcs));
}

/* Write the reply codes a detail code goes with, "5XX" as "5xx". */
static void
text_assoc(struct out *o, const char *p)
{
	char	 buf[256];
	size_t	 n;

	if (*p == '\0') {
		out_print(o->fp, "%*s%s\n", INDENT, "", LBL(o, L_NOBASIC));
		return;
	}
	n = cat(buf, 0, sizeof(buf), "%s%s", LBL(o, L_BASIC), COLON(o));
	while (*p != '\0') {
		n = cat(buf, n, sizeof(buf), "%s %c%c%c",
		    buf[n - 1] == ':' ? "" : ",", p[0],
		    p[1] == 'X' ? 'x' : p[1], p[2] == 'X' ? 'x' : p[2]);
		p += 3;
		if (*p == ',')
			p++;
	}
	out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
}

/*
 * An enhanced code as written: 5.1.1, or X.1.1 for class 0; cut to fit
 * size and terminated, as snprintf() would.
 */
static void
esc_code(const struct enhanced *e, char *buf, size_t size)
{
	char	 s[3 * OUT_NUMBER + 2];
	size_t	 n;

	if (e->class)
		n = out_number(s, e->class);
	else {
		s[0] = 'X';
		n = 1;
	}
	s[n++] = '.';
	n += out_number(s + n, e->subject);
	s[n++] = '.';
	n += out_number(s + n, e->detail);
	if (size == 0)
		return;
	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* Write an enhanced code; class 0 writes the registry form X.Y.Z. */
static void
text_enhanced(struct out *o, const struct enhanced *e)
{
	const struct esc_detail	*d = e->detailp;
	char			 code[16], buf[256];

	esc_code(e, code, sizeof(code));
	text_code(o, code, e->class);
	if (d != NULL)
		wrap_from(o->fp, esc_title(d, o->lang), (int)strlen(code),
		    INDENT, WRAP_WIDTH);
	else
		out_print(o->fp, " (%s)\n", LBL(o, L_UNREG_DETAIL));
	if (e->classp != NULL)
		out_format(buf, sizeof(buf), "%s %d%s %s (%s).",
		    LBL(o, L_CLASS), e->class, COLON(o),
		    table_str(e->classp->text[o->lang]),
		    class_gloss(e->class, o->lang));
	else
		out_format(buf, sizeof(buf), "%s X%s %s.", LBL(o, L_CLASS),
		    COLON(o), LBL(o, L_ANY));
	out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
	out_format(buf, sizeof(buf), "%s %d%s %s.", LBL(o, L_SUBJECT),
	    e->subject, COLON(o), e->subjectp ?
	    table_str(e->subjectp->text[o->lang]) : LBL(o, L_UNREG_SUBJECT));
	out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
	if (d == NULL)
		return;
	out_wrap(o->fp, table_str(d->text[o->lang]), INDENT, WRAP_WIDTH);
	text_assoc(o, table_str(d->basic));
	text_rfcs(o, table_str(d->rfcs));
}

void
json_basic_fields(struct out *o, const struct basic *b)
{
	const char	*al[8];
	char		 buf[256];
	size_t		 n, i;
	int		 class = basic_class(b->value);

	fputs("\"kind\":\"basic\",\"code\":\"", o->fp);
	out_put_number(o->fp, b->value);
	fputs("\",\"value\":", o->fp);
	out_put_number(o->fp, b->value);
	fputs(",\"name\":", o->fp);
	json_cstr(o->fp, b->reply ? table_str(b->reply->name) : NULL);
	fputs(",\"aliases\":[", o->fp);
	n = b->reply ? reply_aliases(b->reply, al, 8) : 0;
	for (i = 0; i < n && i < 8; i++) {
		if (i)
			putc(',', o->fp);
		json_cstr(o->fp, al[i]);
	}
	fputs("],\"class\":", o->fp);
	if (class)
		out_put_number(o->fp, class);
	else
		fputs("null", o->fp);
	fputs(",\"class_name\":", o->fp);
	json_cstr(o->fp, class_word(class, o->lang));
	fputs(",\"description\":", o->fp);
	if (b->reply != NULL)
		json_cstr(o->fp, table_str(b->reply->text[o->lang]));
	else {
		digits_sentence(o, b->value, buf, sizeof(buf));
		json_cstr(o->fp, buf);
	}
	fputs(",\"lang\":\"", o->fp);
	fputs(lang_tags[o->lang], o->fp);
	fputs("\",\"rfcs\":", o->fp);
	json_list(o->fp, b->reply ? table_str(b->reply->rfcs) : "");
	fputs(b->reply ? ",\"registered\":true" : ",\"registered\":false",
	    o->fp);
	fputs(b->reply && (b->reply->flags & REPLY_REFENUM) ?
	    ",\"reference_enum\":true" : ",\"reference_enum\":false", o->fp);
}

static void
json_basic(struct out *o, const struct basic *b)
{
	putc('{', o->fp);
	json_basic_fields(o, b);
	putc('}', o->fp);
}

/* The fields of an enhanced code's JSON object; class 0 for X.Y.Z. */
void
json_enhanced_fields(struct out *o, const struct enhanced *e)
{
	const struct esc_detail	*d = e->detailp;
	char			 code[16];

	esc_code(e, code, sizeof(code));
	fputs("\"kind\":\"enhanced\",\"code\":\"", o->fp);
	fputs(code, o->fp);
	fputs("\",\"class\":", o->fp);
	if (e->class)
		out_put_number(o->fp, e->class);
	else
		fputs("null", o->fp);
	fputs(",\"subject\":", o->fp);
	out_put_number(o->fp, e->subject);
	fputs(",\"detail\":", o->fp);
	out_put_number(o->fp, e->detail);
	fputs(",\"class_name\":", o->fp);
	json_cstr(o->fp, e->classp ? table_str(e->classp->text[o->lang]) :
	    NULL);
	fputs(",\"subject_name\":", o->fp);
	json_cstr(o->fp, e->subjectp ?
	    table_str(e->subjectp->text[o->lang]) : NULL);
	fputs(",\"title\":", o->fp);
	json_cstr(o->fp, d ? esc_title(d, o->lang) : NULL);
	fputs(",\"title_en\":", o->fp);
	json_cstr(o->fp, d ? table_str(d->title) : NULL);
	fputs(",\"description\":", o->fp);
	json_cstr(o->fp, d ? table_str(d->text[o->lang]) : NULL);
	fputs(",\"basic_codes\":", o->fp);
	json_list(o->fp, d ? table_str(d->basic) : "");
	fputs(",\"rfcs\":", o->fp);
	json_list(o->fp, d ? table_str(d->rfcs) : "");
	fputs(d ? ",\"registered\":true,\"lang\":\"" :
	    ",\"registered\":false,\"lang\":\"", o->fp);
	fputs(lang_tags[o->lang], o->fp);
	putc('"', o->fp);
}

static void
json_enhanced(struct out *o, const struct enhanced *e)
{
	putc('{', o->fp);
	json_enhanced_fields(o, e);
	putc('}', o->fp);
}

static void
tsv_basic(struct out *o, const struct basic *b)
{
	char	 code[8], buf[256];

	out_format(code, sizeof(code), "%d", b->value);
	if (b->reply == NULL)
		digits_sentence(o, b->value, buf, sizeof(buf));
	tsv_line(o, code, b->reply ? table_str(b->reply->name) : NULL,
	    b->reply ? table_str(b->reply->text[o->lang]) : buf);
}

static void
tsv_esc(struct out *o, const struct enhanced *e)
{
	const struct esc_detail	*d = e->detailp;
	char			 code[16];

	esc_code(e, code, sizeof(code));
	tsv_line(o, code, d ? esc_title(d, o->lang) : NULL,
	    d ? table_str(d->text[o->lang]) : NULL);
}

void
out_basic(struct out *o, const struct basic *b)
{
	FILE	*real = latin1_begin(o);

	record_start(o);
	if (o->tsv)
		tsv_basic(o, b);
	else if (o->json)
		json_basic(o, b);
	else
		text_basic(o, b);
	record_end(o);
	latin1_end(o, real);
}

void
out_enhanced(struct out *o, const struct enhanced *e)
{
	FILE	*real = latin1_begin(o);

	record_start(o);
	if (o->tsv)
		tsv_esc(o, e);
	else if (o->json)
		json_enhanced(o, e);
	else
		text_enhanced(o, e);
	record_end(o);
	latin1_end(o, real);
}

/* A registry entry; class 0 for its class-free form X.Y.Z. */
void
out_detail(struct out *o, const struct esc_detail *d, int class)
{
	struct enhanced	 e;

	enhanced_set(&e, class, d->subject, d->detail);
	out_enhanced(o, &e);
}

/*
 * The fields of a pair's JSON object.  Only classes that differ make it
 * inconsistent; the registry's list of reply codes is informational.
 */
static void
pair_json_fields(struct out *o, const struct basic *b,
    const struct enhanced *e)
{
	int	 bad = pair_check(b, e);

	out_print(o->fp, "\"kind\":\"pair\",\"code\":\"%d %d.%d.%d\","
	    "\"basic\":", b->value, e->class, e->subject, e->detail);
	json_basic(o, b);
	fputs(",\"enhanced\":", o->fp);
	json_enhanced(o, e);
	out_print(o->fp, ",\"consistent\":%s,\"problems\":[%s],"
	    "\"associated\":%s", bad & PAIR_CLASS ? "false" : "true",
	    bad & PAIR_CLASS ? "\"class\"" : "",
	    bad & PAIR_ASSOC ? "false" : "true");
}

/*
 * Both codes of a reply as text, then whether they fit together: an
 * inconsistent pair when the classes differ, and a plain note when the
 * registry usually sees the detail code with other reply codes.
 */
static void
pair_text(struct out *o, const struct basic *b, const struct enhanced *e)
{
	const char	*p, *usual;
	char		 buf[256];
	size_t		 n;
	int		 bad = pair_check(b, e);

	text_basic(o, b);
	putc('\n', o->fp);
	text_enhanced(o, e);
	if (bad & PAIR_CLASS) {
		out_format(buf, sizeof(buf), "%s %d %d.%d.%d%s %s (%d, %d).",
		    LBL(o, L_PAIR_BAD), b->value, e->class, e->subject,
		    e->detail, COLON(o), LBL(o, L_PAIR_CLASS),
		    basic_class(b->value), e->class);
		out_wrap(o->fp, buf, 0, WRAP_WIDTH);
	} else if ((bad & PAIR_ASSOC) && e->detailp != NULL &&
	    *(usual = table_str(e->detailp->basic)) != '\0') {
		n = cat(buf, 0, sizeof(buf), "%d.%d.%d %s", e->class,
		    e->subject, e->detail, LBL(o, L_USUAL));
		for (p = usual; *p != '\0'; p += *p == ',') {
			n = cat(buf, n, sizeof(buf), "%s %c%c%c",
			    p == usual ? "" : ",", p[0],
			    p[1] == 'X' ? 'x' : p[1], p[2] == 'X' ? 'x' : p[2]);
			p += 3;
		}
		cat(buf, n, sizeof(buf), ".");
		out_wrap(o->fp, buf, 0, WRAP_WIDTH);
	} else
		out_wrap(o->fp, LBL(o, L_PAIR_OK), 0, WRAP_WIDTH);
}

/* Caret notation of a C0 control or DEL: ^[ for ESC, ^? for DEL. */
static void
put_caret(FILE *fp, unsigned c)
{
	putc('^', fp);
	putc(c == 0x7f ? '?' : (int)(c + 0x40), fp);
}

/*
 * The code point of a valid UTF-8 sequence of len bytes at p that a
 * terminal would obey rather than show: C1 controls, and the bidi
 * controls that reorder what follows them.  Return 0 for any other.
 */
static unsigned long
unicode_control(const unsigned char *p, size_t len)
{
	unsigned long	 cp;

	if (len == 2)
		cp = (unsigned long)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
	else if (len == 3)
		cp = (unsigned long)(p[0] & 0x0f) << 12 |
		    (unsigned long)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
	else
		return 0;
	if ((cp >= 0x80 && cp <= 0x9f) || cp == 0x61c || cp == 0x200e ||
	    cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069))
		return cp;
	return 0;
}

/*
 * Write n bytes of outside input so that a terminal shows them and obeys
 * none: C0 controls and DEL in caret notation (^[ for ESC), C1 and bidi
 * controls as \u009b or \u202e, bytes 0x80 to 0x9f that are not part of
 * valid UTF-8 as \x9b.  Other bytes, invalid UTF-8 included, go through.
 * TAB, LF and the CR of a CRLF go through too.  OUT_SAFE_LINE asks for
 * one line, for a message: TAB, CR, LF and every byte of invalid UTF-8
 * escaped too.  OUT_SAFE_8BIT is for a terminal that does not read
 * UTF-8, where every byte 0x80 to 0x9f is a C1 control.  A sequence cut
 * in two by the caller stays harmless: every control above has a byte
 * 0x80 to 0x9f after its first, escaped when it stands alone.  Runs of
 * harmless bytes are written in one fwrite.
 */
void
out_safe(FILE *fp, const char *s, size_t n, int flags)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, start = 0, len;
	unsigned long		 cp;
	int			 line = flags & OUT_SAFE_LINE;
	int			 eight = flags & OUT_SAFE_8BIT;

	while (i < n) {
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			i++;
			continue;
		}
		if (!line && (p[i] == '\t' || p[i] == '\n' ||
		    (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n'))) {
			i++;
			continue;
		}
		len = cp = 0;
		if (p[i] >= 0x80 && !eight) {
			len = utf8_valid(p + i, n - i);
			if (len > 0 && (cp = unicode_control(p + i, len)) == 0) {
				i += len;
				continue;
			}
		}
		if (cp == 0 && p[i] >= 0xa0 && !line) {
			/* Invalid UTF-8 or Latin-1 letters, shown as they are;
			 * in 8-bit mode a 0x80-0x9f byte after them is
			 * escaped on its own. */
			i++;
			continue;
		}
		fwrite(p + start, 1, i - start, fp);
		if (cp != 0)
			out_print(fp, "\\u%04lx", cp);
		else if (p[i] >= 0x80)
			out_print(fp, "\\x%02x", p[i]);
		else
			put_caret(fp, p[i]);
		i += len > 0 ? len : 1;
		start = i;
	}
	fwrite(p + start, 1, i - start, fp);
}

/*
 * Quote outside input for a message, on one line: at most 64
 * characters, escaped as out_safe does, so that the terminal shows
 * exactly what was given and obeys none of it.
 */
void
out_quoted(FILE *fp, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = strlen(s), i = 0, len, shown = 0;

	while (i < n && shown < 64) {
		len = utf8_valid(p + i, n - i);
		i += len > 0 ? len : 1;
		shown++;
	}
	putc('\'', fp);
	out_safe(fp, s, i, OUT_SAFE_LINE);
	putc('\'', fp);
	if (i < n)
		fputs("...", fp);
}

/* Letters and signs outside ISO 8859-1, and what stands for them. */
static const struct {
	unsigned long	 cp;
	char		 ascii[4];
} translit[] = {
	{ 0x0152, "OE" }, { 0x0153, "oe" }, { 0x2009, " " }, { 0x2013, "-" },
	{ 0x2014, "--" }, { 0x2018, "'" }, { 0x2019, "'" }, { 0x201c, "\"" },
	{ 0x201d, "\"" }, { 0x2026, "..." }, { 0x202f, "\xa0" },
	{ 0x2192, "->" }, { 0x2264, "<=" }, { 0x2265, ">=" },
};

/*
 * Write n bytes of UTF-8 text in ISO 8859-1: what it lacks is
 * transliterated (’ as ', œ as oe, … as ...), or written '?'.
 */
void
out_latin1(FILE *fp, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, start = 0, len, k;
	unsigned long		 cp;
	const char		*sub;

	while (i < n) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		fwrite(p + start, 1, i - start, fp);
		len = utf8_valid(p + i, n - i);
		cp = 0;
		if (len == 2)
			cp = (unsigned long)(p[i] & 0x1f) << 6 |
			    (p[i + 1] & 0x3f);
		else if (len == 3)
			cp = (unsigned long)(p[i] & 0x0f) << 12 |
			    (unsigned long)(p[i + 1] & 0x3f) << 6 |
			    (p[i + 2] & 0x3f);
		if (cp >= 0xa0 && cp <= 0xff)
			putc((int)cp, fp);
		else {
			sub = "?";
			for (k = 0; k < sizeof(translit) / sizeof(translit[0]);
			    k++)
				if (translit[k].cp == cp)
					sub = translit[k].ascii;
			fputs(sub, fp);
		}
		i += len > 0 ? len : 1;
		start = i;
	}
	fwrite(p + start, 1, i - start, fp);
}

/*
 * Whether a locale name such as fr_FR.ISO-8859-1 names a character set
 * other than UTF-8.  None named (C, POSIX, fr_FR) is taken as UTF-8, as
 * terminals are today.
 */
int
out_locale_latin1(const char *v)
{
	const char	*cs;
	char		 name[8];
	size_t		 n = 0;

	if (v == NULL || (cs = strchr(v, '.')) == NULL)
		return 0;
	for (cs++; *cs != '\0' && *cs != '@'; cs++) {
		if (*cs == '-' || *cs == '_')
			continue;
		if (n == sizeof(name) - 1)
			return 1;
		name[n++] = (char)(*cs >= 'A' && *cs <= 'Z' ? *cs | 0x20 : *cs);
	}
	name[n] = '\0';
	return n > 0 && strcmp(name, "utf8") != 0;
}

/* Text written in our own words, in the character set asked for. */
void
out_text(struct out *o, const char *s, size_t n)
{
	if (o->latin1 && !o->json)
		out_latin1(o->fp, s, n);
	else
		fwrite(s, 1, n, o->fp);
}

/* Outside input, escaped when it goes to a terminal. */
void
out_input(struct out *o, const char *s, size_t n)
{
	if (o->safe)
		out_safe(o->fp, s, n, o->safe);
	else
		fwrite(s, 1, n, o->fp);
}

static char	*latin1_buf;
static size_t	 latin1_len;

/*
 * For a terminal that does not read UTF-8, a text record is written to
 * memory, then transcoded.  Return the stream to restore, or NULL when
 * the record goes straight out.
 */
static FILE *
latin1_begin(struct out *o)
{
	FILE	*real = o->fp, *mem;

	if (!o->latin1 || o->json)
		return NULL;
	if ((mem = open_memstream(&latin1_buf, &latin1_len)) == NULL)
		return NULL;
	o->fp = mem;
	return real;
}

static void
latin1_end(struct out *o, FILE *real)
{
	if (real == NULL)
		return;
	if (fclose(o->fp) == 0)
		out_latin1(real, latin1_buf, latin1_len);
	free(latin1_buf);
	latin1_buf = NULL;
	o->fp = real;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Every name and alias with its code, sorted by name: "NAME<TAB>CODE"
 * lines, or a JSON array.  Completions read this.
 */
void
out_names(struct out *o)
{
	const char		*names[128];
	const struct reply	*r;
	size_t			 n = 0, i;

	for (i = 0; i < nreplies && n < 128; i++)
		names[n++] = table_str(replies[i].name);
	for (i = 0; i < naliases && n < 128; i++)
		names[n++] = table_str(aliases[i].name);
	qsort(names, n, sizeof(names[0]), name_cmp);
	if (o->json)
		putc('[', o->fp);
	for (i = 0; i < n; i++) {
		r = reply_by_name(names[i]);
		if (o->json) {
			out_print(o->fp, "%s{\"name\":", i ? "," : "");
			json_cstr(o->fp, names[i]);
			out_print(o->fp, ",\"code\":\"%d\",\"alias\":%s}",
			    r->value, strcmp(table_str(r->name), names[i]) ?
			    "true" : "false");
		} else
			out_print(o->fp, "%s\t%d\n", names[i], r->value);
	}
	if (o->json)
		fputs("]\n", o->fp);
}

/*
 * An operand that could not be looked up: in a JSON array it keeps its
 * place as {"input": ..., "error": ...}; text output has the message on
 * standard error alone.
 */
void
out_error(struct out *o, const char *input, const char *error)
{
	if (!o->json)
		return;
	record_start(o);
	fputs("{\"input\":", o->fp);
	json_cstr(o->fp, input);
	fputs(",\"error\":", o->fp);
	json_cstr(o->fp, error);
	putc('}', o->fp);
	record_end(o);
}

/* The verdict of a lookup: its reason, hard or soft, and retry. */
static void
verdict_text_line(struct out *o, const struct verdict *v, int class)
{
	char	 buf[512];

	if (class == 0)
		out_format(buf, sizeof(buf), "%s%s %s (%s).", LBL(o, L_REASON),
		    COLON(o), reason_label(v->reason, o->lang),
		    reason_name(v->reason));
	else
		out_format(buf, sizeof(buf), "%s%s %s (%s); %s; %s.",
		    LBL(o, L_REASON), COLON(o),
		    reason_label(v->reason, o->lang), reason_name(v->reason),
		    LBL(o, v->bounce == BOUNCE_HARD ? L_HARD :
		    v->bounce == BOUNCE_SOFT ? L_SOFT : L_NONE),
		    LBL(o, v->retry ? L_RETRY_YES : L_RETRY_NO));
	out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
}

/* "550 5.7.606-649" as a provider writes the codes of a case. */
static void
pcase_codes(const struct pcase *c, char *buf, size_t size)
{
	size_t	 n = 0;

	buf[0] = '\0';
	if (c->reply != 0)
		n = cat(buf, n, size, "%d", c->reply);
	if (c->class != 0)
		n = cat(buf, n, size, "%s%d.%d.%d", n ? " " : "", c->class,
		    c->subject, c->detail_lo);
	if (c->class != 0 && c->detail_hi != c->detail_lo)
		cat(buf, n, size, "-%d", c->detail_hi);
}

/* What to do about a provider's case, its reason and its source. */
static void
pcase_advice(struct out *o, const struct pcase *c, int indent)
{
	char	 buf[1024];

	out_format(buf, sizeof(buf), "%s%s %s", LBL(o, L_ACTION), COLON(o),
	    pcase_str(c->action[o->lang]));
	out_wrap(o->fp, buf, indent, WRAP_WIDTH);
	out_format(buf, sizeof(buf), "%s%s %s, %s. %s%s %s", LBL(o, L_REASON),
	    COLON(o), reason_label(c->reason, o->lang), LBL(o, c->retry ?
	    L_RETRY_YES : L_RETRY_NO), LBL(o, L_SOURCE), COLON(o),
	    pcase_str(c->source));
	out_wrap(o->fp, buf, indent, WRAP_WIDTH);
}

/* A provider's case under a lookup: who, the codes, the marker, advice. */
static void
pcase_text(struct out *o, const struct pcase *c)
{
	const char	*id = pcase_str(c->provider);
	const char	*name = provider_name(id);
	const char	*marker = pcase_str(c->marker);
	char		 codes[32], buf[1024];

	pcase_codes(c, codes, sizeof(codes));
	out_format(buf, sizeof(buf), "%s, %s%s%s%s%s %s", name ? name : id,
	    codes, *marker ? " \"" : "", marker, *marker ? "\"" : "",
	    COLON(o), pcase_str(c->meaning[o->lang]));
	out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
	pcase_advice(o, c, INDENT + 2);
}

/* A provider's case as the fields of a JSON object. */
static void
pcase_json_fields(struct out *o, const struct pcase *c)
{
	const char	*marker = pcase_str(c->marker);
	char		 codes[32];

	fputs("\"id\":", o->fp);
	json_cstr(o->fp, pcase_str(c->provider));
	fputs(",\"name\":", o->fp);
	json_cstr(o->fp, provider_name(pcase_str(c->provider)));
	if (c->reply != 0)
		out_print(o->fp, ",\"reply\":%d", c->reply);
	else
		fputs(",\"reply\":null", o->fp);
	pcase_codes(c, codes, sizeof(codes));
	fputs(",\"enhanced\":", o->fp);
	if (c->class != 0)
		json_cstr(o->fp, codes + (c->reply != 0 ? 4 : 0));
	else
		fputs("null", o->fp);
	fputs(",\"marker\":", o->fp);
	json_cstr(o->fp, *marker ? marker : NULL);
	out_print(o->fp, ",\"reason\":\"%s\",\"retry\":%s,\"meaning\":",
	    reason_name(c->reason), c->retry ? "true" : "false");
	json_cstr(o->fp, pcase_str(c->meaning[o->lang]));
	fputs(",\"action\":", o->fp);
	json_cstr(o->fp, pcase_str(c->action[o->lang]));
	fputs(",\"source\":", o->fp);
	json_cstr(o->fp, pcase_str(c->source));
}

#define CASES_MAX	32	/* provider cases shown for one lookup */

/* Whether the n provider cases all give the same reason. */
static int
cases_agree(const struct pcase *const *c, size_t n)
{
	size_t	 i;

	for (i = 1; i < n; i++)
		if (c[i]->reason != c[0]->reason)
			return 0;
	return 1;
}

/*
 * One looked-up operand: the codes as the registry and the table see
 * them, why mail fails with them (refined by a pasted reply's text), and
 * every provider case that matches, narrowed to one provider if given.
 * Return how many provider cases matched.
 */
static size_t
lookup_write(struct out *o, const struct operand *op, const char *provider)
{
	const struct basic	*b = op->kind == OP_ENHANCED ? NULL : &op->basic;
	const struct enhanced	*e = op->kind == OP_BASIC ? NULL : &op->enh;
	const struct pcase	*cases[CASES_MAX];
	struct verdict		 v;
	size_t			 n, i;
	int			 class = e ? e->class : basic_class(b->value);

	if (op->text != NULL)
		verdict_text(op->text, op->textlen, b, e, provider, &v);
	else
		verdict_codes(b, e, &v);
	n = provider_match(provider, b, e, op->text, op->textlen, cases,
	    CASES_MAX);
	/* A code the registry does not know takes the reason its providers
	 * agree on: 5.7.509 is Microsoft's DMARC failure. */
	if (v.pcase == NULL && n > 0 && (e == NULL || e->detailp == NULL) &&
	    cases_agree(cases, n)) {
		v.reason = cases[0]->reason;
		v.retry = cases[0]->retry;
		if (n == 1)
			v.pcase = cases[0];
	}
	if (o->tsv) {
		if (b != NULL)
			out_basic(o, b);
		if (e != NULL)
			out_enhanced(o, e);
		return n;
	}
	record_start(o);
	if (o->json) {
		putc('{', o->fp);
		if (op->kind == OP_PAIR)
			pair_json_fields(o, b, e);
		else if (b != NULL)
			json_basic_fields(o, b);
		else
			json_enhanced_fields(o, e);
		out_print(o->fp, ",\"reason\":\"%s\",\"bounce\":", reason_name(
		    v.reason));
		if (class == 0)
			fputs("null,\"retry\":null", o->fp);
		else
			out_print(o->fp, "\"%s\",\"retry\":%s",
			    bounce_name(v.bounce), v.retry ? "true" : "false");
		fputs(",\"provider\":", o->fp);
		if (v.pcase != NULL) {
			putc('{', o->fp);
			pcase_json_fields(o, v.pcase);
			putc('}', o->fp);
		} else
			fputs("null", o->fp);
		fputs(",\"cases\":[", o->fp);
		for (i = 0; i < n; i++) {
			fputs(i ? ",{" : "{", o->fp);
			pcase_json_fields(o, cases[i]);
			putc('}', o->fp);
		}
		fputs("]}", o->fp);
		record_end(o);
		return n;
	}
	if (op->kind == OP_PAIR)
		pair_text(o, b, e);
	else if (b != NULL)
		text_basic(o, b);
	else
		text_enhanced(o, e);
	verdict_text_line(o, &v, class);
	if (op->kind == OP_BASIC && op->text == NULL && provider == NULL &&
	    n > 1) {
		/* A reply code alone fits too many cases to list them. */
		char	 buf[256];

		out_format(buf, sizeof(buf), LBL(o, L_MANY_CASES), n,
		    b->value);
		out_wrap(o->fp, buf, INDENT, WRAP_WIDTH);
	} else
		for (i = 0; i < n; i++)
			pcase_text(o, cases[i]);
	record_end(o);
	return n;
}

size_t
out_lookup(struct out *o, const struct operand *op, const char *provider)
{
	FILE	*real;
	size_t	 n;

	if (o->tsv)
		return lookup_write(o, op, provider);
	real = latin1_begin(o);
	n = lookup_write(o, op, provider);
	latin1_end(o, real);
	return n;
}

/* A provider's case as a record of its own, for lists and markers. */
static void
pcase_write(struct out *o, const struct pcase *c)
{
	const char	*id = pcase_str(c->provider);
	const char	*name = provider_name(id);
	const char	*marker = pcase_str(c->marker);
	char		 codes[32];

	record_start(o);
	if (o->tsv) {
		pcase_codes(c, codes, sizeof(codes));
		tsv_line(o, codes, id, pcase_str(c->meaning[o->lang]));
		return;
	}
	if (o->json) {
		putc('{', o->fp);
		fputs("\"kind\":\"provider\",", o->fp);
		pcase_json_fields(o, c);
		putc('}', o->fp);
		record_end(o);
		return;
	}
	pcase_codes(c, codes, sizeof(codes));
	text_code(o, *codes ? codes : "-", c->class ? c->class :
	    basic_class(c->reply));
	out_print(o->fp, " %s%s%s%s\n", name ? name : id, *marker ? " \"" : "",
	    marker, *marker ? "\"" : "");
	out_wrap(o->fp, pcase_str(c->meaning[o->lang]), INDENT, WRAP_WIDTH);
	pcase_advice(o, c, INDENT);
	record_end(o);
}

void
out_pcase(struct out *o, const struct pcase *c)
{
	FILE	*real = latin1_begin(o);

	pcase_write(o, c);
	latin1_end(o, real);
}

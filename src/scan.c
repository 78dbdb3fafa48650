/* Finding status codes in mail-log lines, and reading logs as a stream. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"

#define BUFSZ		((size_t)64 * 1024)	/* read buffer; longer lines go in pieces */
#define KEEP_MAX	((size_t)64 * 1024)	/* a line's text kept for JSON, --class */
#define KEY_MAX		24		/* longest word in keys[] */

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(int c)
{
	return is_digit(c) || is_alpha(c);
}

/* Blanks between words; qmail writes '_' for a space. */
static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '_';
}

/*
 * Keys whose value may be a status code: reject=550, dsn=5.1.1, and in
 * JSON logs "code":550.
 */
static const char *const keys[] = {
	"c", "code", "diag", "diagnostic_code", "diagnosticcode", "dsn",
	"enhanced_code", "enhanced_status", "enhanced_status_code", "error",
	"message", "reason", "reject", "reply", "reply_code", "response",
	"response_code", "result", "smtp_code", "smtp_reply",
	"smtp_response", "smtp_status", "smtpcode", "smtpresponse", "stat",
	"status", "status_code", "statuscode",
};

/*
 * Words before a colon whose value is a number but no status code:
 * "size: 421", "Subject: 550 days".
 */
static const char *const not_keys[] = {
	"age", "attempts", "bytes", "connections", "count", "delay",
	"duration", "elapsed", "errors", "id", "len", "length", "limit",
	"lines", "max", "messages", "min", "pid", "port", "queue", "queued",
	"rate", "rcpts", "recipients", "retries", "score", "size", "subject",
	"time", "timeout", "total", "ttl", "uid",
};

/* Whether the word that ends just before s[end] is in words[]. */
static int
word_in(const char *s, size_t end, const char *const *words, size_t nwords)
{
	char	 word[KEY_MAX + 1];
	size_t	 k = end, n, i;

	while (k > 0 && (is_alpha(s[k - 1]) || s[k - 1] == '_'))
		k--;
	n = end - k;
	if (n == 0 || n > KEY_MAX || (k > 0 && is_alnum(s[k - 1])))
		return 0;
	for (i = 0; i < n; i++)
		word[i] = (char)(is_alpha(s[k + i]) ? s[k + i] | 0x20 :
		    s[k + i]);
	word[n] = '\0';
	for (i = 0; i < nwords; i++)
		if (strcmp(word, words[i]) == 0)
			return 1;
	return 0;
}

/* Words after a number that make it a quantity: "(250 bytes written)". */
static const char *const units[] = {
	"attempts", "bits", "bytes", "connections", "days", "hours", "kb",
	"mb", "messages", "minutes", "ms", "msgs", "rcpts", "recipients",
	"s", "sec", "seconds", "secs", "times",
};

/* Whether s[j] starts a blank, then one of units[] as a whole word. */
static int
unit_after(const char *s, size_t j, size_t n)
{
	size_t	 k;

	if (j >= n || s[j] != ' ')
		return 0;
	for (k = j + 1; k < n && k - j <= KEY_MAX && is_alpha(s[k]); k++)
		continue;
	if (k == j + 1 || (k < n && is_alnum(s[k])))
		return 0;
	return word_in(s, k, units, sizeof(units) / sizeof(units[0]));
}

static int
key_before(const char *s, size_t end)
{
	return word_in(s, end, keys, sizeof(keys) / sizeof(keys[0]));
}

/* Whether the comma at s[k] ends an Exchange protocol log event: ",>,". */
static int
exchange_event(const char *s, size_t k)
{
	return k >= 1 && (s[k - 1] == '>' || s[k - 1] == '<') &&
	    (k == 1 || s[k - 2] == ',');
}

/* The marks of transcripts: "<<< 250", "<- 250", "<~ 250", "<** 550". */
static int
is_arrow(int c)
{
	return c == '<' || c == '>' || c == '-' || c == '|' || c == '~' ||
	    c == '*' || c == '=';
}

/* Words after which a bare code is a reply: "the server replied 550". */
static const char *const intro_words[] = {
	"answered", "code", "replied", "reply", "responded", "response",
	"returned", "said",
};

/*
 * Whether the colon at s[colon] may introduce a code.  In JSON ("key":)
 * only the keys[] do; elsewhere any word but not_keys[] ("size:").
 */
static int
colon_ok(const char *s, size_t colon)
{
	if (colon >= 1 && s[colon - 1] == '"')
		return key_before(s, colon - 1);
	return !word_in(s, colon, not_keys,
	    sizeof(not_keys) / sizeof(not_keys[0]));
}

/*
 * Whether what stands before s[i] says a status code follows: the start
 * of the line, "said: ", "; ", "<<< ", "(", "#", reject=, stat="...
 */
static int
left_ok(const char *s, size_t i)
{
	size_t	 k;
	int	 c;

	if (i == 0)
		return 1;
	c = (unsigned char)s[i - 1];
	switch (c) {
	case '=':
		return key_before(s, i - 1);
	case '"':
	case '\'':
		if (i == 1)
			return 1;
		c = (unsigned char)s[i - 2];
		if (c == '=')
			return key_before(s, i - 2);
		/* Python's bytes: reply: b'250 OK' */
		if (c == 'b' && (i == 2 || is_blank(s[i - 3])))
			return 1;
		if (c == ':')
			return colon_ok(s, i - 2);
		if (is_blank(c)) {
			for (k = i - 2; k > 0 && is_blank(s[k - 1]); k--)
				continue;
			return k == 0 || s[k - 1] != ':' || colon_ok(s, k - 1);
		}
		return c == '(' || (c == ',' && exchange_event(s, i - 2));
	case '#':
		return i == 1 || is_blank(s[i - 2]) || s[i - 2] == '(' ||
		    s[i - 2] == '<';
	case '(':
		return 1;
	case ';':
		/* "smtp;550", not a field of a ';'-separated file */
		return i >= 2 && is_alpha(s[i - 2]);
	case ':':
		/* JSON: "code":550 */
		return i >= 2 && s[i - 2] == '"' && colon_ok(s, i - 1);
	case '<':
	case '>':
		/* A transcript mark written against the code: <<<250 */
		for (k = i - 1; k > 0 && is_arrow(s[k - 1]); k--)
			continue;
		return k == 0 || is_blank(s[k - 1]);
	case ',':
		/* Exchange protocol logs: ...,>,220 EX01 ready */
		return exchange_event(s, i - 1);
	}
	if (!is_blank(c))
		return 0;
	for (k = i - 1; k > 0 && is_blank(s[k - 1]); k--)
		continue;
	if (k == 0)
		return 1;
	c = (unsigned char)s[k - 1];
	if (c == ';')
		return 1;
	if (c == ':')
		return colon_ok(s, k - 1);
	if (is_alpha(c))
		return word_in(s, k, intro_words,
		    sizeof(intro_words) / sizeof(intro_words[0]));
	if (!is_arrow(c))
		return 0;
	while (k > 0 && is_arrow(s[k - 1]))
		k--;
	return k == 0 || is_blank(s[k - 1]);
}

/* Whether s[j] may follow any code: the end, a blank, a closing mark. */
static int
ends_code(const char *s, size_t j, size_t n)
{
	int	 c;

	if (j >= n)
		return 1;
	c = (unsigned char)s[j];
	return is_blank(c) || c == '\r' || c == '"' || c == '\'' ||
	    c == ')' || c == ',' || c == ';' || c == '}';
}

/*
 * Whether a basic code may end before s[j]: "250-PIPELINING" too, and
 * the end of a sentence.
 */
static int
right_basic(const char *s, size_t j, size_t n)
{
	return ends_code(s, j, n) ||
	    (s[j] == '-' && (j + 1 >= n || !is_digit(s[j + 1]))) ||
	    (s[j] == '.' && (j + 1 >= n || is_blank(s[j + 1]) ||
	    s[j + 1] == '\r'));
}

/* Whether a lone enhanced code may end before s[j]: "(#5.1.1)", "5.1.1." */
static int
right_enhanced(const char *s, size_t j, size_t n)
{
	if (ends_code(s, j, n) || s[j] == ']' || s[j] == '>')
		return 1;
	if (s[j] == '.' || s[j] == ':')
		return j + 1 >= n || is_blank(s[j + 1]) || s[j + 1] == '\r';
	return 0;
}

/* 1 to 3 digits without a leading zero at s[j]; return the end or 0. */
static size_t
number_at(const char *s, size_t j, size_t n, int *v)
{
	size_t	 k;

	*v = 0;
	for (k = j; k < n && k - j < 4 && is_digit(s[k]); k++)
		*v = *v * 10 + (s[k] - '0');
	if (k == j || k - j > 3 || (k - j > 1 && s[j] == '0'))
		return 0;
	return k;
}

/*
 * An enhanced code at s[i] as logs carry them: class 2, 4 or 5 and a
 * registered subject (0 to 7), which keeps out most version numbers.
 * Return the end, or 0.
 */
static size_t
enhanced_at(const char *s, size_t i, size_t n, struct scan_code *c)
{
	size_t	 k;

	if (i + 4 >= n || (s[i] != '2' && s[i] != '4' && s[i] != '5') ||
	    s[i + 1] != '.')
		return 0;
	if ((k = number_at(s, i + 2, n, &c->subject)) == 0 || c->subject > 7 ||
	    k >= n || s[k] != '.')
		return 0;
	if ((k = number_at(s, k + 1, n, &c->detail)) == 0)
		return 0;
	/* Not part of a longer dotted number: 2.1.5.7, 4.0.0.1 */
	if (k < n && (is_digit(s[k]) || (s[k] == '.' && k + 1 < n &&
	    is_digit(s[k + 1])) || (s[k] == '-' && k + 1 < n &&
	    is_digit(s[k + 1]))))
		return 0;
	c->kind = KIND_ENHANCED;
	c->class = s[i] - '0';
	c->offset = i;
	return k;
}

static int
same_code(const struct scan_code *a, const struct scan_code *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == KIND_BASIC)
		return a->value == b->value;
	return a->class == b->class && a->subject == b->subject &&
	    a->detail == b->detail;
}

/* Keep a code once per line, in the order found. */
static void
add_code(struct scan_result *r, const struct scan_code *c, size_t base)
{
	size_t	 i;

	for (i = 0; i < r->n; i++)
		if (same_code(&r->codes[i], c))
			return;
	if (r->n == SCAN_MAX)
		return;
	r->codes[r->n] = *c;
	r->codes[r->n].offset += base;
	r->n++;
}

/* Whether s[i] may start a code: a digit 2 to 5 that starts a word. */
static int
candidate_at(const char *s, size_t i)
{
	return s[i] >= '2' && s[i] <= '5' &&
	    (i == 0 || !(is_alnum(s[i - 1]) || s[i - 1] == '.'));
}

/*
 * Look for a code at s[i], a candidate; add what is found to r.  Return
 * where to look next.  A reply code followed by an enhanced code ("550
 * 5.1.1", "550-5.1.1", "550_5.1.1") is trusted wherever it stands; a lone
 * code only where the words before it say a reply follows.
 */
static size_t
code_at(const char *s, size_t i, size_t n, size_t base, struct scan_result *r)
{
	struct scan_code	 b, e;
	size_t			 j, end;
	int			 c = (unsigned char)s[i];

	if (i + 2 >= n)
		return n;
	if (s[i + 1] == '.') {
		if ((end = enhanced_at(s, i, n, &e)) == 0)
			return i + 1;
		if (left_ok(s, i) && right_enhanced(s, end, n))
			add_code(r, &e, base);
		return end;
	}
	if (s[i + 1] < '0' || s[i + 1] > '5' || !is_digit(s[i + 2]) ||
	    (i + 3 < n && is_alnum(s[i + 3])))
		return i + 1;
	b.kind = KIND_BASIC;
	b.class = c - '0';
	b.value = (c - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
	b.offset = i;
	/* The separators of a pair, then the enhanced code. */
	j = i + 3;
	if (j < n && (s[j] == '-' || is_blank(s[j]))) {
		if (s[j++] != '-')
			while (j < n && is_blank(s[j]))
				j++;
		if (j < n && s[j] == '#')
			j++;
		if ((end = enhanced_at(s, j, n, &e)) != 0) {
			add_code(r, &b, base);
			add_code(r, &e, base);
			return end;
		}
	}
	if (left_ok(s, i) && right_basic(s, i + 3, n) &&
	    !unit_after(s, i + 3, n))
		add_code(r, &b, base);
	return i + 3;
}

/* Whether scan_line may skip sixteen bytes at a time; tests turn it off. */
static int	 simd_on = 1;

/* Let scan_line use the vector path (on) or only the byte loop (off). */
void
scan_simd(int on)
{
	simd_on = on;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Bytes of v in lo .. lo + count - 1, as a mask of 0xff bytes. */
static __m128i
in_range(__m128i v, char lo, char count)
{
	const __m128i	 bias = _mm_set1_epi8((char)0x80);

	return _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(lo)),
	    bias), _mm_set1_epi8((char)(count ^ 0x80)));
}

static __m128i
load16(const char *s)
{
	return _mm_loadu_si128((const __m128i *)(const void *)s);
}

/*
 * The candidates among the sixteen bytes at s, as a bit mask: digits 2
 * to 5 whose previous byte is not a letter, a digit or a dot, followed
 * by a digit 0 to 5 or a dot, then a digit, as every code is.  Reads
 * s[-1] to s[17].
 */
static inline __attribute__((always_inline)) unsigned
candidates16(const char *s)
{
	__m128i	 v, p, n1, n2, bad, good;

	v = load16(s);
	n2 = load16(s + 2);
	good = _mm_and_si128(in_range(v, '2', 4), in_range(n2, '0', 10));
	if (_mm_movemask_epi8(good) == 0)
		return 0;
	p = load16(s - 1);
	n1 = load16(s + 1);
	bad = _mm_or_si128(_mm_or_si128(in_range(p, '0', 10),
	    in_range(_mm_or_si128(p, _mm_set1_epi8(0x20)), 'a', 26)),
	    _mm_cmpeq_epi8(p, _mm_set1_epi8('.')));
	good = _mm_and_si128(good, _mm_or_si128(in_range(n1, '0', 6),
	    _mm_cmpeq_epi8(n1, _mm_set1_epi8('.'))));
	return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(bad, good));
}

/* The offset of the first CR or LF in the n bytes at s, or n. */
static size_t
find_crlf(const char *s, size_t n)
{
	const __m128i	 cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
	__m128i		 v;
	size_t		 i;
	unsigned	 mask;

	for (i = 0; i + 16 <= n; i += 16) {
		v = load16(s + i);
		mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
		if (mask != 0)
			return i + (size_t)__builtin_ctz(mask);
	}
	for (; i < n; i++)
		if (s[i] == '\r' || s[i] == '\n')
			return i;
	return n;
}
#else
static size_t
find_crlf(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] == '\r' || s[i] == '\n')
			return i;
	return n;
}
#endif

/*
 * Find the status codes in n bytes of a line and add them to r; base is
 * the offset of s in its line.  Most of a line is skipped sixteen bytes
 * at a time where SSE2 is there.
 */
void
scan_line(const char *s, size_t n, size_t base, struct scan_result *r)
{
	size_t		 i = 0, k = 1;

	if (n > 0 && candidate_at(s, 0))
		i = code_at(s, 0, n, base, r);
#ifdef __SSE2__
	for (; simd_on && k + 2 < n && n >= 19; k += 16) {
		unsigned	 mask;

		if (k + 18 <= n)
			mask = candidates16(s + k);
		else	/* the tail: the last block that fits, shifted */
			mask = candidates16(s + n - 18) >> (k - (n - 18));
		while (mask != 0) {
			size_t	 at = k + (size_t)__builtin_ctz(mask);

			mask &= mask - 1;
			if (at >= i)
				i = code_at(s, at, n, base, r);
		}
	}
#endif
	for (k = k > i ? k : i; k < n; k++)
		if (candidate_at(s, k) && k >= i)
			i = code_at(s, k, n, base, r);
}

/* The line being read: its number, length, text kept and codes. */
struct line {
	unsigned long		 no;
	size_t			 len;
	size_t			 kept;
	struct scan_result	 r;
};

static char	 buf[BUFSZ];
static char	 keep[KEEP_MAX];

static int
code_wanted(const struct scan_ctx *ctx, const struct scan_code *c)
{
	return (ctx->classes & (1u << c->class)) && (ctx->kinds & c->kind);
}

/* Whether --class or --kind keep only some lines. */
static int
filtered(const struct scan_ctx *ctx)
{
	return ctx->classes != CLASS_ANY || ctx->kinds != KIND_ALL;
}

/* Whether every line is written as it came, followed by its codes. */
static int
passthrough(const struct scan_ctx *ctx)
{
	return ctx->mode == SCAN_ANNOTATE && !filtered(ctx) &&
	    !ctx->show_names && !ctx->number_lines;
}

/* "file:" and "12:" before a line written, as grep -H and -n write them. */
static void
line_prefix(const struct scan_ctx *ctx, const struct line *ln,
    const char *name)
{
	if (ctx->show_names && name != NULL) {
		fputs(name, ctx->out->fp);
		putc(':', ctx->out->fp);
	}
	if (ctx->number_lines)
		fprintf(ctx->out->fp, "%lu:", ln->no);
}

/* Fill the lookup records for a code found. */
static void
code_records(const struct scan_code *c, struct basic *b, struct enhanced *e)
{
	if (c->kind == KIND_BASIC)
		basic_set(b, c->value);
	else
		enhanced_set(e, c->class, c->subject, c->detail);
}

/* Write v, 0 to 999, in decimal at dst; return its length. */
static size_t
put_number(char *dst, int v)
{
	size_t	 n = 0;

	if (v >= 100)
		dst[n++] = (char)('0' + v / 100);
	if (v >= 10)
		dst[n++] = (char)('0' + v / 10 % 10);
	dst[n++] = (char)('0' + v % 10);
	return n;
}

/*
 * Write a code as logs write it into dst, at least 12 bytes, and
 * terminate it; return its length.  Written by hand: this runs for every
 * code of every line.
 */
static size_t
code_text(const struct scan_code *c, char *dst)
{
	size_t	 n;

	if (c->kind == KIND_BASIC)
		n = put_number(dst, c->value);
	else {
		n = put_number(dst, c->class);
		dst[n++] = '.';
		n += put_number(dst + n, c->subject);
		dst[n++] = '.';
		n += put_number(dst + n, c->detail);
	}
	dst[n] = '\0';
	return n;
}

/* Append s to the n bytes of dst, within size. */
static size_t
append(char *dst, size_t n, size_t size, const char *s)
{
	size_t	 len = strlen(s);

	if (len > size - n)
		len = size - n;
	/* A byte buffer written with fwrite, not a string. */
	memcpy(dst + n, s, len);	/* NOLINT(bugprone-not-null-terminated-result) */
	return n + len;
}

/* "  # 550 MailboxUnavailable, permanent failure", after the line. */
static void
explain(struct scan_ctx *ctx, const struct scan_code *c, const struct line *ln,
    const char *name)
{
	struct out	*o = ctx->out;
	struct basic	 b;
	struct enhanced	 e;
	char		 line[1024], code[16];
	const char	*what, *cls;
	size_t		 n;

	code_records(c, &b, &e);
	if (c->kind == KIND_BASIC) {
		what = b.reply ? b.reply->name : NULL;
		cls = class_word(c->class, o->lang);
	} else {
		what = e.detailp ? esc_title(e.detailp, o->lang) : NULL;
		cls = e.classp->text[o->lang];
	}
	code_text(c, code);
	n = append(line, 0, sizeof(line), "  # ");
	if (o->color)
		n = append(line, n, sizeof(line), color_of(c->class));
	n = append(line, n, sizeof(line), code);
	if (o->color)
		n = append(line, n, sizeof(line), COLOR_OFF);
	n = append(line, n, sizeof(line), " ");
	if (what != NULL && what[strlen(what) - 1] == '.') {
		/* A sentence: the class goes first. */
		n = append(line, n, sizeof(line), cls);
		n = append(line, n, sizeof(line), o->lang == LANG_FR ?
		    " : " : ": ");
		n = append(line, n, sizeof(line) - 1, what);
	} else {
		n = append(line, n, sizeof(line), what != NULL ? what :
		    o->lang == LANG_FR ? "(sans nom)" : "(unnamed)");
		n = append(line, n, sizeof(line), ", ");
		n = append(line, n, sizeof(line) - 1, cls);
	}
	line[n++] = '\n';
	line_prefix(ctx, ln, name);
	fwrite(line, 1, n, o->fp);
}

static void
json_line(struct scan_ctx *ctx, struct line *ln, const char *name)
{
	struct out		*o = ctx->out;
	const struct scan_code	*c;
	struct basic		 b;
	struct enhanced		 e;
	size_t			 i, k = 0;

	fprintf(o->fp, "{\"line\":%lu,", ln->no);
	if (name != NULL) {
		fputs("\"file\":", o->fp);
		json_string(o->fp, name, strlen(name));
		putc(',', o->fp);
	}
	fputs("\"text\":", o->fp);
	json_string(o->fp, keep, ln->kept);
	if (ln->kept < ln->len)
		fputs(",\"truncated\":true", o->fp);
	fputs(",\"codes\":[", o->fp);
	for (i = 0; i < ln->r.n; i++) {
		c = &ln->r.codes[i];
		if (!code_wanted(ctx, c))
			continue;
		code_records(c, &b, &e);
		fprintf(o->fp, "%s{\"offset\":%zu,", k++ ? "," : "", c->offset);
		if (c->kind == KIND_BASIC)
			json_basic_fields(o, &b);
		else
			json_enhanced_fields(o, &e);
		putc('}', o->fp);
	}
	fputs("]}\n", o->fp);
}

static void
count_code(struct scan_counts *counts, const struct scan_code *c)
{
	if (c->kind == KIND_BASIC)
		counts->basic[c->value]++;
	else
		counts->enhanced[c->class][c->subject][c->detail]++;
}

/* A piece of the current line: scan it, and keep its text if needed. */
static void
line_piece(struct scan_ctx *ctx, struct line *ln, const char *s, size_t n)
{
	size_t	 room = KEEP_MAX - ln->kept;

	scan_line(s, n, ln->len, &ln->r);
	ln->len += n;
	if (ctx->mode == SCAN_JSON || (ctx->mode == SCAN_ANNOTATE &&
	    !passthrough(ctx))) {
		if (n > room)
			n = room;
		memcpy(keep + ln->kept, s, n);
		ln->kept += n;
	}
}

/*
 * The end of a line: write what the mode asks for, then start anew.  In
 * pass-through mode the line itself has been written by the caller.
 */
static void
line_end(struct scan_ctx *ctx, struct line *ln, const char *eol,
    size_t eollen, const char *name)
{
	struct out	*o = ctx->out;
	char		 code[16];
	size_t		 i, wanted = 0;

	for (i = 0; i < ln->r.n; i++)
		wanted += code_wanted(ctx, &ln->r.codes[i]);
	if (wanted > 0)
		ctx->found++;
	switch (ctx->mode) {
	case SCAN_ANNOTATE:
		if (wanted == 0 && (passthrough(ctx) || filtered(ctx)))
			break;
		if (!passthrough(ctx)) {
			line_prefix(ctx, ln, name);
			fwrite(keep, 1, ln->kept, o->fp);
			fwrite(eol, 1, eollen, o->fp);
		}
		if (wanted == 0)
			break;
		if (eollen == 0 || eol[eollen - 1] != '\n')
			putc('\n', o->fp);
		for (i = 0; i < ln->r.n; i++)
			if (code_wanted(ctx, &ln->r.codes[i]))
				explain(ctx, &ln->r.codes[i], ln, name);
		break;
	case SCAN_ONLY:
		for (i = 0; i < ln->r.n; i++) {
			if (!code_wanted(ctx, &ln->r.codes[i]))
				continue;
			line_prefix(ctx, ln, name);
			fwrite(code, 1, code_text(&ln->r.codes[i], code),
			    o->fp);
			putc('\n', o->fp);
		}
		break;
	case SCAN_SUMMARY:
		for (i = 0; i < ln->r.n; i++)
			if (code_wanted(ctx, &ln->r.codes[i]))
				count_code(ctx->counts, &ln->r.codes[i]);
		break;
	case SCAN_JSON:
		if (wanted > 0)
			json_line(ctx, ln, name);
		break;
	case SCAN_QUIET:
		ctx->stop = ctx->found > 0;
		break;
	}
	if (ctx->line_buffered)
		fflush(o->fp);
	ln->no++;
	ln->len = ln->kept = 0;
	ln->r.n = 0;
}

/*
 * Find the end of the line at s: a newline, a CRLF, or a lone CR.  Set
 * *eollen to the length of the end; return the length of the line, or
 * (size_t)-1 if the line goes on past the n bytes there are.
 */
static size_t
find_eol(const char *s, size_t n, int eof, size_t *eollen)
{
	size_t	 len = find_crlf(s, n);

	*eollen = 1;
	if (len == n)
		return (size_t)-1;
	if (s[len] == '\n')
		return len;
	if (len + 1 < n) {
		*eollen = s[len + 1] == '\n' ? 2 : 1;
		return len;
	}
	/* A CR at the end of what was read: wait to see what follows. */
	return eof ? len : (size_t)-1;
}

/*
 * Read a log from fd to its end, writing what ctx->mode asks for.  Lines
 * longer than the buffer are scanned piece by piece, in constant memory.
 * In pass-through mode, runs of lines without codes are written in one
 * go.  Return 0, -1 with errno set if reading failed, or -2 if writing
 * did.
 */
int
scan_fd(struct scan_ctx *ctx, int fd, const char *name)
{
	struct line	 ln;
	FILE		*fp = ctx->out->fp;
	size_t		 have = 0, start, len, eollen, done;
	size_t		 pend = 0;	/* pass-through: first byte not written */
	ssize_t		 got;
	int		 eof = 0, err = 0, pass = passthrough(ctx);

	memset(&ln, 0, sizeof(ln));
	ln.no = 1;
	while (!eof && !ctx->stop) {
		got = read(fd, buf + have, BUFSZ - have);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			err = errno;
			got = 0;
		}
		if (got == 0)
			eof = 1;
		have += (size_t)got;
		start = 0;
		while (start < have && !ctx->stop && (len = find_eol(buf + start,
		    have - start, eof, &eollen)) != (size_t)-1) {
			line_piece(ctx, &ln, buf + start, len);
			done = start + len + eollen;
			if (pass && (ln.r.n > 0 || ctx->line_buffered)) {
				fwrite(buf + pend, 1, done - pend, fp);
				pend = done;
			}
			line_end(ctx, &ln, buf + start + len, eollen, name);
			start = done;
		}
		if (eof && start < have) {
			line_piece(ctx, &ln, buf + start, have - start);
			start = have;
		}
		if (start == 0 && have == BUFSZ) {
			/* No end of line in a full buffer: take a piece,
			 * keeping a final CR to pair with what follows. */
			start = buf[have - 1] == '\r' ? have - 1 : have;
			line_piece(ctx, &ln, buf, start);
		}
		if (pass && pend < start)
			fwrite(buf + pend, 1, start - pend, fp);
		if (eof && ln.len > 0)
			line_end(ctx, &ln, "", 0, name);
		memmove(buf, buf + start, have - start);
		have -= start;
		pend = 0;
		if (ferror(fp))
			return -2;
	}
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

/* A row of the summary: a code and the number of lines that carry it. */
struct row {
	unsigned long		 count;
	struct scan_code	 code;
};

/* Most frequent first; then basic before enhanced, in code order. */
static int
row_cmp(const void *x, const void *y)
{
	const struct scan_code	*p = &((const struct row *)x)->code;
	const struct scan_code	*q = &((const struct row *)y)->code;
	unsigned long		 m = ((const struct row *)x)->count;
	unsigned long		 n = ((const struct row *)y)->count;

	if (m != n)
		return m < n ? 1 : -1;
	if (p->kind != q->kind)
		return p->kind - q->kind;
	if (p->value != q->value)
		return p->value - q->value;
	if (p->class != q->class)
		return p->class - q->class;
	if (p->subject != q->subject)
		return p->subject - q->subject;
	return p->detail - q->detail;
}

static struct row	 rows[600 + 6 * 8 * 1000];

/* Add a row for a code counted at least once. */
static size_t
add_row(size_t n, unsigned long count, int kind, int class, int value,
    int subject, int detail)
{
	if (count == 0)
		return n;
	memset(&rows[n], 0, sizeof(rows[n]));
	rows[n].count = count;
	rows[n].code.kind = kind;
	rows[n].code.class = class;
	rows[n].code.value = value;
	rows[n].code.subject = subject;
	rows[n].code.detail = detail;
	return n + 1;
}

/* The summary: lines per code, most frequent first. */
void
scan_summary(struct scan_ctx *ctx)
{
	struct scan_counts	*k = ctx->counts;
	struct out		*o = ctx->out;
	const struct scan_code	*c;
	struct basic		 b;
	struct enhanced		 e;
	const char		*what;
	char			 code[16];
	size_t			 n = 0, i;
	int			 x, y, z;

	for (x = 0; x < 600; x++)
		n = add_row(n, k->basic[x], KIND_BASIC, x / 100, x, 0, 0);
	for (x = 2; x <= 5; x++)
		for (y = 0; y < 8; y++)
			for (z = 0; z < 1000; z++)
				n = add_row(n, k->enhanced[x][y][z],
				    KIND_ENHANCED, x, 0, y, z);
	qsort(rows, n, sizeof(rows[0]), row_cmp);
	if (o->json)
		putc('[', o->fp);
	for (i = 0; i < n; i++) {
		c = &rows[i].code;
		code_text(c, code);
		code_records(c, &b, &e);
		what = c->kind == KIND_BASIC ? (b.reply ? b.reply->name : NULL) :
		    (e.detailp ? esc_title(e.detailp, o->lang) : NULL);
		if (o->json) {
			fprintf(o->fp, "%s{\"code\":\"%s\",\"kind\":\"%s\","
			    "\"count\":%lu,\"name\":", i ? "," : "", code,
			    c->kind == KIND_BASIC ? "basic" : "enhanced",
			    rows[i].count);
			if (what)
				json_string(o->fp, what, strlen(what));
			else
				fputs("null", o->fp);
			putc('}', o->fp);
			continue;
		}
		fprintf(o->fp, "%8lu  ", rows[i].count);
		if (o->color)
			fprintf(o->fp, "%s%s%s", color_of(c->class), code,
			    COLOR_OFF);
		else
			fputs(code, o->fp);
		fprintf(o->fp, "%*s%s\n", (int)(9 - strlen(code)), "",
		    what ? what : "-");
	}
	if (o->json)
		fputs("]\n", o->fp);
}
